import type { Database } from 'better-sqlite3';

/**
 * A venue drawing imported from DXF under each area, kept as vectors (walls, columns, doors):
 * its layers and paths as JSON in metres of the drawing's own frame, and where that frame lies on
 * the area (moved, turned, scaled), with how it shows.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE area_drawing (
      area_id TEXT PRIMARY KEY REFERENCES area(id) ON DELETE CASCADE,
      source TEXT NOT NULL,
      layers_json TEXT NOT NULL CHECK (json_valid(layers_json)),
      paths_json TEXT NOT NULL CHECK (json_valid(paths_json)),
      x_m REAL NOT NULL DEFAULT 0,
      y_m REAL NOT NULL DEFAULT 0,
      rotation_deg REAL NOT NULL DEFAULT 0,
      scale REAL NOT NULL DEFAULT 1 CHECK (scale > 0),
      opacity REAL NOT NULL DEFAULT 0.8 CHECK (opacity BETWEEN 0 AND 1),
      visible INTEGER NOT NULL DEFAULT 1 CHECK (visible IN (0, 1)),
      updated_at TEXT NOT NULL
    );
  `);
}
