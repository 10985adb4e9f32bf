import { describe, expect, it } from 'vitest';
import { DayGrid } from '../../../shared/model/sales';
import { Dashboard } from '../../../shared/model/sales-dashboard';
import { FairReport } from '../../../shared/model/report';
import type { Db } from '../../../electron/db/open';
import { buildDashboard } from '../../../electron/services/reports/dashboard';
import { buildFairReport } from '../../../electron/services/reports/fair-report';
import { readDayGrid, setDayTotal } from '../../../electron/services/sales/day-grid';
import { correctSale, recordSale, voidSale } from '../../../electron/services/sales/entries';
import { listSaleBooths, listSales } from '../../../electron/services/sales/queries';
import { rawTotal, useDemoFair } from './helpers';

const METHODS = ['cash', 'bank_transfer', 'qr'] as const;

/** A busy evening: entries, corrections, voids and typed day totals, in a fixed pseudo-random order. */
function busyEvening(db: Db) {
  const booths = listSaleBooths(db).filter((b) => b.exhibitorId);
  const days = ['2025-07-05', '2025-07-06', '2025-07-07'];
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
  const recorded: string[] = [];
  for (let i = 0; i < 300; i++) {
    const booth = booths[next(booths.length)]!;
    const day = days[next(3)]!;
    const base = {
      fairId: 'x',
      boothNumber: booth.number,
      day,
      amountDong: 1_000 * (1 + next(5_000)),
      method: METHODS[next(3)]!,
      note: '',
      confirmLarge: false,
      confirmDuplicate: true,
    };
    const roll = next(10);
    if (roll < 6 || recorded.length === 0) recorded.push(recordSale(db, base, 'Lan').id);
    else if (roll < 8) {
      const id = recorded.splice(next(recorded.length), 1)[0]!;
      recorded.push(correctSale(db, { ...base, saleId: id, reason: 'Sửa' }, 'Minh').id);
    } else if (roll < 9) voidSale(db, { fairId: 'x', saleId: recorded.splice(next(recorded.length), 1)[0]!, reason: 'Hủy' }, 'Minh');
    else {
      const grid = readDayGrid(db);
      const row = grid.rows.find((r) => r.boothId === booth.boothId)!;
      const expected = row.cells[grid.days.indexOf(day)]!.revenue;
      setDayTotal(
        db,
        {
          boothId: booth.boothId,
          day,
          amountDong: 1_000 * next(9_000),
          expectedRevenue: expected,
          method: 'cash',
          confirmLarge: false,
          confirmVoids: true,
          reason: 'Sổ',
        },
        'Lan',
      );
      recorded.length = 0;
      recorded.push(...(db.prepare('SELECT id FROM sale WHERE voided_at IS NULL').all() as { id: string }[]).map((r) => r.id));
    }
  }
}

const sum = (rows: { revenue: number }[]) => rows.reduce((n, r) => n + r.revenue, 0);
const entries = (rows: { entries: number }[]) => rows.reduce((n, r) => n + r.entries, 0);

describe('every view of the sales agrees exactly with the entries', () => {
  const fair = useDemoFair();

  it('after recording, correcting, voiding and typing day totals', () => {
    const db = fair.db();
    busyEvening(db);
    const raw = db.prepare('SELECT sum(amount_dong) AS revenue, count(*) AS n FROM sale WHERE voided_at IS NULL').get() as {
      revenue: number;
      n: number;
    };
    const voided = (db.prepare('SELECT count(*) AS n FROM sale WHERE voided_at IS NOT NULL').get() as { n: number }).n;
    expect(voided).toBeGreaterThan(20);

    // The running totals match a full recount, cell by cell.
    const recount = db
      .prepare(
        `SELECT booth_id, coalesce(exhibitor_id, '') AS e, day, method, sum(amount_dong) AS revenue, count(*) AS entries FROM sale WHERE voided_at IS NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
      )
      .all();
    const kept = db
      .prepare('SELECT booth_id, exhibitor_id AS e, day, method, revenue, entries FROM sale_total WHERE entries > 0 ORDER BY 1, 2, 3, 4')
      .all();
    expect(kept).toEqual(recount);

    const d = Dashboard.parse(buildDashboard(db));
    expect(d.total).toMatchObject({ revenue: raw.revenue, entries: raw.n, voidedEntries: voided });
    for (const view of [d.byDay, d.byBooth, d.byExhibitor, d.byZone, d.byCategory, d.byMethod]) {
      expect(sum(view)).toBe(raw.revenue);
      expect(entries(view)).toBe(raw.n);
    }
    for (const b of d.byBooth) expect(b.revenue).toBe(rawTotal(db, `booth_id = '${b.boothId}'`));
    for (const day of d.byDay) expect(day.revenue).toBe(rawTotal(db, `day = '${day.day}'`));
    for (const m of d.byMethod) expect(m.revenue).toBe(rawTotal(db, `method = '${m.method}'`));
    for (const e of d.byExhibitor) expect(e.revenue).toBe(rawTotal(db, `exhibitor_id = '${e.exhibitorId}'`));
    expect(d.byDay[1]!.change).toBe(d.byDay[1]!.revenue - d.byDay[0]!.revenue);
    expect(d.topBooths[0]!.revenue).toBe(Math.max(...d.byBooth.map((b) => b.revenue)));

    const report = FairReport.parse(buildFairReport(db));
    expect(report.revenue).toMatchObject({ total: raw.revenue, entries: raw.n, voidedEntries: voided });
    for (const view of [report.byDay, report.byZone, report.byCategory, report.byMethod]) expect(sum(view)).toBe(raw.revenue);

    const grid = DayGrid.parse(readDayGrid(db));
    expect(grid.total).toBe(raw.revenue);
    expect(sum(grid.rows.map((r) => ({ revenue: r.total })))).toBe(raw.revenue);
    expect(grid.dayTotals).toEqual(d.byDay.map((x) => x.revenue));

    for (const day of d.byDay) {
      const listed = listSales(db, { day: day.day, limit: 5000 });
      expect(listed.revenue).toBe(day.revenue);
      expect(sum(listed.entries.filter((e) => !e.voidedAt).map((e) => ({ revenue: e.amountDong })))).toBe(day.revenue);
    }
  });
});
