import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, openFairDb } from '../../../electron/db/open';
import { LATEST_VERSION } from '../../../electron/db/migrations';
import { indexesUsed, updateToVersion } from '../../helpers/migrations';

describe('migration 0004: running sales totals', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fairfloor-m4-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates a version-3 file holding sales to exactly version 4: totals backfilled without the voided entry, then kept by triggers', () => {
    const path = join(dir, 'old.fairfloor');
    const old = new Database(path);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    updateToVersion(old, 3);
    old.exec(`
      INSERT INTO fair VALUES ('f', 'Hội chợ cũ', '', '', '2024-01-01', '2024-01-02', '', 't', 't', NULL);
      INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Sân', 50, 50);
      INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES ('b1', 'a', 'A01', 0, 0, 3, 3);
      INSERT INTO exhibitor (id, legal_name, created_at, updated_at) VALUES ('e1', 'HTX Một', 't', 't');
      INSERT INTO allocation (id, booth_id, exhibitor_id, status, created_at, updated_at) VALUES ('al', 'b1', 'e1', 'paid', 't', 't');
      INSERT INTO sale (id, booth_id, exhibitor_id, day, amount_dong, method, recorded_at) VALUES
        ('s1', 'b1', 'e1', '2024-01-01', 100000, 'cash', 't'),
        ('s2', 'b1', 'e1', '2024-01-01', 250000, 'cash', 't'),
        ('s3', 'b1', 'e1', '2024-01-02', 40000, 'qr', 't');
      UPDATE sale SET voided_at = 't', void_reason = 'trùng' WHERE id = 's2';
    `);
    updateToVersion(old, 4);
    const db = old;
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    const totals = () => db.prepare('SELECT day, method, revenue, entries FROM sale_total ORDER BY day').all();
    expect(totals()).toEqual([
      { day: '2024-01-01', method: 'cash', revenue: 100000, entries: 1 },
      { day: '2024-01-02', method: 'qr', revenue: 40000, entries: 1 },
    ]);
    db.exec(
      "INSERT INTO sale (id, booth_id, exhibitor_id, day, amount_dong, method, recorded_at) VALUES ('s4', 'b1', 'e1', '2024-01-02', 60000, 'qr', 't')",
    );
    db.exec("UPDATE sale SET voided_at = 't2', void_reason = 'sai' WHERE id = 's1'");
    expect(totals()).toEqual([
      { day: '2024-01-01', method: 'cash', revenue: 0, entries: 0 },
      { day: '2024-01-02', method: 'qr', revenue: 100000, entries: 2 },
    ]);
    // Moving an entry to another exhibitor moves its total; the method stays frozen.
    db.exec("INSERT INTO exhibitor (id, legal_name, created_at, updated_at) VALUES ('e2', 'HTX Hai', 't', 't')");
    db.exec("UPDATE sale SET exhibitor_id = 'e2' WHERE id = 's4'");
    const byExhibitor = () => db.prepare('SELECT exhibitor_id AS e, sum(revenue) AS revenue FROM sale_total GROUP BY e ORDER BY e').all();
    expect(byExhibitor()).toEqual([
      { e: 'e1', revenue: 40000 },
      { e: 'e2', revenue: 60000 },
    ]);
    expect(() => db.exec("UPDATE sale SET method = 'cash' WHERE id = 's4'")).toThrow(/never rewritten/);

    // The day's list and a booth's days read through the indexes this version made.
    expect(indexesUsed(db, "SELECT id FROM sale WHERE day = '2024-01-02' ORDER BY recorded_at")).toContain('sale_day_recorded');
    expect(indexesUsed(db, "SELECT id FROM sale WHERE booth_id = 'b1' AND day = '2024-01-02'")).toContain('sale_booth_day');
    db.close();

    // Later versions keep the totals this one made.
    const latest = openFairDb(path);
    expect(latest.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(latest.prepare('SELECT sum(revenue) AS revenue FROM sale_total').get()).toEqual({ revenue: 100000 });
    latest.close();
  });
});
