import type { Database } from 'better-sqlite3';

/**
 * Booth payments become a ledger. One table holds every money row of a booking: payments in,
 * refunds out, money moved to the exhibitor's credit and money retained on cancellation. A row is
 * never rewritten or deleted; a payment entered by mistake is voided with a reason, once.
 * Existing payments are carried over unchanged and numbered as receipts in the order they were
 * recorded; a booking cancelled while holding money keeps that money as the exhibitor's credit.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE payment_v5 (
      id TEXT PRIMARY KEY,
      -- payment: money in · refund: money given back · credit: moved to the exhibitor's credit
      -- on cancellation · retain: kept by the organizer on cancellation (forfeited deposit).
      kind TEXT NOT NULL DEFAULT 'payment' CHECK (kind IN ('payment', 'refund', 'credit', 'retain')),
      -- NULL only for a refund of the exhibitor's credit, which belongs to no booking.
      allocation_id TEXT REFERENCES allocation(id) ON DELETE RESTRICT,
      exhibitor_id TEXT NOT NULL REFERENCES exhibitor(id) ON DELETE RESTRICT,
      amount_dong INTEGER NOT NULL CHECK (amount_dong > 0 AND amount_dong <= 100000000000),
      paid_on TEXT NOT NULL,
      -- 'credit': a payment made from the exhibitor's credit; 'none': credit and retain rows.
      method TEXT NOT NULL CHECK (method IN ('cash', 'bank_transfer', 'qr', 'credit', 'none')),
      payer TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      -- The bank's transaction reference of a transfer, when known.
      reference TEXT NOT NULL DEFAULT '',
      refund_of TEXT REFERENCES payment_v5(id),
      -- Phiếu thu number, from the fair's own sequence (a fair is one file).
      receipt_no INTEGER CHECK (receipt_no IS NULL OR (receipt_no > 0 AND kind = 'payment')),
      recorded_by TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL,
      voided_at TEXT,
      voided_by TEXT,
      void_reason TEXT,
      CHECK ((voided_at IS NULL) = (void_reason IS NULL)),
      CHECK (voided_at IS NULL OR kind = 'payment'),
      CHECK (allocation_id IS NOT NULL OR kind = 'refund'),
      CHECK ((method = 'none') = (kind IN ('credit', 'retain')))
    );

    INSERT INTO payment_v5 (id, kind, allocation_id, exhibitor_id, amount_dong, paid_on, method, note, receipt_no, recorded_by, recorded_at)
      SELECT p.id, 'payment', p.allocation_id, a.exhibitor_id, p.amount_dong, p.paid_on, p.method, p.note,
        row_number() OVER (ORDER BY p.recorded_at, p.rowid), p.recorded_by, p.recorded_at
      FROM payment p JOIN allocation a ON a.id = p.allocation_id;

    INSERT INTO payment_v5 (id, kind, allocation_id, exhibitor_id, amount_dong, paid_on, method, note, recorded_by, recorded_at)
      SELECT 'carried-' || a.id, 'credit', a.id, a.exhibitor_id, sum(p.amount_dong), max(p.paid_on), 'none',
        'Booking cancelled before payments were a ledger: the money is kept as credit', 'FairFloor', max(p.recorded_at)
      FROM allocation a JOIN payment p ON p.allocation_id = a.id
      WHERE a.status = 'cancelled' GROUP BY a.id;

    DROP TABLE payment;
    ALTER TABLE payment_v5 RENAME TO payment;

    CREATE INDEX payment_allocation ON payment(allocation_id);
    CREATE INDEX payment_exhibitor ON payment(exhibitor_id);
    CREATE UNIQUE INDEX payment_receipt_no ON payment(receipt_no) WHERE receipt_no IS NOT NULL;

    -- Money rows are never deleted, never rewritten: the one change is a void, once, with its reason.
    CREATE TRIGGER payment_never_deleted BEFORE DELETE ON payment
      BEGIN SELECT RAISE(ABORT, 'A payment is voided or refunded, never deleted'); END;
    CREATE TRIGGER payment_never_rewritten BEFORE UPDATE ON payment
      WHEN NOT (OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL AND NEW.voided_by IS NOT NULL AND NEW.void_reason IS NOT NULL
        AND NEW.id IS OLD.id AND NEW.kind IS OLD.kind AND NEW.allocation_id IS OLD.allocation_id
        AND NEW.exhibitor_id IS OLD.exhibitor_id AND NEW.amount_dong IS OLD.amount_dong AND NEW.paid_on IS OLD.paid_on
        AND NEW.method IS OLD.method AND NEW.payer IS OLD.payer AND NEW.note IS OLD.note AND NEW.reference IS OLD.reference
        AND NEW.refund_of IS OLD.refund_of AND NEW.receipt_no IS OLD.receipt_no
        AND NEW.recorded_by IS OLD.recorded_by AND NEW.recorded_at IS OLD.recorded_at)
      BEGIN SELECT RAISE(ABORT, 'A payment is never rewritten: void it or refund it'); END;
  `);
}
