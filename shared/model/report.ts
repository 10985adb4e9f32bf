import { z } from 'zod';
import { PaymentMethod } from './common';

const Money = z.number().int();

/**
 * The fair report organizers send upward (to the Department of Industry and Trade): one shape
 * for the screen, the spreadsheet export and the PDF, so every view shows the same figures.
 * Voided sales are excluded from every figure.
 */
export const FairReport = z.object({
  fair: z.object({ name: z.string(), venue: z.string(), organizer: z.string(), firstDay: z.string(), lastDay: z.string() }),
  generatedAt: z.string(),
  booths: z.object({ total: z.number().int(), sellable: z.number().int(), allocated: z.number().int() }),
  exhibitors: z.object({ total: z.number().int(), participating: z.number().int() }),
  revenue: z.object({ total: Money, entries: z.number().int(), voidedEntries: z.number().int() }),
  visitors: z.object({ total: z.number().int() }),
  byDay: z.array(z.object({ day: z.string(), revenue: Money, entries: z.number().int(), visitors: z.number().int() })),
  byZone: z.array(
    z.object({ zoneId: z.string().nullable(), name: z.string(), color: z.string(), booths: z.number().int(), revenue: Money }),
  ),
  byCategory: z.array(z.object({ category: z.string(), exhibitors: z.number().int(), revenue: Money })),
  byMethod: z.array(z.object({ method: PaymentMethod, entries: z.number().int(), revenue: Money })),
  topExhibitors: z.array(
    z.object({ exhibitorId: z.string(), name: z.string(), legalName: z.string(), boothNumbers: z.array(z.string()), revenue: Money }),
  ),
});
export type FairReport = z.infer<typeof FairReport>;
