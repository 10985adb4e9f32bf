import { z } from 'zod';
import { Dong, Id } from './common';
import type { Booth, BoothType } from './plan';

// Booth type comes from the plan core: one rule for the editor, pricing and print.
export { boothTypes } from '../plan/boothType';

/** A pricing rule applied to a selection of booths. */
export const PricingRule = z.object({
  /** đồng per m² by zone id; booths of a zone not listed use `defaultPerM2`. */
  perM2ByZone: z.record(Id, Dong),
  defaultPerM2: Dong,
  /** Extra percent for booths with more open sides. */
  premiumPct: z.object({ corner: z.number().min(0).max(500), peninsula: z.number().min(0).max(500), island: z.number().min(0).max(500) }),
});
export type PricingRule = z.infer<typeof PricingRule>;

/** A booth's price under a rule, rounded to 1,000 đ; zero-dong booths are free. */
export function priceOf(booth: Booth, type: BoothType, rule: PricingRule): number {
  if (booth.kind === 'zero_dong') return 0;
  const perM2 = (booth.zoneId ? rule.perM2ByZone[booth.zoneId] : undefined) ?? rule.defaultPerM2;
  const premium: number = type === 'inline' ? 0 : rule.premiumPct[type];
  return Math.round((booth.widthM * booth.depthM * perM2 * (1 + premium / 100)) / 1000) * 1000;
}

/**
 * A booking whose fee no longer matches its booth's price (the price or the booth changed after it
 * was booked). The organizer re-prices it or keeps the agreed fee; either choice is recorded.
 */
export const RepricingItem = z.object({
  allocationId: Id,
  boothId: Id,
  boothNumber: z.string(),
  exhibitorId: Id,
  exhibitorName: z.string(),
  status: z.enum(['held', 'reserved', 'confirmed', 'paid']),
  /** The fee agreed on the booking. */
  feeDong: Dong,
  discountDong: Dong,
  /** What the booth costs today (zero for a zero-dong booth). */
  priceDong: Dong,
  /** priceDong − feeDong: positive when the exhibitor would owe more. */
  differenceDong: z.number().int(),
  /** Money the booking holds now; a re-price never touches it. */
  heldDong: z.number().int(),
  /** Why this booking cannot take the new price, if it cannot: then only "keep" is offered. */
  blocked: z.enum(['paidAbove', 'discountAbove']).nullable(),
  /** The booking's version, sent back so a change made meanwhile refuses the choice. */
  updatedAt: z.string(),
});
export type RepricingItem = z.infer<typeof RepricingItem>;

/** One booking the organizer decided on, as the list showed it. */
export const RepricingChoice = z.object({
  allocationId: Id,
  expectedUpdatedAt: z.string().max(40),
  /** The fee and the price the person saw: a booking or a price changed since refuses the whole choice. */
  feeDong: Dong,
  priceDong: Dong,
});
