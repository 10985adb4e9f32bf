import type { AllocationStatus } from '../../../shared/model/exhibitor';
import type { MoneyTotals } from '../../../shared/model/ledger';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { requireFairTotalWithinBound } from '../fair-totals';

/**
 * The one place a booking's money is read: every screen, export, PDF and report reads these columns
 * (over an `allocation a`) and `bookingMoney`, never its own sums. They are the running sums the
 * ledger's triggers keep per booking (`booking_money`, migration 0011), four lookups by key.
 */
export const BOOKING_SUMS = (
  [
    ['paid_dong', 'paidDong'],
    ['refunded_dong', 'refundedDong'],
    ['credited_dong', 'creditedDong'],
    ['retained_dong', 'retainedDong'],
  ] as const
)
  .map(([column, alias]) => `coalesce((SELECT m.${column} FROM booking_money m WHERE m.allocation_id = a.id), 0) AS ${alias}`)
  .join(',\n    ');

export interface BookingSums {
  status: AllocationStatus;
  feeDong: number;
  discountDong: number;
  paidDong: number;
  refundedDong: number;
  creditedDong: number;
  retainedDong: number;
}

export interface BookingMoney {
  invoicedDong: number;
  heldDong: number;
  balanceDong: number;
}

/** Balance = invoiced − payments + refunds + money moved to credit; a cancelled booking is charged what it retained. */
export function bookingMoney(s: BookingSums): BookingMoney {
  const invoicedDong = s.status === 'cancelled' ? s.retainedDong : s.feeDong - s.discountDong;
  const heldDong = s.paidDong - s.refundedDong - s.creditedDong;
  return { invoicedDong, heldDong, balanceDong: invoicedDong - heldDong };
}

interface CreditSums {
  exhibitorId: string;
  credited: number;
  used: number;
  refunded: number;
  received: number;
}

/** Per exhibitor: credit put aside, used for another booth, refunded; and money actually received. */
function creditSums(db: Db, exhibitorId: string | null): CreditSums[] {
  return db
    .prepare(
      `SELECT exhibitor_id AS exhibitorId,
         coalesce(sum(CASE WHEN kind = 'credit' THEN amount_dong END), 0) AS credited,
         coalesce(sum(CASE WHEN kind = 'payment' AND method = 'credit' AND voided_at IS NULL THEN amount_dong END), 0) AS used,
         coalesce(sum(CASE WHEN kind = 'refund' AND allocation_id IS NULL THEN amount_dong END), 0) AS refunded,
         coalesce(sum(CASE WHEN kind = 'payment' AND method <> 'credit' AND voided_at IS NULL THEN amount_dong END), 0) AS received
       FROM payment WHERE @id IS NULL OR exhibitor_id = @id GROUP BY exhibitor_id`,
    )
    .all({ id: exhibitorId }) as CreditSums[];
}

export function creditOf(db: Db, exhibitorId: string): number {
  const c = creditSums(db, exhibitorId)[0];
  return c ? c.credited - c.used - c.refunded : 0;
}

const zero = (): MoneyTotals => ({
  invoicedDong: 0,
  paidDong: 0,
  receivableDong: 0,
  refundedDong: 0,
  creditDong: 0,
  retainedDong: 0,
  creditUsedDong: 0,
});

/**
 * The fair's money and each exhibitor's, every figure summed from the ledger rows through
 * `bookingMoney`: the occupancy line, the directory, the exports and the printouts all read this.
 */
export function ledgerTotals(db: Db): { fair: MoneyTotals; byExhibitor: Map<string, MoneyTotals> } {
  const bookings = db
    .prepare(
      `SELECT a.exhibitor_id AS exhibitorId, a.status, a.fee_dong AS feeDong, a.discount_dong AS discountDong, ${BOOKING_SUMS} FROM allocation a`,
    )
    .all() as (BookingSums & { exhibitorId: string })[];
  const fair = zero();
  const byExhibitor = new Map<string, MoneyTotals>();
  const of = (id: string) => {
    let t = byExhibitor.get(id);
    if (!t) byExhibitor.set(id, (t = zero()));
    return t;
  };
  for (const b of bookings) {
    const m = bookingMoney(b);
    for (const t of [fair, of(b.exhibitorId)]) {
      t.invoicedDong += m.invoicedDong;
      t.receivableDong += m.balanceDong;
      t.refundedDong += b.refundedDong;
      t.retainedDong += b.retainedDong;
    }
  }
  for (const c of creditSums(db, null)) {
    for (const t of [fair, of(c.exhibitorId)]) {
      t.paidDong += c.received;
      t.creditUsedDong += c.used;
      t.refundedDong += c.refunded;
      t.creditDong += c.credited - c.used - c.refunded;
    }
  }
  return { fair, byExhibitor };
}

export const fairMoney = (db: Db): MoneyTotals => ledgerTotals(db).fair;

export interface NewLedgerRow {
  kind: 'payment' | 'refund' | 'credit' | 'retain';
  allocationId: string | null;
  exhibitorId: string;
  amountDong: number;
  paidOn: string;
  method: string;
  payer?: string;
  note?: string;
  reference?: string;
  refundOf?: string | null;
  receiptNo?: number | null;
}

/** Appends one money row; the schema refuses any later change but a void. */
export function insertLedgerRow(db: Db, id: string, row: NewLedgerRow, actor: string, at: string): void {
  stmt(
    db,
    `INSERT INTO payment (id, kind, allocation_id, exhibitor_id, amount_dong, paid_on, method, payer, note, reference, refund_of, receipt_no, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    row.kind,
    row.allocationId,
    row.exhibitorId,
    row.amountDong,
    row.paidOn,
    row.method,
    row.payer ?? '',
    row.note ?? '',
    row.reference ?? '',
    row.refundOf ?? null,
    row.receiptNo ?? null,
    actor,
    at,
  );
  requireFairTotalWithinBound(db, 'ledger');
}

/** The next phiếu thu number of this fair (call inside the write transaction). */
export function nextReceiptNo(db: Db): number {
  return (stmt(db, 'SELECT coalesce(max(receipt_no), 0) + 1 AS n FROM payment WHERE receipt_no IS NOT NULL').get() as { n: number }).n;
}

/** Moves a booking's compare-and-set token (`updatedAt`); strictly forward, even within one millisecond. */
export function touchBooking(db: Db, a: { id: string; updatedAt: string }, at: string): void {
  const next = at > a.updatedAt ? at : new Date(Date.parse(a.updatedAt) + 1).toISOString();
  stmt(db, 'UPDATE allocation SET updated_at = ? WHERE id = ?').run(next, a.id);
}
