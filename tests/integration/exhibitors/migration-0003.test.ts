import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { APPLICATION_ID, openFairDb } from '../../../electron/db/open';
import { LATEST_VERSION } from '../../../electron/db/migrations';
import { indexesUsed, updateToVersion } from '../../helpers/migrations';

const dir = mkdtempSync(join(tmpdir(), 'fairfloor-m3-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('0003 migrates a version-2 file with exhibitors and bookings to exactly version 3, keeping every row', () => {
  const path = join(dir, 'old.fairfloor');
  const old = new Database(path);
  old.pragma(`application_id = ${APPLICATION_ID}`);
  updateToVersion(old, 2);
  old.exec(`
    INSERT INTO area VALUES ('a', 'Sân', 10, 10, 0);
    INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES ('b1', 'a', 'A1', 0, 0, 3, 3);
    INSERT INTO zone VALUES ('z', 'OCOP', '#000');
    INSERT INTO exhibitor (id, legal_name, tax_code, created_at, updated_at) VALUES ('e1', 'Công ty Cũ', '0201234567', 'x', 'x');
    INSERT INTO allocation (id, booth_id, exhibitor_id, status, fee_dong, created_at, updated_at) VALUES ('al', 'b1', 'e1', 'paid', 100, 'x', 'x');
  `);
  updateToVersion(old, 3);
  const db = old;
  expect(db.pragma('user_version', { simple: true })).toBe(3);
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

  // The lists this version serves read through its indexes, not by scanning.
  expect(indexesUsed(db, "SELECT id FROM allocation WHERE status = 'paid'")).toContain('allocation_status');
  expect(indexesUsed(db, "SELECT exhibitor_id FROM waitlist_entry WHERE zone_id = 'z' ORDER BY created_at")).toContain('waitlist_zone');
  expect(
    indexesUsed(db, "SELECT id FROM exhibitor WHERE tax_code = '0201234567' AND tax_code IS NOT NULL AND deleted_at IS NULL"),
  ).toContain('exhibitor_tax_code_unique');
  db.close();

  // The rest of the migrations keep what version 3 holds.
  const latest = openFairDb(path);
  expect(latest.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
  expect(latest.prepare('SELECT id, deleted_at IS NOT NULL AS archived FROM exhibitor ORDER BY id').all()).toEqual([
    { id: 'e1', archived: 1 },
    { id: 'e2', archived: 0 },
  ]);
  latest.close();
});
