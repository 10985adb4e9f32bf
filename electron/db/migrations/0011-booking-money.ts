import type { Database } from 'better-sqlite3';

const KINDS = [
  ['payment', 'paid_dong'],
  ['refund', 'refunded_dong'],
  ['credit', 'credited_dong'],
  ['retain', 'retained_dong'],
] as const;

/** `column = column ± amount` for the row's kind, for every kind's column. */
const moved = (sign: '+' | '-', row: 'NEW' | 'OLD') =>
  KINDS.map(([kind, column]) => `${column} = ${column} ${sign} (CASE ${row}.kind WHEN '${kind}' THEN ${row}.amount_dong ELSE 0 END)`).join(
    ',\n        ',
  );

/**
 * A booking's money (paid, refunded, moved to credit, retained) kept as running sums beside the
 * ledger, like `sale_total` beside sales: every balance read is four lookups by key, however many
 * rows the booking has. Kept by triggers on the only two changes a ledger row can see (its insert
 * and its one void), backfilled from the rows, and rebuilt from the rows when a fair file is
 * imported (it is derived, never copied).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE booking_money (
      allocation_id TEXT PRIMARY KEY REFERENCES allocation(id) ON DELETE CASCADE,
      paid_dong INTEGER NOT NULL DEFAULT 0,
      refunded_dong INTEGER NOT NULL DEFAULT 0,
      credited_dong INTEGER NOT NULL DEFAULT 0,
      retained_dong INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;

    CREATE TRIGGER booking_money_on_insert AFTER INSERT ON payment
      WHEN NEW.allocation_id IS NOT NULL AND NEW.voided_at IS NULL
    BEGIN
      INSERT OR IGNORE INTO booking_money (allocation_id) VALUES (NEW.allocation_id);
      UPDATE booking_money SET
        ${moved('+', 'NEW')}
      WHERE allocation_id = NEW.allocation_id;
    END;

    CREATE TRIGGER booking_money_on_void AFTER UPDATE OF voided_at ON payment
      WHEN NEW.allocation_id IS NOT NULL AND OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL
    BEGIN
      UPDATE booking_money SET
        ${moved('-', 'OLD')}
      WHERE allocation_id = NEW.allocation_id;
    END;

    INSERT INTO booking_money (allocation_id, ${KINDS.map(([, c]) => c).join(', ')})
      SELECT allocation_id, ${KINDS.map(([kind]) => `sum(CASE kind WHEN '${kind}' THEN amount_dong ELSE 0 END)`).join(', ')}
      FROM payment WHERE allocation_id IS NOT NULL AND voided_at IS NULL GROUP BY allocation_id;
  `);
}
