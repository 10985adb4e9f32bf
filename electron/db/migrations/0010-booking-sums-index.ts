import type { Database } from 'better-sqlite3';

/**
 * A booking's balance sums its ledger rows by kind, skipping voided ones, on every payment, refund
 * and listing. An index holding exactly those columns answers the sums from the index alone; it
 * replaces the plain index on the booking, which it covers.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE INDEX payment_booking_sums ON payment(allocation_id, kind, voided_at, amount_dong);
    DROP INDEX payment_allocation;
  `);
}
