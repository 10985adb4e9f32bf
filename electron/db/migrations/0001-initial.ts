import type { Database } from 'better-sqlite3';

/**
 * The first schema of a fair file. Constraints live here, not only in code: the database
 * itself refuses a second active allocation of a booth, negative money or a deleted sale.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE fair (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) > 0),
      venue TEXT NOT NULL DEFAULT '',
      organizer TEXT NOT NULL DEFAULT '',
      first_day TEXT NOT NULL,
      last_day TEXT NOT NULL,
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      last_opened_at TEXT,
      CHECK (first_day <= last_day)
    );

    CREATE TABLE area (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      width_m REAL NOT NULL CHECK (width_m > 0),
      depth_m REAL NOT NULL CHECK (depth_m > 0),
      sort_order INTEGER NOT NULL DEFAULT 0
    );

    CREATE TABLE zone (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      color TEXT NOT NULL
    );

    CREATE TABLE booth (
      id TEXT PRIMARY KEY,
      area_id TEXT NOT NULL REFERENCES area(id) ON DELETE CASCADE,
      number TEXT NOT NULL CHECK (length(number) > 0),
      x_m REAL NOT NULL,
      y_m REAL NOT NULL,
      width_m REAL NOT NULL CHECK (width_m > 0),
      depth_m REAL NOT NULL CHECK (depth_m > 0),
      rotation_deg REAL NOT NULL DEFAULT 0,
      kind TEXT NOT NULL DEFAULT 'standard'
        CHECK (kind IN ('standard', 'food', 'zero_dong', 'sponsor', 'non_sellable')),
      type_override TEXT CHECK (type_override IN ('inline', 'corner', 'peninsula', 'island')),
      zone_id TEXT REFERENCES zone(id) ON DELETE SET NULL,
      price_dong INTEGER NOT NULL DEFAULT 0 CHECK (price_dong >= 0),
      notes TEXT NOT NULL DEFAULT '',
      locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1))
    );
    -- Staff type a booth number to record a sale: it must name one booth in the fair.
    CREATE UNIQUE INDEX booth_number_unique ON booth(number);
    CREATE INDEX booth_area ON booth(area_id);

    CREATE TABLE feature (
      id TEXT PRIMARY KEY,
      area_id TEXT NOT NULL REFERENCES area(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN
        ('wall', 'aisle', 'entrance', 'exit', 'stage', 'info_desk', 'pillar', 'restroom', 'label')),
      x_m REAL NOT NULL,
      y_m REAL NOT NULL,
      width_m REAL NOT NULL CHECK (width_m >= 0),
      depth_m REAL NOT NULL CHECK (depth_m >= 0),
      rotation_deg REAL NOT NULL DEFAULT 0,
      label TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX feature_area ON feature(area_id);

    CREATE TABLE exhibitor (
      id TEXT PRIMARY KEY,
      legal_name TEXT NOT NULL CHECK (length(legal_name) > 0),
      short_name TEXT NOT NULL DEFAULT '',
      contact_person TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      address TEXT NOT NULL DEFAULT '',
      province TEXT NOT NULL DEFAULT '',
      tax_code TEXT,
      category TEXT NOT NULL DEFAULT '',
      ocop_stars INTEGER CHECK (ocop_stars BETWEEN 3 AND 5),
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX exhibitor_tax_code_unique ON exhibitor(tax_code) WHERE tax_code IS NOT NULL;

    CREATE TABLE allocation (
      id TEXT PRIMARY KEY,
      booth_id TEXT NOT NULL REFERENCES booth(id) ON DELETE RESTRICT,
      exhibitor_id TEXT NOT NULL REFERENCES exhibitor(id) ON DELETE RESTRICT,
      status TEXT NOT NULL CHECK (status IN ('held', 'reserved', 'confirmed', 'paid', 'cancelled')),
      hold_expires_on TEXT,
      fee_dong INTEGER NOT NULL DEFAULT 0 CHECK (fee_dong >= 0),
      discount_dong INTEGER NOT NULL DEFAULT 0 CHECK (discount_dong >= 0 AND discount_dong <= fee_dong),
      discount_reason TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    -- No double booking: a booth has at most one allocation that is not cancelled.
    CREATE UNIQUE INDEX allocation_one_active_per_booth ON allocation(booth_id) WHERE status <> 'cancelled';
    CREATE INDEX allocation_exhibitor ON allocation(exhibitor_id);

    CREATE TABLE payment (
      id TEXT PRIMARY KEY,
      allocation_id TEXT NOT NULL REFERENCES allocation(id) ON DELETE RESTRICT,
      amount_dong INTEGER NOT NULL CHECK (amount_dong > 0),
      paid_on TEXT NOT NULL,
      method TEXT NOT NULL CHECK (method IN ('cash', 'bank_transfer', 'qr')),
      note TEXT NOT NULL DEFAULT '',
      recorded_by TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL
    );
    CREATE INDEX payment_allocation ON payment(allocation_id);

    CREATE TABLE sale (
      id TEXT PRIMARY KEY,
      booth_id TEXT NOT NULL REFERENCES booth(id) ON DELETE RESTRICT,
      exhibitor_id TEXT REFERENCES exhibitor(id) ON DELETE RESTRICT,
      day TEXT NOT NULL,
      amount_dong INTEGER NOT NULL CHECK (amount_dong > 0),
      method TEXT NOT NULL CHECK (method IN ('cash', 'bank_transfer', 'qr')),
      note TEXT NOT NULL DEFAULT '',
      recorded_by TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL,
      -- A correction voids the entry it replaces and points back at it.
      corrects_sale_id TEXT REFERENCES sale(id),
      voided_at TEXT,
      voided_by TEXT,
      void_reason TEXT,
      CHECK ((voided_at IS NULL) = (void_reason IS NULL))
    );
    CREATE INDEX sale_day ON sale(day);
    CREATE INDEX sale_booth ON sale(booth_id);
    -- Money records are voided with a reason, never deleted or rewritten.
    CREATE TRIGGER sale_never_deleted BEFORE DELETE ON sale
      BEGIN SELECT RAISE(ABORT, 'A sale is voided, never deleted'); END;
    CREATE TRIGGER sale_amount_frozen BEFORE UPDATE OF amount_dong, booth_id, day ON sale
      BEGIN SELECT RAISE(ABORT, 'A sale is corrected by a new entry, never rewritten'); END;

    CREATE TABLE visitor_count (
      day TEXT NOT NULL,
      gate TEXT NOT NULL DEFAULT '',
      count INTEGER NOT NULL CHECK (count >= 0),
      PRIMARY KEY (day, gate)
    );

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT,
      details TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX audit_entity ON audit_log(entity, entity_id);
  `);
}
