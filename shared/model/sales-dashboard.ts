import { z } from 'zod';
import { BoothKind } from './plan';
import { PaymentMethod } from './common';

const Money = z.number().int();
const Count = z.number().int();

export const BoothRevenue = z.object({
  boothId: z.string(),
  number: z.string(),
  areaId: z.string(),
  kind: BoothKind,
  exhibitorName: z.string(),
  zoneId: z.string().nullable(),
  zoneName: z.string(),
  areaM2: z.number(),
  revenue: Money,
  entries: Count,
  /** Whole đồng per square metre, rounded: for comparing booths of different sizes. */
  revenuePerM2: z.number().int(),
});
export type BoothRevenue = z.infer<typeof BoothRevenue>;

/** Every figure the dashboards show, computed from the same running totals so they agree exactly. */
export const Dashboard = z.object({
  total: z.object({
    revenue: Money,
    entries: Count,
    voidedEntries: Count,
    visitors: Count,
    boothsWithSales: Count,
    /** Sellable floor space, m². */
    areaM2: z.number(),
    revenuePerM2: z.number().int(),
  }),
  byDay: z.array(
    z.object({
      day: z.string(),
      revenue: Money,
      entries: Count,
      visitors: Count,
      /** Against the day before, in đồng; null on the first day. */
      change: Money.nullable(),
      /** Against the day before, in percent; null when there is nothing to compare to. */
      changePct: z.number().nullable(),
    }),
  ),
  byBooth: z.array(BoothRevenue),
  byExhibitor: z.array(
    z.object({
      exhibitorId: z.string(),
      name: z.string(),
      legalName: z.string(),
      category: z.string(),
      boothNumbers: z.array(z.string()),
      revenue: Money,
      entries: Count,
    }),
  ),
  byZone: z.array(
    z.object({
      zoneId: z.string().nullable(),
      name: z.string(),
      color: z.string(),
      booths: Count,
      areaM2: z.number(),
      revenue: Money,
      entries: Count,
    }),
  ),
  byCategory: z.array(z.object({ category: z.string(), exhibitors: Count, revenue: Money, entries: Count })),
  byMethod: z.array(z.object({ method: PaymentMethod, revenue: Money, entries: Count })),
  /** Booths with an exhibitor, best and weakest first; the same booth may appear in both on small fairs. */
  topBooths: z.array(BoothRevenue),
  bottomBooths: z.array(BoothRevenue),
});
export type Dashboard = z.infer<typeof Dashboard>;
