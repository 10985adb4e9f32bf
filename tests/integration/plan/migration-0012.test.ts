import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { migrate } from '../../../electron/db/open';
import { fileBefore, updateToVersion } from '../../helpers/migrations';
import { readPlan } from '../../../electron/services/plan';
import { applyPlanChanges } from '../../../electron/services/planChanges';
import { PlanChanges } from '../../../shared/model/plan';
import { L_HALL as l } from '../../fixtures/outlines';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'fairfloor-m12-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('0012 carries a version 11 file’s rectangles over as four-corner outlines, set side by side on the site', () => {
  const path = join(dir, 'old.fairfloor');
  fileBefore(
    path,
    12,
    `
    INSERT INTO fair (id, name, first_day, last_day, created_at, updated_at) VALUES ('f', 'Hội chợ OCOP Quảng Ninh', '2026-12-01', '2026-12-05', 'x', 'x');
    INSERT INTO area (id, name, width_m, depth_m, sort_order) VALUES ('hall', 'Nhà thi đấu', 60, 40, 0);
    INSERT INTO area (id, name, width_m, depth_m, sort_order) VALUES ('yard', 'Quảng trường', 80, 30, 1);
    INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES ('b', 'hall', 'B17', 2, 1, 3, 3);
  `,
  );

  const db = new Database(path);
  try {
    updateToVersion(db, 12);
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    // At exactly 12: each rectangle stored as its four corners, the areas placed side by side.
    const rows = db.prepare('SELECT id, outline_json AS outline, site_x_m AS x, site_y_m AS y FROM area ORDER BY sort_order').all() as {
      id: string;
      outline: string;
      x: number;
      y: number;
    }[];
    expect(rows.map((r) => [r.id, JSON.parse(r.outline).length, r.x, r.y])).toEqual([
      ['hall', 4, 0, 0],
      ['yard', 4, 70, 0],
    ]);

    // Later versions keep them; the services read the file as the app leaves it.
    migrate(db, MIGRATIONS);
    const plan = readPlan(db as never);
    expect(plan.booths.map((b) => b.number)).toEqual(['B17']);
    const [hall, yard] = plan.areas;
    expect(hall).toMatchObject({ id: 'hall', widthM: 60, depthM: 40, siteXM: 0, siteYM: 0 });
    expect(hall!.outline).toEqual([
      { x: 0, y: 0 },
      { x: 60, y: 0 },
      { x: 60, y: 40 },
      { x: 0, y: 40 },
    ]);
    expect(yard).toMatchObject({ id: 'yard', siteXM: 70, siteYM: 0 });
    expect(yard!.outline).toHaveLength(4);

    // The carried-over outline takes part in compare-and-set like any field: the hall becomes an L.
    applyPlanChanges(db as never, 'tester', PlanChanges.parse({ updated: { areas: [{ from: hall, to: { ...hall, outline: l } }] } }));
    expect(readPlan(db as never).areas[0]!.outline).toEqual(l);
    // A raw row without an outline still reads as its rectangle's frame (empty = the rectangle).
    db.exec("INSERT INTO area (id, name, width_m, depth_m, sort_order) VALUES ('raw', 'Sân', 10, 10, 2)");
    expect(readPlan(db as never).areas[2]!.outline).toEqual([]);
    expect(() => db.exec("UPDATE area SET outline_json = 'not json' WHERE id = 'raw'")).toThrow(/CHECK/);
  } finally {
    db.close();
  }
});
