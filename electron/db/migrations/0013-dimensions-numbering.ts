import type { Database } from 'better-sqlite3';

/**
 * What the organizer keeps on the plan beside booths, in the fair file itself so that it travels
 * with the fair to another computer: dimension lines (two points of an area and how far the line
 * stands off them), the booth numbers left out on purpose, and a background's turn and lock.
 * Nothing is carried: new tables, and new columns with defaults.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE dimension (
      id TEXT PRIMARY KEY,
      area_id TEXT NOT NULL REFERENCES area(id) ON DELETE CASCADE,
      x1_m REAL NOT NULL,
      y1_m REAL NOT NULL,
      x2_m REAL NOT NULL,
      y2_m REAL NOT NULL,
      -- Metres from the measured points to the drawn line, to the left of the direction 1 → 2 (negative: to the right).
      offset_m REAL NOT NULL DEFAULT 1,
      CHECK (x1_m <> x2_m OR y1_m <> y2_m)
    );
    CREATE INDEX dimension_area ON dimension(area_id);

    -- Booth numbers a renumbering, a paste or a new booth never takes (the fair's 13s and 4s).
    CREATE TABLE booth_number_skip (
      number INTEGER PRIMARY KEY CHECK (number >= 0)
    );

    ALTER TABLE area_background ADD COLUMN rotation_deg REAL NOT NULL DEFAULT 0;
    ALTER TABLE area_background ADD COLUMN locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1));
    ALTER TABLE area_drawing ADD COLUMN locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1));
  `);
}
