import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { APPLICATION_ID, migrate } from '../../../electron/db/open';

const dir = mkdtempSync(join(tmpdir(), 'fairfloor-m9-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('0008 migrates a file holding exhibitors: stars become products, forms come from names, old provinces get 2025 names', () => {
  const path = join(dir, 'old.fairfloor');
  const old = new Database(path);
  old.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(
    old,
    MIGRATIONS.filter((m) => m.version < 8),
  );
  old.exec(`
    INSERT INTO exhibitor (id, legal_name, short_name, province, category, ocop_stars, created_at, updated_at) VALUES
      ('e1', 'Hợp tác xã Nước mắm Cát Hải', 'Nước mắm Cát Hải', 'Hải Phòng', 'Thực phẩm', 5, 'x', 'x'),
      ('e2', 'Công ty Cổ phần Gốm Chu Đậu', '', 'Hải Dương', 'Thủ công', 4, 'x', 'x'),
      ('e3', 'Hộ kinh doanh Bánh gai Ninh Giang', '', 'tỉnh Hải Dương', '', NULL, 'x', 'x'),
      ('e4', 'Chè Tân Cương', '', 'Thái Nguyên', '', NULL, 'x', 'x');
  `);
  old.close();

  const db = new Database(path);
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 8),
  );
  expect(db.pragma('user_version', { simple: true })).toBe(8);
  const rows = db.prepare('SELECT id, unit_type AS type, province, ocop_stars AS stars FROM exhibitor ORDER BY id').all();
  expect(rows).toEqual([
    { id: 'e1', type: 'cooperative', province: 'Hải Phòng', stars: null },
    { id: 'e2', type: 'company', province: 'Hải Phòng', stars: null },
    { id: 'e3', type: 'household', province: 'Hải Phòng', stars: null },
    { id: 'e4', type: null, province: 'Thái Nguyên', stars: null },
  ]);
  expect(db.prepare('SELECT exhibitor_id AS e, name, stars FROM ocop_product ORDER BY exhibitor_id').all()).toEqual([
    { e: 'e1', name: 'Nước mắm Cát Hải', stars: 5 },
    { e: 'e2', name: 'Thủ công', stars: 4 },
  ]);
  // The schema refuses what the rules refuse.
  expect(() => db.prepare("INSERT INTO ocop_product (id, exhibitor_id, name, stars) VALUES ('p', 'e1', 'X', 6)").run()).toThrow(/CHECK/);
  expect(() =>
    db
      .prepare(
        "INSERT INTO trade_agreement (id, kind, parties, value_dong, created_at, updated_at) VALUES ('a', 'mou', 'A – B', -1, 'x', 'x')",
      )
      .run(),
  ).toThrow(/CHECK/);
  expect(() => db.prepare("INSERT INTO report_settings (id, updated_at) VALUES (2, 'x')").run()).toThrow(/CHECK/);
  db.close();
});
