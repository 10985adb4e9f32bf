import { ApiError } from '../../../shared/api/errors';
import { boothType, priceOf, type PricingRule } from '../../../shared/model/exhibitor-pricing';
import type { Db } from '../../db/open';
import { audit } from '../audit';
import { readPlan } from '../plan';

/**
 * Sets the price of the selected booths by a rule, in one transaction. Non-sellable booths are
 * skipped. Fees of existing bookings keep what was agreed.
 */
export function applyPricing(db: Db, actor: string, boothIds: string[], rule: PricingRule): { changed: number; totalDong: number } {
  const plan = readPlan(db);
  const wanted = new Set(boothIds);
  const booths = plan.booths.filter((b) => wanted.has(b.id) && b.kind !== 'non_sellable');
  if (booths.length === 0)
    throw new ApiError('VALIDATION', 'No sellable booth in the selection.', { issues: [{ path: ['boothIds'], message: 'empty' }] });
  const at = new Date().toISOString();
  return db
    .transaction(() => {
      const update = db.prepare('UPDATE booth SET price_dong = ? WHERE id = ?');
      let changed = 0;
      let totalDong = 0;
      const prices: Record<string, number> = {};
      for (const booth of booths) {
        const price = priceOf(booth, boothType(booth, plan.booths), rule);
        totalDong += price;
        if (price !== booth.priceDong) {
          update.run(price, booth.id);
          prices[booth.number] = price;
          changed++;
        }
      }
      audit(db, actor, 'booth.pricing', 'fair', null, { rule, prices }, at);
      return { changed, totalDong };
    })
    .immediate();
}
