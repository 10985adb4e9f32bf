import { z } from 'zod';
import { AMOUNT_MAX } from '../amount';
import { COUNT_MAX } from '../count';
import { Id, IsoDay, PaymentMethod, optionalText, requiredText } from './common';

/** One amount taken at a booth: whole đồng, never zero, never a slip of ten more digits. */
export const SaleAmount = z.number().int('Whole đồng only').positive('The amount must be more than 0').max(AMOUNT_MAX);

/** One recorded sale, as lists and dialogs show it; voided entries keep their place. */
export const SaleEntry = z.object({
  id: Id,
  boothId: Id,
  boothNumber: z.string(),
  exhibitorId: Id.nullable(),
  exhibitorName: z.string(),
  day: z.string(),
  amountDong: z.number().int(),
  method: PaymentMethod,
  note: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  /** The entry this one replaced, when it was recorded as a correction. */
  correctsSaleId: Id.nullable(),
  /** The entry that replaced this one, if it was corrected. */
  correctedBySaleId: Id.nullable(),
  voidedAt: z.string().nullable(),
  voidedBy: z.string().nullable(),
  voidReason: z.string().nullable(),
  /** The staff phone that recorded it ("Máy 3"), or null when typed at the organizer's computer. */
  deviceId: Id.nullable(),
  deviceNumber: z.number().int().nullable(),
});
export type SaleEntry = z.infer<typeof SaleEntry>;

/** An id the staff phone makes for each entry, so a retry, a reload or a double tap records it once. */
export const ClientEntryId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'An entry id is 16 to 64 letters, digits, - or _');

const saleFields = {
  fairId: Id,
  /** As staff type it (`a1` finds `A01`); the exhibitor comes from the booth's allocation. */
  boothNumber: requiredText(40),
  day: IsoDay,
  amountDong: SaleAmount,
  method: PaymentMethod,
  note: optionalText(500),
  /** Set once the person confirmed an amount above the sanity bound. */
  confirmLarge: z.boolean().default(false),
  /** Set once the person confirmed the same booth, day and amount typed again within minutes. */
  confirmDuplicate: z.boolean().default(false),
};

export const RecordSaleInput = z.object({ ...saleFields, clientEntryId: ClientEntryId.optional() });
export type RecordSaleInput = z.infer<typeof RecordSaleInput>;

export const CorrectSaleInput = z.object({
  ...saleFields,
  saleId: Id,
  reason: optionalText(300),
  /** A staff phone's id of the correction: resent from its outbox, it is applied once. */
  clientEntryId: ClientEntryId.optional(),
});
export type CorrectSaleInput = z.infer<typeof CorrectSaleInput>;

export const VoidSaleInput = z.object({ fairId: Id, saleId: Id, reason: requiredText(300) });
export type VoidSaleInput = z.infer<typeof VoidSaleInput>;

export const ListSalesInput = z.object({
  fairId: Id,
  day: IsoDay.optional(),
  boothId: Id.optional(),
  /** One staff phone's entries: what a phone reads as its own history. */
  deviceId: Id.optional(),
  /** Newest first; the totals always cover every entry, not only those listed. */
  limit: z.number().int().min(1).max(5_000).default(500),
  /** Entries skipped from the newest: paging reaches every entry of a long day. */
  offset: z.number().int().min(0).default(0),
});
export type ListSalesInput = z.infer<typeof ListSalesInput>;

export const SaleList = z.object({
  entries: z.array(SaleEntry),
  revenue: z.number().int(),
  activeEntries: z.number().int(),
  voidedEntries: z.number().int(),
});
export type SaleList = z.infer<typeof SaleList>;

/** A booth as the sales form offers it: its number and who sells there. */
export const SaleBooth = z.object({
  boothId: Id,
  number: z.string(),
  exhibitorId: Id.nullable(),
  exhibitorName: z.string(),
  zoneName: z.string(),
  /** False for a stage, an info desk or other space that is not rented: staff are told so, not "no such booth". */
  forSale: z.boolean(),
});
export type SaleBooth = z.infer<typeof SaleBooth>;

/** Booths × fair days, for staff who collect daily totals on paper. */
export const DayGrid = z.object({
  days: z.array(z.string()),
  rows: z.array(
    z.object({
      boothId: Id,
      number: z.string(),
      exhibitorName: z.string(),
      hasExhibitor: z.boolean(),
      cells: z.array(z.object({ revenue: z.number().int(), entries: z.number().int() })),
      total: z.number().int(),
    }),
  ),
  dayTotals: z.array(z.number().int()),
  total: z.number().int(),
});
export type DayGrid = z.infer<typeof DayGrid>;

