import { z } from 'zod';
import { PaymentMethod } from './common';
import { Agreement, ReportSettings } from './report-settings';
import { OcopProduct } from './exhibitor';
import { MoneyTotals } from './ledger';
import { UnitType } from '../unit-type';

const Money = z.number().int();
const Count = z.number().int();

/** The figures compared with the previous edition. */
export const EditionFigures = z.object({
  booths: Count,
  exhibitors: Count,
  provinces: Count,
  ocopProducts: Count,
  visitors: Count,
  revenue: Money,
  agreements: Count,
  agreementsValue: Money,
});
export type EditionFigures = z.infer<typeof EditionFigures>;
export const EDITION_FIGURES = Object.keys(EditionFigures.shape) as (keyof EditionFigures)[];
/** What changes from one fair day to the next: the rest (booths, units, OCOP) is the fair's. */
export const DAY_FIGURES: (keyof EditionFigures)[] = ['visitors', 'revenue'];

/**
 * The fair report organizers send upward: one shape for the screen, the spreadsheet and CSV,
 * the PDF and the .docx, so every view shows the same figures. Voided sales are excluded.
 */
export const FairReport = z.object({
  fair: z.object({ name: z.string(), venue: z.string(), organizer: z.string(), firstDay: z.string(), lastDay: z.string() }),
  generatedAt: z.string(),
  /** A report for one fair day, or null for the whole fair. */
  day: z.string().nullable(),
  /** The settings with every blank replaced by its default: what is printed. */
  settings: ReportSettings,
  booths: z.object({
    total: Count,
    sellable: Count,
    allocated: Count,
    /** Area of the allocated booths over a standard 3 m × 3 m booth, one decimal. */
    standardEquivalent: z.number(),
    allocatedM2: z.number(),
  }),
  exhibitors: z.object({
    total: Count,
    participating: Count,
    byType: z.array(z.object({ type: UnitType.nullable(), count: Count })),
  }),
  provinces: z.object({
    /** Distinct provinces among participating exhibitors, out of the 34. */
    count: Count,
    host: z.string(),
    inside: Count,
    outside: Count,
    /** Exhibitors whose province is blank or not one of the 34. */
    unknown: Count,
    list: z.array(z.object({ province: z.string(), exhibitors: Count })),
  }),
  ocop: z.object({
    exhibitors: Count,
    products: Count,
    byStars: z.array(z.object({ stars: Count, products: Count })),
  }),
  revenue: z.object({
    total: Money,
    entries: Count,
    voidedEntries: Count,
    /** Per allocated booth and per fair day, rounded to whole đồng. */
    perBooth: Money,
    perDay: Money,
  }),
  visitors: z.object({ total: Count }),
  agreements: z.object({ contracts: Count, mous: Count, valueDong: Money, list: z.array(Agreement) }),
  /** Booth fees from the payment ledger (`ledgerTotals`), the same figures as the exhibitor screens; always the whole fair. */
  money: MoneyTotals,
  /**
   * The whole fair against the previous edition, when one is set and its file can be read; a
   * single day against the fair day before it (`firstDay` is then that day).
   */
  comparison: z
    .object({
      kind: z.enum(['edition', 'day']),
      name: z.string(),
      firstDay: z.string(),
      previous: EditionFigures,
      current: EditionFigures,
    })
    .nullable(),
  /**
   * A one-day report against the same day number of the previous edition (day 3 with day 3): null
   * for the whole fair, and when there is no previous edition or it had no such day.
   */
  sameDayLastEdition: z
    .object({
      name: z.string(),
      /** That edition's day, and its number counted from 1. */
      day: z.string(),
      dayNumber: Count,
      previous: EditionFigures,
      current: EditionFigures,
    })
    .nullable(),
  byDay: z.array(z.object({ day: z.string(), revenue: Money, entries: Count, visitors: Count })),
  byZone: z.array(z.object({ zoneId: z.string().nullable(), name: z.string(), color: z.string(), booths: Count, revenue: Money })),
  byCategory: z.array(z.object({ category: z.string(), exhibitors: Count, revenue: Money })),
  byMethod: z.array(z.object({ method: PaymentMethod, entries: Count, revenue: Money })),
  topExhibitors: z.array(
    z.object({ exhibitorId: z.string(), name: z.string(), legalName: z.string(), boothNumbers: z.array(z.string()), revenue: Money }),
  ),
  /** Every participating exhibitor (and any with sales), by legal name: the appendix. */
  exhibitorList: z.array(
    z.object({
      exhibitorId: z.string(),
      legalName: z.string(),
      address: z.string(),
      province: z.string(),
      category: z.string(),
      unitType: UnitType.nullable(),
      ocopProducts: z.array(OcopProduct),
      boothNumbers: z.array(z.string()),
      revenue: Money,
    }),
  ),
});
export type FairReport = z.infer<typeof FairReport>;
