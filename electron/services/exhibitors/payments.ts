import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import type { HistoryEntry, Occupancy, Payment } from '../../../shared/model/exhibitor';
import type { PaymentMethod } from '../../../shared/model/common';
import type { Db } from '../../db/open';
import { audit } from '../audit';
import { getAllocation } from './allocations';

export interface PaymentFields {
  amountDong: number;
  paidOn: string;
  method: PaymentMethod;
  note: string;
}

/** Records money received; a confirmed booking paid in full becomes `paid`. Overpayment is refused. */
export function recordPayment(
  db: Db,
  actor: string,
  allocationId: string,
  input: PaymentFields,
): { payment: Payment; allocationStatus: string } {
  const at = new Date().toISOString();
  const id = randomUUID();
  db.transaction(() => {
    const a = getAllocation(db, allocationId);
    if (a.status === 'cancelled' || a.status === 'held') {
      throw new ApiError('VALIDATION', `A ${a.status} booking takes no payment; reserve or confirm it first.`, {
        issues: [{ path: ['amountDong'], message: 'notPayable' }],
      });
    }
    if (input.amountDong > a.balanceDong) {
      throw new ApiError('VALIDATION', `Only ${a.balanceDong} đồng is due on booth ${a.boothNumber}.`, {
        issues: [{ path: ['amountDong'], message: 'overpayment' }],
        balanceDong: a.balanceDong,
      });
    }
    db.prepare(
      `INSERT INTO payment (id, allocation_id, amount_dong, paid_on, method, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, allocationId, input.amountDong, input.paidOn, input.method, input.note, actor, at);
    audit(
      db,
      actor,
      'payment.record',
      'allocation',
      allocationId,
      {
        boothId: a.boothId,
        boothNumber: a.boothNumber,
        exhibitorId: a.exhibitorId,
        paymentId: id,
        amountDong: input.amountDong,
        method: input.method,
        paidOn: input.paidOn,
      },
      at,
    );
    if (a.status === 'confirmed' && input.amountDong === a.balanceDong) {
      db.prepare("UPDATE allocation SET status = 'paid', updated_at = ? WHERE id = ?").run(at, allocationId);
      audit(
        db,
        actor,
        'allocation.status',
        'allocation',
        allocationId,
        { boothId: a.boothId, boothNumber: a.boothNumber, exhibitorId: a.exhibitorId, from: 'confirmed', to: 'paid' },
        at,
      );
    }
  }).immediate();
  return { payment: listPayments(db, allocationId).find((p) => p.id === id)!, allocationStatus: getAllocation(db, allocationId).status };
}

export function listPayments(db: Db, allocationId: string): Payment[] {
  return db
    .prepare(
      `SELECT id, allocation_id AS allocationId, amount_dong AS amountDong, paid_on AS paidOn, method, note,
         recorded_by AS recordedBy, recorded_at AS recordedAt FROM payment WHERE allocation_id = ? ORDER BY paid_on, recorded_at`,
    )
    .all(allocationId) as Payment[];
}

/** Everything that happened to a booth's or an exhibitor's bookings, newest first. */
export function history(db: Db, of: { boothId?: string; exhibitorId?: string }, limit = 300): HistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT id, at, actor, action, entity, entity_id AS entityId, details FROM audit_log
       WHERE (@exhibitorId IS NOT NULL AND entity = 'exhibitor' AND entity_id = @exhibitorId)
          OR (entity = 'allocation' AND (
               (@boothId IS NOT NULL AND (json_extract(details, '$.boothId') = @boothId OR json_extract(details, '$.fromBoothId') = @boothId))
            OR (@exhibitorId IS NOT NULL AND json_extract(details, '$.exhibitorId') = @exhibitorId)))
       ORDER BY id DESC LIMIT @limit`,
    )
    .all({ boothId: of.boothId ?? null, exhibitorId: of.exhibitorId ?? null, limit }) as (Omit<HistoryEntry, 'details'> & {
    details: string;
  })[];
  return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> }));
}

/** The map's summary over sellable booths. */
export function occupancy(db: Db): Occupancy {
  const counts = db
    .prepare(
      `SELECT count(*) AS total,
         sum(a.id IS NULL) AS free, sum(a.status = 'held') AS held, sum(a.status = 'reserved') AS reserved,
         sum(a.status = 'confirmed') AS confirmed, sum(a.status = 'paid') AS paid,
         coalesce(sum(CASE WHEN a.status IN ('confirmed', 'paid') THEN b.width_m * b.depth_m END), 0) AS soldM2,
         coalesce(sum(CASE WHEN a.status IN ('confirmed', 'paid') THEN a.fee_dong - a.discount_dong END), 0) AS invoicedDong,
         coalesce(sum((SELECT sum(p.amount_dong) FROM payment p WHERE p.allocation_id = a.id)), 0) AS paidDong
       FROM booth b LEFT JOIN allocation a ON a.booth_id = b.id AND a.status <> 'cancelled'
       WHERE b.kind <> 'non_sellable'`,
    )
    .get() as Record<keyof Occupancy, number | null>;
  const n = (v: number | null) => v ?? 0;
  return {
    total: n(counts.total),
    free: n(counts.free),
    held: n(counts.held),
    reserved: n(counts.reserved),
    confirmed: n(counts.confirmed),
    paid: n(counts.paid),
    soldM2: Math.round(n(counts.soldM2) * 100) / 100,
    invoicedDong: n(counts.invoicedDong),
    paidDong: n(counts.paidDong),
  };
}
