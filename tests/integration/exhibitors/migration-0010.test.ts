import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../../electron/db/open';
import { indexesUsed, updateToVersion } from '../../helpers/migrations';

const dir = mkdtempSync(join(tmpdir(), 'fairfloor-m10-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('0010 brings a file holding payments to exactly version 10: balances read from the index alone, every row kept', () => {
  const db = new Database(join(dir, 'old.fairfloor'));
  db.pragma(`application_id = ${APPLICATION_ID}`);
  updateToVersion(db, 9);
  db.exec(`
    INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Sân', 50, 50);
    INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES ('b1', 'a', 'A01', 0, 0, 3, 3);
    INSERT INTO exhibitor (id, legal_name, created_at, updated_at) VALUES ('e1', 'HTX Một', 't', 't');
    INSERT INTO allocation (id, booth_id, exhibitor_id, status, fee_dong, created_at, updated_at) VALUES ('al', 'b1', 'e1', 'confirmed', 5000000, 't', 't');
    INSERT INTO payment (id, kind, allocation_id, exhibitor_id, amount_dong, paid_on, method, recorded_by, recorded_at, receipt_no) VALUES
      ('p1', 'payment', 'al', 'e1', 2000000, '2025-07-01', 'cash', 'Lan', 't', 1),
      ('p2', 'payment', 'al', 'e1', 1000000, '2025-07-02', 'cash', 'Lan', 't', 2);
    UPDATE payment SET voided_at = 't2', voided_by = 'Lan', void_reason = 'nhầm' WHERE id = 'p2';
  `);
  // A booking's four sums as this version reads them: from the ledger's rows, by kind.
  const sums = `SELECT ${['payment', 'refund', 'credit', 'retain']
    .map(
      (k) =>
        `coalesce((SELECT sum(p.amount_dong) FROM payment p WHERE p.allocation_id = a.id AND p.kind = '${k}' AND p.voided_at IS NULL), 0) AS ${k}`,
    )
    .join(', ')} FROM allocation a WHERE a.id = 'al'`;
  const before = db.prepare(sums).get();

  updateToVersion(db, 10);
  expect(db.pragma('user_version', { simple: true })).toBe(10);
  expect(db.prepare(sums).get()).toEqual(before);
  expect(before).toMatchObject({ payment: 2000000, refund: 0 });
  expect(db.prepare('SELECT count(*) AS n FROM payment').get()).toEqual({ n: 2 });
  // Each of the four sums reads the new index, and only the index (no row lookups).
  const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sums}`).all() as { detail: string }[]).map((r) => r.detail);
  expect(plan.filter((d) => d.includes('COVERING INDEX payment_booking_sums'))).toHaveLength(4);
  expect(indexesUsed(db, "SELECT id FROM payment WHERE allocation_id = 'al'")).toContain('payment_booking_sums');
  // The ledger stays append-only under the new index.
  expect(() => db.exec("DELETE FROM payment WHERE id = 'p1'")).toThrow();
  db.close();
});
