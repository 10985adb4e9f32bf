import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, migrate, openFairDb } from '../../electron/db/open';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/db/migrations';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fairfloor-migrate-'));
  dirs.push(dir);
  return join(dir, 'fair.fairfloor');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fair file brought to `version` by running the migrations up to it, as an older FairFloor would have. */
function fileAtVersion(version: number): string {
  const path = tempFile();
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  for (const m of MIGRATIONS.filter((m) => m.version <= version)) {
    m.up(db);
    db.pragma(`user_version = ${m.version}`);
  }
  db.close();
  return path;
}

describe('migrations', () => {
  it('are numbered 1, 2, 3… without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('0001 turns an empty fair file into the initial schema that enforces its rules', () => {
    const path = fileAtVersion(0);
    const db = openFairDb(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.exec(`
      INSERT INTO fair (id, name, first_day, last_day, created_at, updated_at) VALUES ('f', 'Chợ Tết', '2026-02-01', '2026-02-05', 'now', 'now');
      INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Sân chính', 40, 30);
      INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES ('b1', 'a', 'A01', 0, 0, 3, 3);
      INSERT INTO exhibitor (id, legal_name, created_at, updated_at) VALUES ('e1', 'HTX Rau sạch', 'now', 'now'), ('e2', 'Công ty Gốm', 'now', 'now');
      INSERT INTO allocation (id, booth_id, exhibitor_id, status, created_at, updated_at) VALUES ('al1', 'b1', 'e1', 'held', 'now', 'now');
    `);
    // One active allocation per booth: the database itself refuses a double booking.
    expect(() =>
      db
        .prepare(
          "INSERT INTO allocation (id, booth_id, exhibitor_id, status, created_at, updated_at) VALUES ('al2', 'b1', 'e2', 'reserved', 'now', 'now')",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    db.prepare("UPDATE allocation SET status = 'cancelled' WHERE id = 'al1'").run();
    db.prepare(
      "INSERT INTO allocation (id, booth_id, exhibitor_id, status, created_at, updated_at) VALUES ('al2', 'b1', 'e2', 'reserved', 'now', 'now')",
    ).run();

    expect(() =>
      db
        .prepare(
          "INSERT INTO sale (id, booth_id, day, amount_dong, method, recorded_at) VALUES ('s0', 'b1', '2026-02-01', -5, 'cash', 'now')",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO sale (id, booth_id, day, amount_dong, method, recorded_at) VALUES ('s0', 'b1', '2026-02-01', 5, 'cheque', 'now')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare(
      "INSERT INTO sale (id, booth_id, day, amount_dong, method, recorded_at) VALUES ('s1', 'b1', '2026-02-01', 150000, 'cash', 'now')",
    ).run();
    expect(() => db.prepare("DELETE FROM sale WHERE id = 's1'").run()).toThrow(/never deleted/);
    expect(() => db.prepare("UPDATE sale SET amount_dong = 1 WHERE id = 's1'").run()).toThrow(/never rewritten/);
    expect(() => db.prepare("UPDATE sale SET voided_at = 'now' WHERE id = 's1'").run()).toThrow(/CHECK/); // a void needs its reason
    db.prepare("UPDATE sale SET voided_at = 'now', voided_by = 'Lan', void_reason = 'Nhập trùng' WHERE id = 's1'").run();
    expect(() => db.prepare("DELETE FROM booth WHERE id = 'b1'").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('every later migration keeps the rows of a file from the version before it', () => {
    for (const m of MIGRATIONS.filter((m) => m.version > 1)) {
      const path = fileAtVersion(m.version - 1);
      const db = new Database(path);
      db.exec(`INSERT INTO fair (id, name, first_day, last_day, created_at, updated_at) VALUES ('f', 'Chợ Tết', '2026-02-01', '2026-02-05', 'now', 'now');
               INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Sân chính', 40, 30);
               INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES ('b1', 'a', 'A01', 0, 0, 3, 3);`);
      migrate(db);
      expect(db.pragma('user_version', { simple: true }), m.name).toBe(LATEST_VERSION);
      expect(db.prepare('SELECT number FROM booth').all()).toEqual([{ number: 'A01' }]);
      db.close();
    }
  });

  it('a failing migration leaves the file at its old version', () => {
    const path = fileAtVersion(LATEST_VERSION);
    const db = new Database(path);
    const broken = {
      version: LATEST_VERSION + 1,
      name: 'broken',
      up: (d: Database.Database) => d.exec('CREATE TABLE half (x); SELECT no_such_function();'),
    };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow(/no_such_function/);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    db.close();
  });
});
