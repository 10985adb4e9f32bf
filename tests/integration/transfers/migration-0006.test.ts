import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, migrate } from '../../../electron/db/open';
import { MIGRATIONS } from '../../../electron/db/migrations';

describe('migration 0006: bank transfers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fairfloor-m6-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates a version-4 file holding a paid booking to exactly 6: data kept, account and transfer tables guarded', () => {
    const db = new Database(join(dir, 'old.fairfloor'));
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 4),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    db.exec(`
      INSERT INTO fair VALUES ('f', 'Hội chợ cũ', '', '', '2024-01-01', '2024-01-02', '', 't', 't', NULL);
      INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Sân', 50, 50);
      INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES ('b1', 'a', 'A01', 0, 0, 3, 3);
      INSERT INTO exhibitor (id, legal_name, created_at, updated_at) VALUES ('e1', 'HTX Một', 't', 't');
      INSERT INTO allocation (id, booth_id, exhibitor_id, status, fee_dong, created_at, updated_at) VALUES ('al', 'b1', 'e1', 'confirmed', 3000000, 't', 't');
      INSERT INTO payment (id, allocation_id, amount_dong, paid_on, method, recorded_at) VALUES ('p1', 'al', 1000000, '2024-01-01', 'cash', 't');
    `);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 6),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare('SELECT amount_dong AS a FROM payment').all()).toEqual([{ a: 1_000_000 }]);

    db.prepare(
      "INSERT INTO fair_bank (id, bin, account_number, account_name, updated_at) VALUES (1, '970436', '0011001234567', 'BTC HOI CHO', 't')",
    ).run();
    expect(() =>
      db.prepare("INSERT INTO fair_bank (id, bin, account_number, account_name, updated_at) VALUES (2, '970436', '1', 'X', 't')").run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE fair_bank SET bin = '97043A'").run()).toThrow(/CHECK/);
    const insert = db.prepare(
      "INSERT INTO bank_transfer (line_key, paid_on, amount_dong, description, exhibitor_id, payment_ids, recorded_at) VALUES (?, '2024-01-01', ?, 'FF', 'e1', '[\"p1\"]', 't')",
    );
    insert.run('ref:1', 1_000_000);
    expect(() => insert.run('ref:1', 5)).toThrow(/UNIQUE/);
    expect(() => insert.run('ref:2', 0)).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE bank_transfer SET amount_dong = 1 WHERE line_key = 'ref:1'").run()).toThrow(/never rewritten/);
    expect(() => db.prepare('DELETE FROM bank_transfer').run()).toThrow(/never deleted/);
    db.close();
  });
});
