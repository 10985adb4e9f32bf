import { randomUUID } from 'node:crypto';
import { ApiError, validated } from '../../../shared/api/errors';
import type { Allocation, HistoryEntry, Occupancy, Payment } from '../../../shared/model/exhibitor';
import type { RefundMethod } from '../../../shared/model/ledger';
import {
  CancelInput,
  PaymentInput,
  RefundInput,
  VoidInput,
  type CancelInput as CancelFields,
  type PaymentInput as PaymentFields,
  type RefundInput as RefundFields,
  type VoidInput as VoidFields,
} from '../../../shared/model/ledger';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { audit } from '../audit';
import { cancelRow, exclusive, getAllocation } from './allocations';
import { creditOf, fairMoney, insertLedgerRow, nextReceiptNo, touchBooking } from './ledger';
import { busyError, notFound } from './sqlite-errors';

export type { PaymentFields };

const ROWS = `SELECT p.id, p.kind, p.allocation_id AS allocationId, p.exhibitor_id AS exhibitorId, b.number AS boothNumber,
    p.amount_dong AS amountDong, p.paid_on AS paidOn, p.method, p.payer, p.note, p.reference, p.refund_of AS refundOf,
    p.receipt_no AS receiptNo, p.recorded_by AS recordedBy, p.recorded_at AS recordedAt,
    p.voided_at AS voidedAt, p.voided_by AS voidedBy, p.void_reason AS voidReason
  FROM payment p LEFT JOIN allocation a ON a.id = p.allocation_id LEFT JOIN booth b ON b.id = a.booth_id`;

/** A booking's money rows, oldest first. */
export function listPayments(db: Db, allocationId: string): Payment[] {
  return stmt(db, `${ROWS} WHERE p.allocation_id = +? ORDER BY p.recorded_at, p.rowid`).all(allocationId) as Payment[];
}

/** Every money row of the fair, or of one exhibitor, oldest first. */
export function listLedger(db: Db, exhibitorId?: string): Payment[] {
  return db
    .prepare(`${ROWS} WHERE @id IS NULL OR p.exhibitor_id = @id ORDER BY p.recorded_at, p.rowid`)
    .all({ id: exhibitorId ?? null }) as Payment[];
}

export function getLedgerRow(db: Db, id: string): Payment {
  const row = stmt(db, `${ROWS} WHERE p.id = +?`).get(id) as Payment | undefined;
  if (!row) throw notFound('This payment');
  return row;
}

/** Compare-and-set: the booking must still be what the screen showed. */
function checkExpected(a: Allocation, expectedUpdatedAt: string | undefined): void {
  if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== a.updatedAt) {
    throw new ApiError('CONFLICT', `Booth ${a.boothNumber} changed meanwhile (another window recorded money or edited it). Look again.`, {
      reason: 'bookingChanged',
      booth: a.boothNumber,
    });
  }
}

const about = (a: Allocation) => ({ boothId: a.boothId, boothNumber: a.boothNumber, exhibitorId: a.exhibitorId });

/** A paid booking whose balance is due again (a void or a refund) goes back to confirmed. */
export function followBalance(db: Db, actor: string, allocationId: string, at: string): void {
  const a = getAllocation(db, allocationId);
  if (a.status === 'paid' && a.balanceDong > 0) {
    stmt(db, "UPDATE allocation SET status = 'confirmed' WHERE id = ?").run(a.id);
    audit(db, actor, 'allocation.status', 'allocation', a.id, { ...about(a), from: 'paid', to: 'confirmed' }, at);
  }
}

function refused(path: string, ruleName: string, message: string, details: Record<string, unknown> = {}): ApiError {
  return new ApiError('VALIDATION', message, { issues: [{ path: [path], message: ruleName }], ...details });
}
/**
 * THE way money enters a booking, for every caller (the payment form, confirmed bank transfers):
 * takes the write lock, checks the booking is still what the caller saw, refuses overpayment,
 * numbers the receipt, and makes a confirmed booking paid in full `paid`.
 */