export const SetDayTotalInput = z.object({
  fairId: Id,
  boothId: Id,
  day: IsoDay,
  /** 0 clears the day: every entry of it is voided. */
  amountDong: z.number().int().min(0).max(AMOUNT_MAX),
  /** What the cell showed when the person started typing: a different total means someone else wrote meanwhile. */
  expectedRevenue: z.number().int().min(0),
  method: PaymentMethod,
  confirmLarge: z.boolean().default(false),
  /** Written on the entries the new total replaces. */
  reason: optionalText(300),
  /** Set once the person agreed to void recorded entries (clearing a day, or replacing several). */
  confirmVoids: z.boolean().default(false),
});
export type SetDayTotalInput = z.infer<typeof SetDayTotalInput>;

/** What one typed day total did, so the grid can undo it. */
export const DayTotalChange = z.object({
  boothId: Id,
  day: IsoDay,
  /** The entries it voided. */
  replacedSaleIds: z.array(Id).max(5_000),
  /** The one entry that now holds the day, or null when the day was cleared. */
  saleId: Id.nullable(),
  from: z.number().int(),
  to: z.number().int(),
});
export type DayTotalChange = z.infer<typeof DayTotalChange>;

export const DayTotalResult = z.object({ grid: DayGrid, change: DayTotalChange.nullable() });
export type DayTotalResult = z.infer<typeof DayTotalResult>;

/** Puts back what one day total replaced: its entry is voided and the replaced entries are recorded again. */
export const UndoDayTotalInput = z.object({ fairId: Id, change: DayTotalChange, reason: optionalText(300) });
export type UndoDayTotalInput = z.infer<typeof UndoDayTotalInput>;

export const VisitorCount = z.object({ day: z.string(), gate: z.string(), count: z.number().int().min(0) });
export type VisitorCount = z.infer<typeof VisitorCount>;

export const SetVisitorsInput = z.object({
  fairId: Id,
  day: IsoDay,
  gate: optionalText(60),
  /** null removes the count of that gate. */
  count: z.number().int().min(0).max(COUNT_MAX).nullable(),
  /**
   * A day is counted either per gate or as one all-gates figure, never both added: set once the
   * person agreed that this count replaces the day's counts of the other kind.
   */
  replaceOtherMode: z.boolean().default(false),
});
export type SetVisitorsInput = z.infer<typeof SetVisitorsInput>;

export const SaleAction = z.enum(['sale.record', 'sale.correct', 'sale.void', 'sale.day_total', 'visitors.set']);
export type SaleAction = z.infer<typeof SaleAction>;

/** One line of the sales history: who recorded, corrected or voided what, and when. */
export const SaleHistoryEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: SaleAction,
  booth: z.string(),
  day: z.string(),
  /** The amount recorded (or the new one of a correction or day total). */
  amountDong: z.number().int().nullable(),
  /** What a correction or day total replaced. */
  previousDong: z.number().int().nullable(),
  reason: z.string(),
  gate: z.string(),
  visitors: z.number().int().nullable(),
});
export type SaleHistoryEntry = z.infer<typeof SaleHistoryEntry>;

export const SALE_RULES = {
  noBooth: 'No booth has this number',
  noExhibitor: 'This booth has no exhibitor',
  dayOutside: 'This day is not a day of the fair',
  confirmLarge: 'This amount is unusually large: confirm it',
  alreadyVoided: 'This entry is already voided',
  changedMeanwhile: 'Someone changed this day meanwhile',
  notForSale: 'This booth is not for rent',
  duplicate: 'The same amount was recorded for this booth minutes ago',
  voidsEntries: 'This change voids recorded entries: confirm it',
  undoStale: 'This day changed since: nothing was undone',
  visitorsOtherMode: 'This day is counted the other way: confirm the switch',
} as const;
/** One of the sales rules: a refusal names it in `details.rule`, and every client says its sentence from its own catalogue. */
export type SaleRule = keyof typeof SALE_RULES;

/** The sales rule a refusal was made under, when the main side named one. */
export function saleRuleOf(details: unknown): SaleRule | null {
  const rule = details && typeof details === 'object' && 'rule' in details ? details.rule : null;
  return typeof rule === 'string' && Object.hasOwn(SALE_RULES, rule) ? (rule as SaleRule) : null;
}

/** The same booth, day and amount typed again within this long asks before saving. */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

/**
 * A day's visitors from its counts: the gates' sum when the day is counted per gate, else its one
 * all-gates figure, never both added (the same rule as the reports' query, for the screen's totals).
 */
export function visitorsOfDay(counts: readonly Pick<VisitorCount, 'gate' | 'count'>[]): number {
  const gates = counts.filter((c) => c.gate !== '');
  return (gates.length > 0 ? gates : counts).reduce((n, c) => n + c.count, 0);
}
