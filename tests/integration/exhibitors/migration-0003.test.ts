import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { APPLICATION_ID, openFairDb } from '../../../electron/db/open';
import * as m0001 from '../../../electron/db/migrations/0001-initial';
import { LATEST_VERSION } from '../../../electron/db/migrations';

const dir = mkdtempSync(join(tmpdir(), 'fairfloor-m3-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('0003 migrates a version-1 file with exhibitors and bookings, keeping every row', () => {
  const path = join(dir, 'old.fairfloor');
  const old = new Database(path);
  old.pragma(`application_id = ${APPLICATION_ID}`);
  m0001.up(old);
  old.pragma('user_version = 1');
  old.exec(`
    INSERT INTO area VALUES ('a', 'Sân', 10, 10, 0);
    INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES ('b1', 'a', 'A1', 0, 0, 3, 3);
    INSERT INTO zone VALUES ('z', 'OCOP', '#000');
    INSERT INTO exhibitor (id, legal_name, tax_code, created_at, updated_at) VALUES ('e1', 'Công ty Cũ', '0201234567', 'x', 'x');
    INSERT INTO allocation (id, booth_id, exhibitor_id, status, fee_dong, created_at, updated_at) VALUES ('al', 'b1', 'e1', 'paid', 100, 'x', 'x');
  `);
  old.close();

  const db = openFairDb(path);
  expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
  expect(db.prepare('SELECT legal_name, deleted_at FROM exhibitor').get()).toEqual({ legal_name: 'Công ty Cũ', deleted_at: null });
  expect(db.prepare('SELECT status FROM allocation').get()).toEqual({ status: 'paid' });
  // The tax code stays unique among live exhibitors, and an archived one frees it.
  const insert = db.prepare(
    "INSERT INTO exhibitor (id, legal_name, tax_code, created_at, updated_at) VALUES (?, 'Mới', '0201234567', 'x', 'x')",
  );
  expect(() => insert.run('e2')).toThrow(/UNIQUE/);
  db.prepare("UPDATE exhibitor SET deleted_at = 'x' WHERE id = 'e1'").run();
  insert.run('e2');
  db.prepare("INSERT INTO waitlist_entry (id, zone_id, exhibitor_id, created_at) VALUES ('w', 'z', 'e2', 'x')").run();
  db.close();
});