export function recordPayment(
  db: Db,
  actor: string,
  allocationId: string,
  fields: PaymentFields,
): { payment: Payment; allocationStatus: string; allocation: Allocation } {
  const input = validated(PaymentInput, fields);
  const at = new Date().toISOString();
  const id = randomUUID();
  exclusive(
    db,
    () => {
      const a = getAllocation(db, allocationId);
      checkExpected(a, input.expectedUpdatedAt);
      if (a.status === 'cancelled' || a.status === 'held') {
        throw refused('amountDong', 'notPayable', `A ${a.status} booking takes no payment; reserve or confirm it first.`);
      }
      if (input.amountDong > a.balanceDong) {
        throw refused('amountDong', 'overpayment', `Only ${a.balanceDong} đồng is due on booth ${a.boothNumber}.`, {
          balanceDong: a.balanceDong,
        });
      }
      if (input.method === 'credit') {
        const credit = creditOf(db, a.exhibitorId);
        if (input.amountDong > credit) {
          throw refused('amountDong', 'creditTooSmall', `${a.exhibitorName} holds only ${credit} đồng of credit.`, { creditDong: credit });
        }
      }
      const receiptNo = input.method === 'credit' ? null : nextReceiptNo(db);
      insertLedgerRow(
        db,
        id,
        {
          kind: 'payment',
          allocationId,
          exhibitorId: a.exhibitorId,
          amountDong: input.amountDong,
          paidOn: input.paidOn,
          method: input.method,
          payer: input.payer,
          note: input.note,
          reference: input.reference,
          receiptNo,
        },
        actor,
        at,
      );
      audit(
        db,
        actor,
        'payment.record',
        'allocation',
        allocationId,
        { ...about(a), paymentId: id, amountDong: input.amountDong, method: input.method, paidOn: input.paidOn, receiptNo },
        at,
      );
      touchBooking(db, a, at);
      if (a.status === 'confirmed' && input.amountDong === a.balanceDong) {
        stmt(db, "UPDATE allocation SET status = 'paid' WHERE id = ?").run(allocationId);
        audit(db, actor, 'allocation.status', 'allocation', allocationId, { ...about(a), from: 'confirmed', to: 'paid' }, at);
      }
    },
    busyError,
  );
  const allocation = getAllocation(db, allocationId);
  return { payment: getLedgerRow(db, id), allocationStatus: allocation.status, allocation };
}

/** A payment entered by mistake is voided, once, with its reason; money already given back keeps it. */
export function voidPayment(db: Db, actor: string, fields: VoidFields): Payment {
  const input = validated(VoidInput, fields);
  const at = new Date().toISOString();
  exclusive(
    db,
    () => {
      const row = getLedgerRow(db, input.paymentId);
      if (row.kind !== 'payment' || !row.allocationId) throw refused('paymentId', 'notVoidable', 'Only a payment can be voided.');
      if (row.voidedAt) {
        throw new ApiError('CONFLICT', 'This payment was already voided.', { reason: 'alreadyVoided', by: row.voidedBy ?? '' });
      }
      const a = getAllocation(db, row.allocationId);
      checkExpected(a, input.expectedUpdatedAt);
      if (a.status === 'cancelled') throw refused('paymentId', 'cancelledBooking', 'The booking is cancelled and its money settled.');
      if (row.amountDong > a.heldDong) {
        throw refused('paymentId', 'refundedAlready', 'Part of this money was already refunded or moved to credit.', {
          heldDong: a.heldDong,
        });
      }
      stmt(db, 'UPDATE payment SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ? AND voided_at IS NULL').run(
        at,
        actor,
        input.reason,
        row.id,
      );
      audit(
        db,
        actor,
        'payment.void',
        'allocation',
        a.id,
        { ...about(a), paymentId: row.id, amountDong: row.amountDong, receiptNo: row.receiptNo, reason: input.reason },
        at,
      );
      touchBooking(db, a, at);
      followBalance(db, actor, a.id, at);
    },
    busyError,
  );
  return getLedgerRow(db, input.paymentId);
}

