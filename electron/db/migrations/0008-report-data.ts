import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { normalizeProvince } from '../../../shared/provinces';
import { unitTypeFromName } from '../../../shared/unit-type';

/**
 * What the Department's report needs: each exhibitor's legal form, OCOP products (a star rating
 * belongs to a product, not to the business), contracts and MoUs signed at the fair, and the
 * report's own settings (header, signer, recipients, free text, the previous edition).
 * Existing stars become one product each; provinces are renamed after the 2025 merger.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE exhibitor ADD COLUMN unit_type TEXT
      CHECK (unit_type IN ('company', 'cooperative', 'household', 'facility'));

    CREATE TABLE ocop_product (
      id TEXT PRIMARY KEY,
      exhibitor_id TEXT NOT NULL REFERENCES exhibitor(id) ON DELETE CASCADE,
      name TEXT NOT NULL CHECK (length(name) > 0),
      stars INTEGER NOT NULL CHECK (stars BETWEEN 3 AND 5),
      certified_year INTEGER CHECK (certified_year BETWEEN 2018 AND 2100),
      sort_order INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX ocop_product_exhibitor ON ocop_product(exhibitor_id, sort_order);

    CREATE TABLE trade_agreement (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('contract', 'mou')),
      parties TEXT NOT NULL CHECK (length(parties) > 0),
      value_dong INTEGER NOT NULL DEFAULT 0 CHECK (value_dong >= 0),
      signed_on TEXT,
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      -- Removed agreements stay on file for the audit trail; they no longer count.
      removed_at TEXT
    );

    CREATE TABLE report_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      parent_body TEXT NOT NULL DEFAULT '',
      issuing_body TEXT NOT NULL DEFAULT '',
      number TEXT NOT NULL DEFAULT '',
      place TEXT NOT NULL DEFAULT '',
      report_day TEXT,
      host_province TEXT NOT NULL DEFAULT '',
      signer_authority TEXT NOT NULL DEFAULT '',
      signer_title TEXT NOT NULL DEFAULT '',
      signer_name TEXT NOT NULL DEFAULT '',
      recipients TEXT NOT NULL DEFAULT '',
      purpose TEXT NOT NULL DEFAULT '',
      assessment TEXT NOT NULL DEFAULT '',
      recommendations TEXT NOT NULL DEFAULT '',
      previous_fair_id TEXT,
      previous_fair_name TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    );
  `);

  adoptLegacyExhibitorFields(db);
}

/** Fills the new fields from the old: the form from the legal name, one OCOP product per rated business, today's province names. */
export function adoptLegacyExhibitorFields(db: Database): void {
  const exhibitors = db.prepare('SELECT id, legal_name, province, ocop_stars, category, short_name FROM exhibitor').all() as {
    id: string;
    legal_name: string;
    province: string;
    ocop_stars: number | null;
    category: string;
    short_name: string;
  }[];
  const setFields = db.prepare('UPDATE exhibitor SET unit_type = ?, province = ?, ocop_stars = NULL WHERE id = ?');
  const addProduct = db.prepare('INSERT INTO ocop_product (id, exhibitor_id, name, stars) VALUES (?, ?, ?, ?)');
  for (const e of exhibitors) {
    setFields.run(unitTypeFromName(e.legal_name), normalizeProvince(e.province), e.id);
    // The old field rated the business; the product's own name is unknown, so it is named after the business.
    if (e.ocop_stars !== null) addProduct.run(randomUUID(), e.id, e.short_name || e.category || e.legal_name, e.ocop_stars);
  }
}
