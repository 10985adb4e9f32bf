import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { APPLICATION_ID } from '../../../electron/db/open';
import { indexesUsed, updateToVersion } from '../../helpers/migrations';

const dir = mkdtempSync(join(tmpdir(), 'fairfloor-m14-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The day's totals as the day's list reads them. */
const DAY_TOTALS =
  "SELECT coalesce(sum(revenue), 0) AS revenue, coalesce(sum(entries), 0) AS activeEntries FROM sale_total WHERE day = '2026-01-02'";

it('0014 brings a file holding sales to exactly version 14: a day’s totals read from an index by day alone, every total kept', () => {
  const db = new Database(join(dir, 'old.fairfloor'));
  db.pragma(`application_id = ${APPLICATION_ID}`);
  const previous = Math.max(...MIGRATIONS.filter((m) => m.version < 14).map((m) => m.version));
  updateToVersion(db, previous);
  db.exec("INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Sân', 500, 500)");
  const booth = db.prepare("INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES (?, 'a', ?, ?, 0, 3, 3)");
  const sale = db.prepare("INSERT INTO sale (id, booth_id, day, amount_dong, method, recorded_at) VALUES (?, ?, ?, ?, ?, 't')");
  db.transaction(() => {
    for (let b = 0; b < 100; b++) booth.run(`b${b}`, `A${b}`, b * 4);
    for (let i = 0; i < 3_000; i++)
      sale.run(`s${i}`, `b${i % 100}`, `2026-01-0${1 + (i % 3)}`, 1_000 * (1 + (i % 7)), i % 2 ? 'cash' : 'bank_transfer');
  })();
  db.exec("UPDATE sale SET voided_at = 't2', voided_by = 'Lan', void_reason = 'nhầm' WHERE id = 's1'");
  const before = db.prepare(DAY_TOTALS).get();
  const rows = db.prepare('SELECT * FROM sale_total ORDER BY booth_id, exhibitor_id, day, method').all();

  updateToVersion(db, 14);
  expect(db.pragma('user_version', { simple: true })).toBe(14);
  expect(db.prepare(DAY_TOTALS).get()).toEqual(before);
  expect(before).toEqual({ revenue: 3_996_000, activeEntries: 999 });
  expect(db.prepare('SELECT * FROM sale_total ORDER BY booth_id, exhibitor_id, day, method').all()).toEqual(rows);
  // The day's sums come from the new index only, not a scan of every booth's every day.
  const plan = (db.prepare(`EXPLAIN QUERY PLAN ${DAY_TOTALS}`).all() as { detail: string }[]).map((r) => r.detail);
  expect(plan).toEqual([expect.stringContaining('COVERING INDEX sale_total_by_day (day=?)')]);
  // A sale recorded after the migration still lands in the day's totals, through the index.
  sale.run('s-new', 'b0', '2026-01-02', 5_000, 'cash');
  expect(db.prepare(DAY_TOTALS).get()).toEqual({ revenue: 4_001_000, activeEntries: 1_000 });
  expect(indexesUsed(db, DAY_TOTALS)).toEqual(['sale_total_by_day']);
  db.close();
});
