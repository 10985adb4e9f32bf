import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { APPLICATION_ID, openFairDb } from '../../../electron/db/open';
import { LATEST_VERSION } from '../../../electron/db/migrations';
import { updateToVersion } from '../../helpers/migrations';
import { readPlan } from '../../../electron/services/plan';
import {
  readAreaBackground,
  removeAreaBackground,
  setAreaBackground,
  updateAreaBackground,
} from '../../../electron/services/planBackground';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'fairfloor-m2-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const placement = { xM: 0, yM: 0, metresPerPixel: 0.05, opacity: 0.5, visible: true, rotationDeg: 0, locked: false };

/** A fair file as FairFloor wrote it at schema version 1, with an area and a booth in it. */
function versionOneFile(path: string): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  updateToVersion(db, 1);
  db.prepare(
    "INSERT INTO fair (id, name, first_day, last_day, created_at, updated_at) VALUES ('f', 'Hội chợ cũ', '2025-07-05', '2025-07-07', 'x', 'x')",
  ).run();
  db.prepare("INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Vỉa hè', 100, 8)").run();
  db.prepare("INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES ('b', 'a', 'A01', 2, 1, 3, 3)").run();
  db.close();
}

it('0002 brings a version 1 file to exactly version 2: area backgrounds, the plan kept', () => {
  const path = join(dir, 'old.fairfloor');
  versionOneFile(path);
  const v2 = new Database(path);
  updateToVersion(v2, 2);
  expect(v2.pragma('user_version', { simple: true })).toBe(2);
  expect(v2.prepare('SELECT number, x_m, y_m FROM booth').all()).toEqual([{ number: 'A01', x_m: 2, y_m: 1 }]);
  const insert = v2.prepare(
    "INSERT INTO area_background (area_id, mime, data, pixel_width, pixel_height, metres_per_pixel, updated_at) VALUES ('a', ?, x'00', 1, 1, ?, 'x')",
  );
  expect(() => insert.run('image/gif', 0.05)).toThrow(/CHECK/);
  expect(() => insert.run('image/png', 0)).toThrow(/CHECK/);
  insert.run('image/png', 0.05);
  expect(v2.prepare('SELECT opacity, visible, x_m FROM area_background').get()).toEqual({ opacity: 0.5, visible: 1, x_m: 0 });
  v2.prepare('DELETE FROM area_background').run();
  v2.close();

  const db = openFairDb(path);
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(readPlan(db).booths.map((b) => b.number)).toEqual(['A01']);
    expect(readAreaBackground(db, 'a')).toBeNull();

    const set = setAreaBackground(db, 'tester', {
      areaId: 'a',
      mime: 'image/png',
      base64: PNG_1x1,
      pixelWidth: 1,
      pixelHeight: 1,
      placement,
    });
    expect(set).toMatchObject({ areaId: 'a', mime: 'image/png', pixelWidth: 1, metresPerPixel: 0.05, visible: true, base64: PNG_1x1 });
    updateAreaBackground(db, 'tester', 'a', { ...placement, opacity: 0.2, visible: false });
    expect(readAreaBackground(db, 'a')).toMatchObject({ opacity: 0.2, visible: false });

    // A background goes with its area.
    db.prepare("DELETE FROM area WHERE id = 'a'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM area_background').get()).toEqual({ n: 0 });
  } finally {
    db.close();
  }
});

it('refuses bytes that are not the image they claim to be, and leaves nothing behind', () => {
  const path = join(dir, 'old.fairfloor');
  versionOneFile(path);
  const db = openFairDb(path);
  try {
    const notPng = Buffer.from('Sơ đồ viết tay, không phải ảnh').toString('base64');
    expect(() =>
      setAreaBackground(db, 'tester', { areaId: 'a', mime: 'image/png', base64: notPng, pixelWidth: 10, pixelHeight: 10, placement }),
    ).toThrow(new ApiError('FILE_INVALID', 'This file is not a readable PNG image', { reason: 'notImage' }));
    expect(readAreaBackground(db, 'a')).toBeNull();
    expect(removeAreaBackground(db, 'tester', 'a')).toEqual({ removed: false });
  } finally {
    db.close();
  }
});