/** Money given back on an active booking: never more than it holds. */
export function refundPayment(db: Db, actor: string, fields: RefundFields): Payment {
  const input = validated(RefundInput, fields);
  const at = new Date().toISOString();
  const id = randomUUID();
  exclusive(
    db,
    () => {
      const a = getAllocation(db, input.allocationId);
      checkExpected(a, input.expectedUpdatedAt);
      if (a.status === 'cancelled') throw refused('amountDong', 'cancelledBooking', 'The booking is cancelled and its money settled.');
      let limit = a.heldDong;
      if (input.refundOf) {
        const paid = getLedgerRow(db, input.refundOf);
        if (paid.kind !== 'payment' || paid.allocationId !== a.id || paid.voidedAt) {
          throw refused('refundOf', 'notRefundable', 'That payment is not a live payment of this booking.');
        }
        const before = (
          stmt(db, "SELECT coalesce(sum(amount_dong), 0) AS n FROM payment WHERE kind = 'refund' AND refund_of = ?").get(paid.id) as {
            n: number;
          }
        ).n;
        limit = Math.min(limit, paid.amountDong - before);
      }
      if (input.amountDong > limit) {
        throw refused('amountDong', 'refundTooLarge', `At most ${limit} đồng can be refunded on booth ${a.boothNumber}.`, {
          maxDong: limit,
        });
      }
      insertLedgerRow(
        db,
        id,
        {
          kind: 'refund',
          allocationId: a.id,
          exhibitorId: a.exhibitorId,
          amountDong: input.amountDong,
          paidOn: input.paidOn,
          method: input.method,
          note: input.reason,
          refundOf: input.refundOf ?? null,
        },
        actor,
        at,
      );
      audit(
        db,
        actor,
        'payment.refund',
        'allocation',
        a.id,
        { ...about(a), paymentId: id, amountDong: input.amountDong, method: input.method, reason: input.reason, refundOf: input.refundOf },
        at,
      );
      touchBooking(db, a, at);
      followBalance(db, actor, a.id, at);
    },
    busyError,
  );
  return getLedgerRow(db, id);
}

/** The exhibitor asks for their credit back: a refund that belongs to no booking. */
export function refundCredit(
  db: Db,
  actor: string,
  input: { exhibitorId: string; amountDong: number; method: RefundMethod; reason: string; paidOn: string },
): Payment {
  const at = new Date().toISOString();
  const id = randomUUID();
  exclusive(
    db,
    () => {
      const credit = creditOf(db, input.exhibitorId);
      if (input.amountDong > credit) {
        throw refused('amountDong', 'refundTooLarge', `This exhibitor holds ${credit} đồng of credit.`, { maxDong: credit });
      }
      insertLedgerRow(
        db,
        id,
        {
          kind: 'refund',
          allocationId: null,
          exhibitorId: input.exhibitorId,
          amountDong: input.amountDong,
          paidOn: input.paidOn,
          method: input.method,
          note: input.reason,
        },
        actor,
        at,
      );
      audit(
        db,
        actor,
        'credit.refund',
        'exhibitor',
        input.exhibitorId,
        { paymentId: id, amountDong: input.amountDong, reason: input.reason },
        at,
      );
    },
    busyError,
  );
  return getLedgerRow(db, id);
}

/**
 * Cancels a booking; the money it holds is refunded, kept as the exhibitor's credit or retained,
 * in parts that add up to all of it, each part a ledger row in the same transaction.
 */
export function cancelBooking(db: Db, actor: string, fields: CancelFields): Allocation {
  const input = validated(CancelInput, fields);
  const at = new Date().toISOString();
  exclusive(
    db,
    () => {
      const a = getAllocation(db, input.allocationId);
      checkExpected(a, input.expectedUpdatedAt);
      cancelRow(db, actor, a, input.settlement?.reason || 'cancelled by organizer', at, input.settlement);
    },
    busyError,
  );
  return getAllocation(db, input.allocationId);
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

/** The map's summary over sellable booths, and the fair's money from the ledger. */
export function occupancy(db: Db): Occupancy {
  const counts = db
    .prepare(
      `SELECT count(*) AS total,
         sum(a.id IS NULL) AS free, sum(a.status = 'held') AS held, sum(a.status = 'reserved') AS reserved,
         sum(a.status = 'confirmed') AS confirmed, sum(a.status = 'paid') AS paid,
         coalesce(sum(CASE WHEN a.status IN ('confirmed', 'paid') THEN b.width_m * b.depth_m END), 0) AS soldM2
       FROM booth b LEFT JOIN allocation a ON a.booth_id = b.id AND a.status <> 'cancelled'
       WHERE b.kind <> 'non_sellable'`,
    )
    .get() as Record<string, number | null>;
  const n = (v: number | null | undefined) => v ?? 0;
  const money = fairMoney(db);
  return {
    total: n(counts.total),
    free: n(counts.free),
    held: n(counts.held),
    reserved: n(counts.reserved),
    confirmed: n(counts.confirmed),
    paid: n(counts.paid),
    soldM2: Math.round(n(counts.soldM2) * 100) / 100,
    invoicedDong: money.invoicedDong,
    paidDong: money.paidDong,
    money,
  };
}
