import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../../electron/services/reports/dashboard';
import { recordSale } from '../../../electron/services/sales/entries';
import { DEMO_FAIR } from '../../../electron/services/demo';
import { replyBody } from '../../../electron/api/json-bytes';
import { useDemoFair } from '../sales/helpers';

/**
 * The dashboard keeps the plan side (booths, zones, bookings, exhibitor names) between calls. Every
 * kind of write to those tables, by whatever code path or program, must show on the next call
 * exactly as a fresh read shows it.
 */
describe('the dashboard kept between calls', () => {
  const fair = useDemoFair();
  /** The same fair read by a connection of its own, which has kept nothing. */
  const fresh = () => {
    const other = new Database(fair.library().pathOf(fair.fairId()), { readonly: true });
    try {
      return buildDashboard(other);
    } finally {
      other.close();
    }
  };
  const exhibitorOf = (boothNumber: string) => buildDashboard(fair.db()).byBooth.find((b) => b.number === boothNumber)!.exhibitorName;
  const firstBooked = () =>
    fair
      .db()
      .prepare(
        "SELECT b.number, a.id AS allocationId, a.exhibitor_id AS exhibitorId FROM allocation a JOIN booth b ON b.id = a.booth_id WHERE a.status <> 'cancelled' ORDER BY b.number LIMIT 1",
      )
      .get() as {
      number: string;
      allocationId: string;
      exhibitorId: string;
    };

  it('shows a renamed exhibitor, a cancelled booking, a renamed zone and a new booth at once', () => {
    const db = fair.db();
    const booked = firstBooked();
    expect(buildDashboard(db)).toEqual(fresh());

    db.prepare("UPDATE exhibitor SET short_name = 'Tên mới' WHERE id = ?").run(booked.exhibitorId);
    expect(exhibitorOf(booked.number)).toBe('Tên mới');
    expect(buildDashboard(db)).toEqual(fresh());

    db.prepare("UPDATE allocation SET status = 'cancelled' WHERE id = ?").run(booked.allocationId);
    expect(exhibitorOf(booked.number)).toBe('');
    expect(buildDashboard(db)).toEqual(fresh());

    db.prepare("UPDATE zone SET name = 'Khu đổi tên' WHERE id = (SELECT id FROM zone ORDER BY name LIMIT 1)").run();
    expect(buildDashboard(db).byZone.map((z) => z.name)).toContain('Khu đổi tên');
    expect(buildDashboard(db)).toEqual(fresh());

    const before = buildDashboard(db).byBooth.length;
    db.prepare(
      "INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) SELECT 'new-booth', area_id, 'Z99', 0, 0, 3, 3 FROM booth LIMIT 1",
    ).run();
    expect(buildDashboard(db).byBooth.length).toBe(before + 1);
    expect(buildDashboard(db)).toEqual(fresh());
  });

  it('shows a write made by another program on the same file', () => {
    const db = fair.db();
    const booked = firstBooked();
    buildDashboard(db);
    const other = new Database(fair.library().pathOf(fair.fairId()));
    other.prepare("UPDATE exhibitor SET short_name = 'Đổi từ máy khác' WHERE id = ?").run(booked.exhibitorId);
    other.close();
    expect(exhibitorOf(booked.number)).toBe('Đổi từ máy khác');
  });

  it('keeps nothing read inside a transaction that is then rolled back', () => {
    const db = fair.db();
    const booked = firstBooked();
    const name = exhibitorOf(booked.number);
    db.exec('BEGIN');
    db.prepare("UPDATE exhibitor SET short_name = 'Chưa lưu' WHERE id = ?").run(booked.exhibitorId);
    expect(exhibitorOf(booked.number)).toBe('Chưa lưu');
    db.exec('ROLLBACK');
    // One write after the rollback: the connection has now made as many writes as inside the transaction.
    db.prepare("UPDATE zone SET name = name || ' ' WHERE id = (SELECT id FROM zone LIMIT 1)").run();
    expect(exhibitorOf(booked.number)).toBe(name);
    expect(buildDashboard(db)).toEqual(fresh());
  });

  it('counts each new sale while the plan side is kept', () => {
    const db = fair.db();
    const booked = firstBooked();
    const before = buildDashboard(db);
    recordSale(
      db,
      {
        fairId: fair.fairId(),
        boothNumber: booked.number,
        day: DEMO_FAIR.firstDay,
        amountDong: 123_000,
        method: 'cash',
        note: '',
        confirmLarge: false,
      },
      'Thu',
    );
    const after = buildDashboard(db);
    expect(after.total.revenue).toBe(before.total.revenue + 123_000);
    expect(after.byBooth.find((b) => b.number === booked.number)!.revenue).toBe(
      before.byBooth.find((b) => b.number === booked.number)!.revenue + 123_000,
    );
    expect(after).toEqual(fresh());
  });

  it('is sent as exactly the bytes of the dashboard’s JSON, after sales and plan writes, for the fair and for one day', () => {
    const db = fair.db();
    const booked = firstBooked();
    const same = (day: string | null) => {
      const dashboard = buildDashboard(db, { day });
      expect(replyBody({ ok: true, value: dashboard }).toString()).toBe(JSON.stringify({ ok: true, value: dashboard }));
    };
    same(null);
    same(DEMO_FAIR.firstDay);
    recordSale(
      db,
      {
        fairId: fair.fairId(),
        boothNumber: booked.number,
        day: DEMO_FAIR.firstDay,
        amountDong: 45_000,
        method: 'qr',
        note: '',
        confirmLarge: false,
      },
      'Thu',
    );
    db.prepare(`UPDATE exhibitor SET short_name = 'Tên có "ngoặc" \\ và dấu' WHERE id = ?`).run(booked.exhibitorId);
    same(null);
    same(DEMO_FAIR.lastDay);
    // A reader that reorders the booths still gets its own order written.
    const dashboard = buildDashboard(db);
    dashboard.byBooth.reverse();
    expect(JSON.parse(replyBody({ ok: true, value: dashboard }).toString()).value.byBooth).toEqual(dashboard.byBooth);
  });
});
