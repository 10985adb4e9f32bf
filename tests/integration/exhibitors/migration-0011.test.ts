import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { BOOKING_SUMS } from '../../../electron/services/exhibitors/ledger';
import { APPLICATION_ID } from '../../../electron/db/open';
import { updateToVersion } from '../../helpers/migrations';

const dir = mkdtempSync(join(tmpdir(), 'fairfloor-m11-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The sums straight from the ledger rows, the way they were read before this version. */
const RECOUNT = `SELECT ${['payment', 'refund', 'credit', 'retain']
  .map(
    (k) =>
      `coalesce((SELECT sum(amount_dong) FROM payment p WHERE p.allocation_id = a.id AND p.kind = '${k}' AND p.voided_at IS NULL), 0) AS ${k}`,
  )
  .join(', ')} FROM allocation a WHERE a.id = ?`;
const SUMS = `SELECT ${BOOKING_SUMS} FROM allocation a WHERE a.id = ?`;
const asSums = (r: { payment: number; refund: number; credit: number; retain: number }) => ({
  paidDong: r.payment,
  refundedDong: r.refund,
  creditedDong: r.credit,
  retainedDong: r.retain,
});

it('0011 brings a file holding a ledger to exactly version 11: running sums backfilled, then kept by the ledger’s own changes', () => {
  const db = new Database(join(dir, 'old.fairfloor'));
  db.pragma(`application_id = ${APPLICATION_ID}`);
  updateToVersion(db, 10);
  db.exec(`
    INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Sân', 50, 50);
    INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES ('b1', 'a', 'A01', 0, 0, 3, 3), ('b2', 'a', 'A02', 3, 0, 3, 3);
    INSERT INTO exhibitor (id, legal_name, created_at, updated_at) VALUES ('e1', 'HTX Một', 't', 't');
    INSERT INTO allocation (id, booth_id, exhibitor_id, status, fee_dong, created_at, updated_at) VALUES
      ('al1', 'b1', 'e1', 'cancelled', 5000000, 't', 't'),
      ('al2', 'b2', 'e1', 'confirmed', 3000000, 't', 't');
    INSERT INTO payment (id, kind, allocation_id, exhibitor_id, amount_dong, paid_on, method, recorded_by, recorded_at, receipt_no) VALUES
      ('p1', 'payment', 'al1', 'e1', 2000000, '2025-07-01', 'cash', 'Lan', 't', 1),
      ('p2', 'payment', 'al1', 'e1', 1000000, '2025-07-02', 'cash', 'Lan', 't', 2),
      ('p3', 'payment', 'al1', 'e1', 400000, '2025-07-02', 'cash', 'Lan', 't', 3);
    INSERT INTO payment (id, kind, allocation_id, exhibitor_id, amount_dong, paid_on, method, recorded_by, recorded_at, refund_of) VALUES
      ('r1', 'refund', 'al1', 'e1', 500000, '2025-07-03', 'cash', 'Lan', 't', 'p1');
    INSERT INTO payment (id, kind, allocation_id, exhibitor_id, amount_dong, paid_on, method, recorded_by, recorded_at) VALUES
      ('c1', 'credit', 'al1', 'e1', 1500000, '2025-07-03', 'none', 'Lan', 't'),
      ('k1', 'retain', 'al1', 'e1', 1000000, '2025-07-03', 'none', 'Lan', 't');
    UPDATE payment SET voided_at = 't2', voided_by = 'Lan', void_reason = 'nhầm' WHERE id = 'p3';
  `);
  const before = ['al1', 'al2'].map((id) => asSums(db.prepare(RECOUNT).get(id) as never));
  expect(before[0]).toEqual({ paidDong: 3000000, refundedDong: 500000, creditedDong: 1500000, retainedDong: 1000000 });

  updateToVersion(db, 10 + 1);
  expect(db.pragma('user_version', { simple: true })).toBe(11);
  // Backfilled from the rows, the voided payment left out; a booking without money reads zeros.
  expect(['al1', 'al2'].map((id) => db.prepare(SUMS).get(id))).toEqual(before);

  // Kept by the ledger's own changes: a payment, a void, a refund; a voided row written as such counts nothing.
  db.exec(`
    INSERT INTO payment (id, kind, allocation_id, exhibitor_id, amount_dong, paid_on, method, recorded_by, recorded_at, receipt_no) VALUES
      ('p4', 'payment', 'al2', 'e1', 1200000, '2025-07-04', 'qr', 'Hà', 't', 4),
      ('p5', 'payment', 'al2', 'e1', 300000, '2025-07-04', 'cash', 'Hà', 't', 5);
    UPDATE payment SET voided_at = 't3', voided_by = 'Hà', void_reason = 'trùng' WHERE id = 'p5';
    INSERT INTO payment (id, kind, allocation_id, exhibitor_id, amount_dong, paid_on, method, recorded_by, recorded_at, refund_of) VALUES
      ('r2', 'refund', 'al2', 'e1', 200000, '2025-07-05', 'cash', 'Hà', 't', 'p4');
    INSERT INTO payment (id, kind, allocation_id, exhibitor_id, amount_dong, paid_on, method, recorded_by, recorded_at, voided_at, voided_by, void_reason) VALUES
      ('p6', 'payment', 'al2', 'e1', 999, '2025-07-05', 'cash', 'Hà', 't', 't4', 'Hà', 'thử');
  `);
  for (const id of ['al1', 'al2']) expect(db.prepare(SUMS).get(id)).toEqual(asSums(db.prepare(RECOUNT).get(id) as never));
  expect(db.prepare(SUMS).get('al2')).toEqual({ paidDong: 1200000, refundedDong: 200000, creditedDong: 0, retainedDong: 0 });
  // A second void of the same row is refused by the ledger, so the sums cannot be taken twice.
  expect(() => db.exec("UPDATE payment SET voided_at = 't5', voided_by = 'X', void_reason = 'lại' WHERE id = 'p5'")).toThrow(
    /never rewritten/,
  );
  // A balance is a lookup by key.
  const plan = (db.prepare(`EXPLAIN QUERY PLAN ${SUMS}`).all('al2') as { detail: string }[]).map((r) => r.detail).join(' | ');
  expect(plan).toContain('SEARCH m USING PRIMARY KEY (allocation_id=?)');
  expect(plan).not.toContain('payment');
  db.close();
});
