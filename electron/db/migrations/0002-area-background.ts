import type { Database } from 'better-sqlite3';

/**
 * A venue drawing under each area: the image (PNG or JPEG; a PDF's first page arrives rendered
 * as PNG), where its top-left sits on the area, its scale after calibration, and how it shows.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE area_background (
      area_id TEXT PRIMARY KEY REFERENCES area(id) ON DELETE CASCADE,
      mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
      data BLOB NOT NULL,
      pixel_width INTEGER NOT NULL CHECK (pixel_width > 0),
      pixel_height INTEGER NOT NULL CHECK (pixel_height > 0),
      x_m REAL NOT NULL DEFAULT 0,
      y_m REAL NOT NULL DEFAULT 0,
      metres_per_pixel REAL NOT NULL CHECK (metres_per_pixel > 0),
      opacity REAL NOT NULL DEFAULT 0.5 CHECK (opacity BETWEEN 0 AND 1),
      visible INTEGER NOT NULL DEFAULT 1 CHECK (visible IN (0, 1)),
      updated_at TEXT NOT NULL
    );
  `);
}
