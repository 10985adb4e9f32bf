import type { Database } from 'better-sqlite3';

/**
 * Areas of any shape on one site plan: each area's outline as a polygon (JSON points in metres of
 * the area's frame; existing rectangles carried over as their four corners) and where the area's
 * origin lies on the site. Existing areas are set side by side, 10 m apart, in their tab order, so
 * the first look at the whole site shows every area and none on top of another.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE area ADD COLUMN outline_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(outline_json));
    ALTER TABLE area ADD COLUMN site_x_m REAL NOT NULL DEFAULT 0;
    ALTER TABLE area ADD COLUMN site_y_m REAL NOT NULL DEFAULT 0;
  `);
  const areas = db.prepare('SELECT id, width_m AS w, depth_m AS d FROM area ORDER BY sort_order, name').all() as {
    id: string;
    w: number;
    d: number;
  }[];
  const place = db.prepare('UPDATE area SET outline_json = ?, site_x_m = ?, site_y_m = 0 WHERE id = ?');
  let x = 0;
  for (const a of areas) {
    const corners = [
      { x: 0, y: 0 },
      { x: a.w, y: 0 },
      { x: a.w, y: a.d },
      { x: 0, y: a.d },
    ];
    place.run(JSON.stringify(corners), x, a.id);
    x += a.w + 10;
  }
}
