import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, migrate } from '../../../electron/db/open';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { getAllocation } from '../../../electron/services/exhibitors/allocations';
import { listPayments } from '../../../electron/services/exhibitors/payments';
import { creditOf } from '../../../electron/services/exhibitors/ledger';

describe('migration 0005: booth payments become a ledger', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fairfloor-m5-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('carries a version-4 file’s payments over unchanged, numbers their receipts, and freezes them', () => {
    const path = join(dir, 'old.fairfloor');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    db.exec(`
      INSERT INTO fair VALUES ('f', 'Hội chợ cũ', '', '', '2024-01-01', '2024-01-02', '', 't', 't', NULL);
      INSERT INTO area (id, name, width_m, depth_m) VALUES ('a', 'Sân', 50, 50);
      INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m, price_dong) VALUES
        ('b1', 'a', 'A01', 0, 0, 3, 3, 3000000), ('b2', 'a', 'A02', 3, 0, 3, 3, 3000000);
      INSERT INTO exhibitor (id, legal_name, created_at, updated_at) VALUES ('e1', 'HTX Một', 't', 't'), ('e2', 'HTX Hai', 't', 't');
      INSERT INTO allocation (id, booth_id, exhibitor_id, status, fee_dong, created_at, updated_at) VALUES
        ('al1', 'b1', 'e1', 'confirmed', 3000000, 't', 't'),
        ('al2', 'b2', 'e2', 'cancelled', 3000000, 't', 't');
      INSERT INTO payment (id, allocation_id, amount_dong, paid_on, method, note, recorded_by, recorded_at) VALUES
        ('p1', 'al1', 1000000, '2024-01-01', 'cash', 'đặt cọc', 'Lan', '2024-01-01T02:00:00.000Z'),
        ('p2', 'al1', 500000, '2024-01-02', 'bank_transfer', '', 'Minh', '2024-01-02T02:00:00.000Z'),
        ('p3', 'al2', 700000, '2024-01-01', 'qr', '', 'Lan', '2024-01-01T03:00:00.000Z');
    `);
    const before = db
      .prepare('SELECT id, allocation_id, amount_dong, paid_on, method, note, recorded_by, recorded_at FROM payment ORDER BY id')
      .all();

    migrate(db, MIGRATIONS.slice(0, 5));
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    const after = db
      .prepare(
        "SELECT id, allocation_id, amount_dong, paid_on, method, note, recorded_by, recorded_at FROM payment WHERE kind = 'payment' ORDER BY id",
      )
      .all();
    expect(after).toEqual(before);
    expect(listPayments(db, 'al1').map((p) => [p.id, p.receiptNo, p.exhibitorId, p.voidedAt])).toEqual([
      ['p1', 1, 'e1', null],
      ['p2', 3, 'e1', null],
    ]);
    // The ledger's sums as this version reads them: straight from its rows.
    const sums = (id: string) =>
      db
        .prepare(
          `SELECT ${['payment', 'credit']
            .map(
              (k) =>
                `(SELECT coalesce(sum(amount_dong), 0) FROM payment WHERE allocation_id = ? AND kind = '${k}' AND voided_at IS NULL) AS ${k}`,
            )
            .join(', ')}`,
        )
        .get(id, id) as { payment: number; credit: number };
    expect(sums('al1')).toEqual({ payment: 1_500_000, credit: 0 });
    // Money on a booking cancelled before the ledger is not lost: it is the exhibitor's credit.
    expect(sums('al2')).toEqual({ payment: 700_000, credit: 700_000 });
    expect(creditOf(db, 'e2')).toBe(700_000);

    expect(() => db.exec("UPDATE payment SET amount_dong = 1 WHERE id = 'p1'")).toThrow(/never rewritten/);
    expect(() => db.exec("UPDATE payment SET method = 'cash' WHERE id = 'p2'")).toThrow(/never rewritten/);
    expect(() => db.exec("DELETE FROM payment WHERE id = 'p1'")).toThrow(/never deleted/);
    db.exec("UPDATE payment SET voided_at = 't', voided_by = 'Lan', void_reason = 'nhập nhầm' WHERE id = 'p2'");
    expect(() => db.exec("UPDATE payment SET voided_at = 't2', voided_by = 'Lan', void_reason = 'x' WHERE id = 'p2'")).toThrow(
      /never rewritten/,
    );
    expect(() => db.exec("UPDATE payment SET voided_at = NULL, voided_by = NULL, void_reason = NULL WHERE id = 'p2'")).toThrow();
    expect(() =>
      db.exec(
        "INSERT INTO payment (id, kind, allocation_id, exhibitor_id, amount_dong, paid_on, method, recorded_at) VALUES ('x', 'refund', 'al1', 'e1', -5, 'd', 'cash', 't')",
      ),
    ).toThrow(/CHECK/);

    // Today's screens read the same money from the file once it is brought up to date.
    migrate(db);
    expect(getAllocation(db, 'al1')).toMatchObject({ paidDong: sums('al1').payment });
    expect(getAllocation(db, 'al2')).toMatchObject({ paidDong: 700_000, creditedDong: 700_000, balanceDong: 0 });
    db.close();
  });
});
