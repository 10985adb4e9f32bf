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
