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
import { readAreaBackground, setAreaBackground, updateAreaBackground } from '../../../electron/services/planBackground';
import { importAreaDrawing, readAreaDrawing } from '../../../electron/services/venue/drawing';
import { readNumberSkip, setNumberSkip } from '../../../electron/services/venue/numberSkip';
import { PlanChanges } from '../../../shared/model/plan';
import { DEFAULT_DRAWING_PLACEMENT } from '../../../shared/model/venue';
import { defaults } from '../../../shared/plan/records';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'fairfloor-m13-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function fileBefore13(): string {
  return fileBefore(
    join(dir, 'old.fairfloor'),
    13,
    `
    INSERT INTO fair (id, name, first_day, last_day, created_at, updated_at) VALUES ('f', 'Hội chợ OCOP Quảng Ninh', '2026-12-01', '2026-12-05', 'x', 'x');
    INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Nhà thi đấu', 60, 40);
    INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES ('b', 'a', 'B17', 2, 1, 3, 3);
    INSERT INTO area_background (area_id, mime, data, pixel_width, pixel_height, metres_per_pixel, updated_at) VALUES ('a', 'image/png', x'89504e470d0a1a0a', 1, 1, 0.05, 'x');
  `,
  );
}

it('0013 adds dimension lines, the skip list and a background’s turn and lock to a file holding a plan, keeping it', () => {
  const db = new Database(fileBefore13());
  try {
    updateToVersion(db, 13);
    expect(db.pragma('user_version', { simple: true })).toBe(13);
    expect(readPlan(db as never)).toMatchObject({ booths: [{ number: 'B17' }], dimensions: [] });
    // The background kept its place, unturned and unlocked.
    expect(readAreaBackground(db as never, 'a')).toMatchObject({ metresPerPixel: 0.05, rotationDeg: 0, locked: false });
    expect(readNumberSkip(db as never)).toEqual([]);

    // A dimension line is a plan record: added, moved and removed as compare-and-set diffs.
    const dim = defaults.dimension('d1', 'a', { x: 0, y: 0 }, { x: 12.5, y: 0 }, 1);
    applyPlanChanges(db as never, 't', PlanChanges.parse({ added: { dimensions: [dim] } }));
    expect(readPlan(db as never).dimensions).toEqual([dim]);
    const moved = { ...dim, offsetM: -2 };
    applyPlanChanges(db as never, 't', PlanChanges.parse({ updated: { dimensions: [{ from: dim, to: moved }] } }));
    expect(() => applyPlanChanges(db as never, 't', PlanChanges.parse({ updated: { dimensions: [{ from: dim, to: moved }] } }))).toThrow(
      /changed meanwhile/,
    );
    // Two equal points are no dimension.
    expect(() => PlanChanges.parse({ added: { dimensions: [{ ...dim, id: 'd2', x2M: 0 }] } })).toThrow();
    expect(() => db.prepare("INSERT INTO dimension (id, area_id, x1_m, y1_m, x2_m, y2_m) VALUES ('d3', 'a', 1, 1, 1, 1)").run()).toThrow(
      /CHECK/,
    );

    // The skip list lives in the file, compare-and-set.
    expect(setNumberSkip(db as never, 't', [], [13, 4, 13])).toEqual([4, 13]);
    expect(() => setNumberSkip(db as never, 't', [], [7])).toThrow(/meanwhile/);
    expect(readNumberSkip(db as never)).toEqual([4, 13]);

    // A background turned and locked; an edit made from a stale placement is refused.
    const bg = readAreaBackground(db as never, 'a')!;
    const from = {
      xM: bg.xM,
      yM: bg.yM,
      metresPerPixel: bg.metresPerPixel,
      opacity: bg.opacity,
      visible: bg.visible,
      rotationDeg: 0,
      locked: false,
    };
    updateAreaBackground(db as never, 't', 'a', { ...from, rotationDeg: 12.5, locked: true }, from);
    expect(readAreaBackground(db as never, 'a')).toMatchObject({ rotationDeg: 12.5, locked: true });
    expect(() => updateAreaBackground(db as never, 't', 'a', from, from)).toThrow(/meanwhile/);

    // An area goes with its dimension lines.
    db.prepare("DELETE FROM booth WHERE area_id = 'a'").run();
    db.prepare("DELETE FROM area WHERE id = 'a'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM dimension').get()).toEqual({ n: 0 });
  } finally {
    db.close();
  }
});

it('imports a DXF drawing and its booths in one transaction: a booth refused in the middle leaves nothing of it', () => {
  const path = join(dir, 'new.fairfloor');
  const db = new Database(path);
  try {
    migrate(db, MIGRATIONS);
    db.exec(`
      INSERT INTO fair (id, name, first_day, last_day, created_at, updated_at) VALUES ('f', 'Hội chợ', '2026-12-01', '2026-12-05', 'x', 'x');
      INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Nhà thi đấu', 60, 40);
      INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES ('taken', 'a', 'A2', 50, 30, 3, 3);
    `);
    const content = { source: 'Hội trường.dxf', layers: ['Tường'], paths: [{ layer: 0, closed: false, points: [0, 0, 80, 0] }] };
    const area = { id: 'a', name: 'Nhà thi đấu', widthM: 60, depthM: 40, sortOrder: 0 };
    const changes = (numbers: string[]) =>
      PlanChanges.parse({
        added: { booths: numbers.map((n, i) => defaults.booth(`b${i}`, 'a', n, { xM: 2 + 4 * i, yM: 2 })) },
        updated: { areas: [{ from: area, to: { ...area, widthM: 80 } }] },
        action: 'import',
      });
    // A2 is taken: the second booth is refused after the first was written and the area grown.
    expect(() =>
      importAreaDrawing(db as never, 't', 'a', { content, placement: DEFAULT_DRAWING_PLACEMENT }, changes(['A1', 'A2'])),
    ).toThrow(/A2/);
    expect(readAreaDrawing(db as never, 'a')).toBeNull();
    expect(readPlan(db as never).booths.map((b) => b.number)).toEqual(['A2']);
    expect(readPlan(db as never).areas[0]!.widthM).toBe(60);

    importAreaDrawing(db as never, 't', 'a', { content, placement: DEFAULT_DRAWING_PLACEMENT }, changes(['A1', 'A3']));
    expect(readAreaDrawing(db as never, 'a')?.source).toBe('Hội trường.dxf');
    expect(readPlan(db as never).booths.map((b) => b.number)).toEqual(['A1', 'A2', 'A3']);
  } finally {
    db.close();
  }
});

it('stores a background with its turn', () => {
  const db = new Database(join(dir, 'bg.fairfloor'));
  try {
    migrate(db, MIGRATIONS);
    db.exec("INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Sân', 30, 20)");
    const placement = { xM: 1, yM: 2, metresPerPixel: 0.1, opacity: 0.5, visible: true, rotationDeg: -30, locked: false };
    setAreaBackground(db as never, 't', { areaId: 'a', mime: 'image/png', base64: PNG_1x1, pixelWidth: 1, pixelHeight: 1, placement });
    expect(readAreaBackground(db as never, 'a')).toMatchObject(placement);
  } finally {
    db.close();
  }
});
