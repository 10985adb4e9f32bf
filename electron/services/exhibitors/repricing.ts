import { ApiError } from '../../../shared/api/errors';
import type { RepricingChoice, RepricingItem } from '../../../shared/model/exhibitor-pricing';
import type { z } from 'zod';
import type { Db } from '../../db/open';
import { audit } from '../audit';
import { exclusive, getAllocation } from './allocations';
import { touchBooking } from './ledger';
import { followBalance } from './payments';
import { busyError, notFound } from './sqlite-errors';
import { numberOrder } from '../../../shared/plan/numbering';

/** What a booth costs a booking today: zero-dong booths are free (the rule `feeOf` applies at booking). */
const PRICE = "CASE WHEN b.kind = 'zero_dong' THEN 0 ELSE b.price_dong END";

/** The last "keep" of a booking, if it was kept at exactly this fee and this price. */
const KEPT = `EXISTS (SELECT 1 FROM audit_log l WHERE l.id = (
    SELECT max(k.id) FROM audit_log k WHERE k.entity = 'allocation' AND k.entity_id = a.id AND k.action IN ('allocation.keep_fee', 'allocation.reprice'))
  AND l.action = 'allocation.keep_fee'
  AND json_extract(l.details, '$.feeDong') = a.fee_dong AND json_extract(l.details, '$.priceDong') = ${PRICE})`;

type Row = Omit<RepricingItem, 'differenceDong' | 'blocked' | 'heldDong'> & { paidDong: number; backDong: number };

/**
 * Active bookings whose fee differs from their booth's price today, unless the organizer already
 * chose to keep that fee at that price. Sellable booths only; cancelled bookings have no fee to adjust.
 */
export function listRepricing(db: Db): RepricingItem[] {
  const rows = db
    .prepare(
      `SELECT a.id AS allocationId, b.id AS boothId, b.number AS boothNumber, a.exhibitor_id AS exhibitorId,
         CASE WHEN e.short_name <> '' THEN e.short_name ELSE e.legal_name END AS exhibitorName,
         a.status, a.fee_dong AS feeDong, a.discount_dong AS discountDong, ${PRICE} AS priceDong, a.updated_at AS updatedAt,
         coalesce((SELECT sum(p.amount_dong) FROM payment p WHERE p.allocation_id = a.id AND p.kind = 'payment' AND p.voided_at IS NULL), 0) AS paidDong,
         coalesce((SELECT sum(p.amount_dong) FROM payment p WHERE p.allocation_id = a.id AND p.kind IN ('refund', 'credit') AND p.voided_at IS NULL), 0) AS backDong
       FROM allocation a JOIN booth b ON b.id = a.booth_id JOIN exhibitor e ON e.id = a.exhibitor_id
       WHERE a.status <> 'cancelled' AND b.kind <> 'non_sellable' AND a.fee_dong <> ${PRICE} AND NOT ${KEPT}`,
    )
    .all() as Row[];
  return rows
    .map(({ paidDong, backDong, ...r }) => {
      const heldDong = paidDong - backDong;
      const blocked = r.discountDong > r.priceDong ? 'discountAbove' : r.priceDong - r.discountDong < heldDong ? 'paidAbove' : null;
      return { ...r, heldDong, differenceDong: r.priceDong - r.feeDong, blocked } as RepricingItem;
    })
    .sort((x, y) => numberOrder(x.boothNumber, y.boothNumber));
}

export type RepricingDecision = 'reprice' | 'keep';

/**
 * Re-prices the chosen bookings to their booth's price, or keeps their fee, all or nothing. Each
 * choice must still see the booking and the price the person saw, or the whole choice is refused
 * (CONFLICT). Payments are never touched: the balance is recomputed from the ledger rows.
 */
export function resolveRepricing(
  db: Db,
  actor: string,
  decision: RepricingDecision,
  choices: z.output<typeof RepricingChoice>[],
): { changed: number } {
  const at = new Date().toISOString();
  return exclusive(
    db,
    () => {
      const current = new Map(listRepricing(db).map((i) => [i.allocationId, i]));
      for (const choice of choices) {
        const item = current.get(choice.allocationId);
        if (!item) {
          const a = getAllocationOrNull(db, choice.allocationId);
          if (!a) throw notFound('This booking');
          throw changed(a.boothNumber);
        }
        if (item.updatedAt !== choice.expectedUpdatedAt || item.feeDong !== choice.feeDong || item.priceDong !== choice.priceDong)
          throw changed(item.boothNumber);
        if (decision === 'reprice' && item.blocked) {
          throw new ApiError(
            'VALIDATION',
            item.blocked === 'paidAbove'
              ? `Booth ${item.boothNumber} has already been paid more than its new price; refund first or keep the fee.`
              : `Booth ${item.boothNumber} has a discount larger than its new price; change the discount or keep the fee.`,
            {
              issues: [{ path: ['choices'], message: item.blocked }],
              booth: item.boothNumber,
              reason: item.blocked === 'paidAbove' ? 'repricePaidAbove' : 'repriceDiscountAbove',
            },
          );
        }
        record(db, actor, decision, item, at);
      }
      return { changed: choices.length };
    },
    busyError,
  );
}

function record(db: Db, actor: string, decision: RepricingDecision, item: RepricingItem, at: string): void {
  const who = { boothId: item.boothId, boothNumber: item.boothNumber, exhibitorId: item.exhibitorId };
  if (decision === 'reprice') {
    db.prepare('UPDATE allocation SET fee_dong = ? WHERE id = ?').run(item.priceDong, item.allocationId);
    audit(db, actor, 'allocation.reprice', 'allocation', item.allocationId, { ...who, fromDong: item.feeDong, toDong: item.priceDong }, at);
    // A paid booking that now owes more goes back to confirmed, as after a void.
    followBalance(db, actor, item.allocationId, at);
  } else {
    audit(
      db,
      actor,
      'allocation.keep_fee',
      'allocation',
      item.allocationId,
      { ...who, feeDong: item.feeDong, priceDong: item.priceDong },
      at,
    );
  }
  touchBooking(db, { id: item.allocationId, updatedAt: item.updatedAt }, at);
}

function getAllocationOrNull(db: Db, id: string) {
  try {
    return getAllocation(db, id);
  } catch {
    return null;
  }
}

const changed = (booth: string) =>
  new ApiError('CONFLICT', `Booth ${booth} changed meanwhile; nothing was re-priced or kept. Look again.`, {
    reason: 'changedMeanwhile',
    booth,
  });
