import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { migrate } from '../../../electron/db/open';
import { fileBefore, updateToVersion } from '../../helpers/migrations';
import {
  placeAreaDrawing,
  readAreaDrawing,
  readAreaDrawings,
  removeAreaDrawing,
  setAreaDrawing,
} from '../../../electron/services/venue/drawing';
import { DEFAULT_DRAWING_PLACEMENT } from '../../../shared/model/venue';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'fairfloor-m9-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const content = {
  source: 'Hội trường tầng 1.dxf',
  layers: ['Tường', 'Cột'],
  paths: [
    { layer: 0, closed: false, points: [0, 0, 12.5, 0] },
    { layer: 1, closed: true, points: [1, 1, 1.4, 1, 1.4, 1.4, 1, 1.4] },
  ],
};

it('0009 adds venue drawings to a version 8 file holding a plan, keeping the plan', () => {
  const path = join(dir, 'old.fairfloor');
  fileBefore(
    path,
    9,
    `
    INSERT INTO fair (id, name, first_day, last_day, created_at, updated_at) VALUES ('f', 'Hội chợ OCOP Quảng Ninh', '2026-12-01', '2026-12-05', 'x', 'x');
    INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Nhà thi đấu', 60, 40);
    INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES ('b', 'a', 'B17', 2, 1, 3, 3);
  `,
  );

  const db = new Database(path);
  try {
    updateToVersion(db, 9);
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(db.prepare('SELECT COUNT(*) AS n FROM area_drawing').get()).toEqual({ n: 0 });
    // The services speak the newest schema: the rest of the way, then use them.
    migrate(db, MIGRATIONS);
    expect(db.prepare('SELECT number FROM booth').all()).toEqual([{ number: 'B17' }]);
    expect(readAreaDrawing(db as never, 'a')).toBeNull();

    const set = setAreaDrawing(db as never, 'tester', 'a', content, DEFAULT_DRAWING_PLACEMENT);
    expect(set).toEqual({ areaId: 'a', ...content, placement: DEFAULT_DRAWING_PLACEMENT });
    const moved = { ...DEFAULT_DRAWING_PLACEMENT, xM: -4.8, rotationDeg: 90, scale: 1.02 };
    placeAreaDrawing(db as never, 'tester', 'a', DEFAULT_DRAWING_PLACEMENT, moved);
    expect(readAreaDrawings(db as never)).toEqual([{ areaId: 'a', ...content, placement: moved }]);

    // A placement made from what the file no longer holds is refused, not applied.
    expect(() => placeAreaDrawing(db as never, 'tester', 'a', DEFAULT_DRAWING_PLACEMENT, DEFAULT_DRAWING_PLACEMENT)).toThrow(ApiError);
    expect(readAreaDrawing(db as never, 'a')?.placement).toEqual(moved);

    // A drawing goes with its area.
    db.prepare("DELETE FROM booth WHERE area_id = 'a'").run();
    db.prepare("DELETE FROM area WHERE id = 'a'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM area_drawing').get()).toEqual({ n: 0 });
    expect(removeAreaDrawing(db as never, 'tester', 'a')).toEqual({ removed: false });
  } finally {
    db.close();
  }
});

it('refuses a drawing for an area that is not in the plan, leaving nothing behind', () => {
  const path = join(dir, 'new.fairfloor');
  const db = new Database(path);
  try {
    migrate(db, MIGRATIONS);
    expect(() => setAreaDrawing(db as never, 'tester', 'nowhere', content, DEFAULT_DRAWING_PLACEMENT)).toThrow(ApiError);
    expect(db.prepare('SELECT COUNT(*) AS n FROM area_drawing').get()).toEqual({ n: 0 });
  } finally {
    db.close();
  }
});
