import type { Database } from 'better-sqlite3';

/**
 * Bank transfers: the organizer's account that payment requests (VietQR) name, and the statement
 * lines already recorded as booth payments, so a statement imported twice never pays twice.
 */
export function up(db: Database): void {
  db.exec(`
    -- One row at most: the fair's receiving account.
    CREATE TABLE fair_bank (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      bin TEXT NOT NULL CHECK (length(bin) = 6 AND bin NOT GLOB '*[^0-9]*'),
      account_number TEXT NOT NULL CHECK (length(account_number) BETWEEN 1 AND 19),
      account_name TEXT NOT NULL CHECK (length(account_name) BETWEEN 1 AND 100),
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL DEFAULT ''
    );

    -- A statement line recorded as payments: its key (the bank's reference, else date, amount and text)
    -- is unique, the one judge of "already recorded".
    CREATE TABLE bank_transfer (
      line_key TEXT PRIMARY KEY,
      paid_on TEXT NOT NULL,
      amount_dong INTEGER NOT NULL CHECK (amount_dong > 0),
      description TEXT NOT NULL,
      exhibitor_id TEXT NOT NULL REFERENCES exhibitor(id),
      -- The booth payments it became, as a JSON array of payment ids.
      payment_ids TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL DEFAULT ''
    );

    -- Statement lines are a record of money received: like payments, never rewritten or removed.
    CREATE TRIGGER bank_transfer_frozen BEFORE UPDATE ON bank_transfer
    BEGIN SELECT RAISE(ABORT, 'A recorded transfer is never rewritten'); END;
    CREATE TRIGGER bank_transfer_kept BEFORE DELETE ON bank_transfer
    BEGIN SELECT RAISE(ABORT, 'A recorded transfer is never deleted'); END;
  `);
}
