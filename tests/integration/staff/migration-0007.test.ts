import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, migrate } from '../../../electron/db/open';
import { MIGRATIONS } from '../../../electron/db/migrations';

describe('migration 0007: staff devices and phone entry ids', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fairfloor-m8-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates a file holding sales to exactly version 7: old entries kept, one entry id stored once', () => {
    const db = new Database(join(dir, 'old.fairfloor'));
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 7),
    );
    const before = db.pragma('user_version', { simple: true }) as number;
    expect(before).toBeLessThan(7);
    db.exec(`
      INSERT INTO fair VALUES ('f', 'Hội chợ cũ', '', '', '2025-07-05', '2025-07-07', '', 't', 't', NULL);
      INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Sân', 50, 50);
      INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES ('b1', 'a', 'A01', 0, 0, 3, 3);
      INSERT INTO exhibitor (id, legal_name, created_at, updated_at) VALUES ('e1', 'HTX Một', 't', 't');
      INSERT INTO sale (id, booth_id, exhibitor_id, day, amount_dong, method, recorded_by, recorded_at) VALUES
        ('s1', 'b1', 'e1', '2025-07-05', 100000, 'cash', 'Ban Tổ chức', 't');
    `);

    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 7),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT id, recorded_by AS by, client_entry_id AS clientId, device_id AS deviceId FROM sale').all()).toEqual([
      { id: 's1', by: 'Ban Tổ chức', clientId: null, deviceId: null },
    ]);
    db.exec(`
      INSERT INTO staff_device (id, number, person_name, token_hash, joined_at) VALUES ('d1', 1, 'Lan', '${'a'.repeat(64)}', 't');
      INSERT INTO sale (id, booth_id, exhibitor_id, day, amount_dong, method, recorded_at, client_entry_id, device_id)
        VALUES ('s2', 'b1', 'e1', '2025-07-05', 50000, 'cash', 't', 'phone-entry-000001', 'd1');
    `);
    const twice = () =>
      db.exec(`INSERT INTO sale (id, booth_id, exhibitor_id, day, amount_dong, method, recorded_at, client_entry_id, device_id)
        VALUES ('s3', 'b1', 'e1', '2025-07-05', 50000, 'cash', 't', 'phone-entry-000001', 'd1')`);
    expect(twice).toThrow(/UNIQUE/);
    // Entries typed at the organizer's computer carry no id: any number of them coexist.
    db.exec(
      `INSERT INTO sale (id, booth_id, exhibitor_id, day, amount_dong, method, recorded_at) VALUES ('s4', 'b1', 'e1', '2025-07-05', 1, 'cash', 't')`,
    );
    expect(() =>
      db.exec(`INSERT INTO staff_device (id, number, person_name, token_hash, joined_at) VALUES ('d2', 2, 'X', 'short', 't')`),
    ).toThrow(/CHECK/);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM sale WHERE client_entry_id = 'phone-entry-000001'").all() as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('sale_client_entry');
    db.close();
  });
});
