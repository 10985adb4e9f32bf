import { ApiError } from '../../../shared/api/errors';
import { boothTypes, priceOf, type PricingRule } from '../../../shared/model/exhibitor-pricing';
import type { Db } from '../../db/open';
import { audit } from '../audit';
import { readPlan } from '../plan';
import type { Booth } from '../../../shared/model/plan';
import { sameRecord } from '../../../shared/plan/records';

/**
 * Sets the price of the selected booths by a rule, in one transaction. Non-sellable booths are
 * skipped. Fees of existing bookings keep what was agreed.
 */
export function applyPricing(
  db: Db,
  actor: string,
  boothIds: string[],
  rule: PricingRule,
  expected?: Booth[],
): { changed: number; totalDong: number } {
  const at = new Date().toISOString();
  // The write lock is taken first, so the booths compared are the booths priced.
  return db
    .transaction(() => {
      const plan = readPlan(db);
      if (expected) refuseChangedBooths(plan.booths, expected);
      const wanted = new Set(boothIds);
      const booths = plan.booths.filter((b) => wanted.has(b.id) && b.kind !== 'non_sellable');
      if (booths.length === 0)
        throw new ApiError('VALIDATION', 'No sellable booth in the selection.', {
          issues: [{ path: ['boothIds'], message: 'empty' }],
          reason: 'noSellableBooth',
        });
      const update = db.prepare('UPDATE booth SET price_dong = ? WHERE id = ?');
      let changed = 0;
      let totalDong = 0;
      const prices: Record<string, number> = {};
      const types = boothTypes(plan.booths, plan.features);
      for (const booth of booths) {
        const price = priceOf(booth, types.get(booth.id)!, rule);
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

/** Compare-and-set: the booths must still be as the person saw them when they chose the rule. */
function refuseChangedBooths(current: Booth[], expected: Booth[]): void {
  const byId = new Map(current.map((b) => [b.id, b]));
  const changed = expected.filter((e) => {
    const now = byId.get(e.id);
    return !now || !sameRecord('booths', now, e);
  });
  if (changed.length > 0)
    throw new ApiError('CONFLICT', `Booth ${changed[0]!.number} changed meanwhile; nothing was priced`, {
      reason: 'changedMeanwhile',
      booths: changed.slice(0, 10).map((b) => b.number),
    });
}
