import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, migrate, openFairDb } from '../../electron/db/open';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/db/migrations';
import { indexesUsed, updateToVersion } from '../helpers/migrations';

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
  if (version > 0) updateToVersion(db, version);
  db.close();
  return path;
}

const SAMPLE_ROWS = `
  INSERT INTO fair (id, name, first_day, last_day, created_at, updated_at) VALUES ('f', 'Chợ Tết', '2026-02-01', '2026-02-05', 'now', 'now');
  INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Sân chính', 40, 30);
  INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES ('b1', 'a', 'A01', 0, 0, 3, 3), ('b2', 'a', 'A02', 3, 0, 3, 3);
  INSERT INTO exhibitor (id, legal_name, created_at, updated_at) VALUES ('e1', 'HTX Rau sạch', 'now', 'now');
  INSERT INTO allocation (id, booth_id, exhibitor_id, status, created_at, updated_at) VALUES ('al1', 'b1', 'e1', 'held', 'now', 'now');
  INSERT INTO sale (id, booth_id, day, amount_dong, method, recorded_at) VALUES ('s1', 'b1', '2026-02-01', 150000, 'cash', '2026-02-01T09:00:00Z');
`;

/**
 * What each migration adds that the app's queries rely on: the query, and the index SQLite must
 * pick for it once the file is at exactly that version (and not before).
 */
const INDEXED_QUERIES: Record<number, { sql: string; index: string; replaces?: true }[]> = {
  1: [
    { sql: "SELECT * FROM booth WHERE area_id = 'a'", index: 'booth_area' },
    { sql: "SELECT * FROM allocation WHERE exhibitor_id = 'e1'", index: 'allocation_exhibitor' },
    { sql: "SELECT * FROM payment WHERE allocation_id = 'al1'", index: 'payment_allocation' },
    { sql: "SELECT * FROM audit_log WHERE entity = 'booth' AND entity_id = 'b1'", index: 'audit_entity' },
    { sql: "SELECT id FROM booth WHERE number = 'A01'", index: 'booth_number_unique' },
  ],
  3: [
    { sql: "SELECT * FROM allocation WHERE status = 'held'", index: 'allocation_status' },
    { sql: "SELECT * FROM waitlist_entry WHERE zone_id = 'z' ORDER BY created_at", index: 'waitlist_zone' },
    {
      sql: "SELECT id FROM exhibitor WHERE tax_code = '0101234567' AND deleted_at IS NULL",
      index: 'exhibitor_tax_code_unique',
      replaces: true,
    },
  ],
  4: [
    { sql: "SELECT * FROM sale WHERE day = '2026-02-01' ORDER BY recorded_at", index: 'sale_day_recorded' },
    { sql: "SELECT sum(amount_dong) FROM sale WHERE booth_id = 'b1' AND day = '2026-02-01'", index: 'sale_booth_day' },
    { sql: "SELECT id FROM sale WHERE corrects_sale_id = 's1'", index: 'sale_corrects' },
  ],
};

describe('migrations', () => {
  it('are numbered 1, 2, 3… without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  /** The version a file had just before `m`: the migration before it in the list. */
  const previousVersion = (m: (typeof MIGRATIONS)[number]) => MIGRATIONS[MIGRATIONS.indexOf(m) - 1]?.version ?? 0;

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

  for (const m of MIGRATIONS.filter((m) => m.version > 1)) {
    it(`${String(m.version).padStart(4, '0')} (${m.name}) migrates a file from version ${previousVersion(m)} to exactly ${m.version}, keeping its rows`, () => {
      const path = fileAtVersion(previousVersion(m));
      const db = new Database(path);
      db.exec(SAMPLE_ROWS);
      const before = INDEXED_QUERIES[m.version] ?? [];
      const existing = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name);
      for (const q of before.filter((q) => !q.replaces)) expect(existing, `before ${m.version}`).not.toContain(q.index);
      updateToVersion(db, m.version);
      expect(db.pragma('user_version', { simple: true })).toBe(m.version);
      expect(db.prepare('SELECT number FROM booth ORDER BY number').all()).toEqual([{ number: 'A01' }, { number: 'A02' }]);
      expect(db.prepare('SELECT amount_dong FROM sale').all()).toEqual([{ amount_dong: 150000 }]);
      expect(db.prepare('SELECT status FROM allocation').all()).toEqual([{ status: 'held' }]);
      for (const q of before) expect(indexesUsed(db, q.sql), q.sql).toContain(q.index);
      db.close();
    });
  }

  it('0001 creates the indexes the app reads by', () => {
    const db = new Database(fileAtVersion(1));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    for (const q of INDEXED_QUERIES[1]!) expect(indexesUsed(db, q.sql), q.sql).toContain(q.index);
    db.close();
  });

  it('every later migration keeps the rows of a file from the version before it', () => {
    for (const m of MIGRATIONS.filter((m) => m.version > 1)) {
      const path = fileAtVersion(previousVersion(m));
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
