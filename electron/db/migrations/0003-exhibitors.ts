import type { Database } from 'better-sqlite3';

/**
 * Exhibitors and allocation: an exhibitor with booking history is archived rather than erased
 * (its allocations and payments stay readable), and a waitlist per zone.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE exhibitor ADD COLUMN deleted_at TEXT;
    -- An archived exhibitor frees its tax code for a new record.
    DROP INDEX exhibitor_tax_code_unique;
    CREATE UNIQUE INDEX exhibitor_tax_code_unique ON exhibitor(tax_code)
      WHERE tax_code IS NOT NULL AND deleted_at IS NULL;
    CREATE INDEX allocation_status ON allocation(status);

    CREATE TABLE waitlist_entry (
      id TEXT PRIMARY KEY,
      zone_id TEXT NOT NULL REFERENCES zone(id) ON DELETE CASCADE,
      exhibitor_id TEXT NOT NULL REFERENCES exhibitor(id) ON DELETE CASCADE,
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      UNIQUE (zone_id, exhibitor_id)
    );
    CREATE INDEX waitlist_zone ON waitlist_entry(zone_id, created_at);
  `);
}
