import { describe, expect, it } from 'vitest';
import { DUPLICATE_WINDOW_MS, SALE_RULES } from '../../../shared/model/sales';
import { buildDashboard } from '../../../electron/services/reports/dashboard';
import { recordSale } from '../../../electron/services/sales/entries';
import { readDayGrid, setDayTotal, undoDayTotal } from '../../../electron/services/sales/day-grid';
import { listSaleBooths, listSales, listVisitors, setVisitors } from '../../../electron/services/sales/queries';
import { rawTotal, useDemoFair } from './helpers';
import { refusal } from '../../helpers/refusal';

const DAY = '2025-07-06';
const NOW = new Date('2025-07-06T10:00:00Z');
const sale = (boothNumber: string, amountDong: number, confirmDuplicate = false) => ({
  fairId: 'x',
  boothNumber,
  day: DAY,
  amountDong,
  method: 'cash' as const,
  note: '',
  confirmLarge: false,
  confirmDuplicate,
});

describe('safe bulk sales entry', () => {
  const fair = useDemoFair();

  it('asks before saving the same booth, day and amount twice within 10 minutes; saves once confirmed', () => {
    const db = fair.db();
    const first = recordSale(db, sale('A01', 500_000), 'Lan', NOW);
    const before = rawTotal(db);
    const twice = refusal(() => recordSale(db, sale('a1', 500_000), 'Minh', new Date(NOW.getTime() + 30_000)));
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toBe(SALE_RULES.duplicate);
    expect(twice.details).toMatchObject({ saleId: first.id, recordedBy: 'Lan' });
    expect(rawTotal(db)).toBe(before);
    // Another amount, another day or another booth is not a duplicate.
    recordSale(db, sale('A01', 600_000), 'Lan', new Date(NOW.getTime() + 60_000));
    recordSale(db, { ...sale('A01', 500_000), day: '2025-07-05' }, 'Lan', new Date(NOW.getTime() + 60_000));
    recordSale(db, sale('A02', 500_000), 'Lan', new Date(NOW.getTime() + 60_000));
    // Confirmed, it is saved; past the window, it is not asked.
    recordSale(db, sale('A01', 500_000, true), 'Minh', new Date(NOW.getTime() + 90_000));
    recordSale(db, sale('A01', 500_000), 'Minh', new Date(NOW.getTime() + 90_000 + DUPLICATE_WINDOW_MS + 1));
    expect(rawTotal(db)).toBe(before + 600_000 + 500_000 * 4);
  });

  it('says a booth is not for rent rather than that it does not exist', () => {
    const db = fair.db();
    const area = (db.prepare('SELECT area_id AS a FROM booth LIMIT 1').get() as { a: string }).a;
    db.prepare(
      "INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m, kind) VALUES ('desk', ?, 'BTC1', 0, 40, 3, 3, 'non_sellable')",
    ).run(area);
    const refused = refusal(() => recordSale(db, sale('btc1', 100_000), 'Lan', NOW));
    expect(refused.details).toMatchObject({ issues: [{ path: ['boothNumber'], message: SALE_RULES.notForSale }] });
    expect(refusal(() => recordSale(db, sale('Z99', 100_000), 'Lan', NOW)).details).toMatchObject({
      issues: [{ message: SALE_RULES.noBooth }],
    });
    expect(listSaleBooths(db).find((b) => b.number === 'BTC1')).toMatchObject({ forSale: false });
    expect(readDayGrid(db).rows.some((r) => r.number === 'BTC1')).toBe(false);
  });

  it('clearing a day or folding several entries into one is refused until confirmed, and a typed total can be undone', () => {
    const db = fair.db();
    const boothId = (db.prepare("SELECT id FROM booth WHERE number = 'A03'").get() as { id: string }).id;
    const where = `day = '${DAY}' AND booth_id = '${boothId}'`;
    const start = rawTotal(db, where);
    recordSale(db, sale('A03', 111_000), 'Lan', NOW);
    recordSale(db, sale('A03', 222_000), 'Lan', NOW);
    const entries = (db.prepare(`SELECT count(*) AS n FROM sale WHERE voided_at IS NULL AND ${where}`).get() as { n: number }).n;
    const revenue = start + 333_000;
    const base = { boothId, day: DAY, method: 'cash' as const, confirmLarge: false, reason: 'Sổ tổng' };

    const clear = refusal(() => setDayTotal(db, { ...base, amountDong: 0, expectedRevenue: revenue }, 'Lan', NOW));
    expect(clear.message).toBe(SALE_RULES.voidsEntries);
    expect(clear.details).toEqual({ count: entries, rule: 'voidsEntries' });
    const fold = refusal(() => setDayTotal(db, { ...base, amountDong: 5_000_000, expectedRevenue: revenue }, 'Lan', NOW));
    expect(fold.details).toEqual({ count: entries, rule: 'voidsEntries' });
    expect(rawTotal(db, where)).toBe(revenue);

    const { grid, change } = setDayTotal(db, { ...base, amountDong: 5_000_000, expectedRevenue: revenue, confirmVoids: true }, 'Lan', NOW);
    expect(grid.total).toBe(rawTotal(db));
    expect(change).toMatchObject({ from: revenue, to: 5_000_000, replacedSaleIds: expect.any(Array) });
    expect(change!.replacedSaleIds).toHaveLength(entries);
    // One entry replaced by another figure is a plain correction: not asked.
    const again = setDayTotal(db, { ...base, amountDong: 4_000_000, expectedRevenue: 5_000_000 }, 'Lan', NOW);
    expect(rawTotal(db, where)).toBe(4_000_000);
    // Undo the last change, then the one before: the original entries come back, one by one.
    undoDayTotal(db, { change: again.change!, reason: 'Hoàn tác' }, 'Lan', NOW);
    expect(rawTotal(db, where)).toBe(5_000_000);
    const undone = undoDayTotal(db, { change: change!, reason: 'Hoàn tác' }, 'Lan', NOW);
    expect(rawTotal(db, where)).toBe(revenue);
    expect((db.prepare(`SELECT count(*) AS n FROM sale WHERE voided_at IS NULL AND ${where}`).get() as { n: number }).n).toBe(entries);
    expect(undone.total).toBe(rawTotal(db));
    // Undoing twice, or after the day changed, is refused and changes nothing.
    expect(refusal(() => undoDayTotal(db, { change: change!, reason: 'x' }, 'Lan', NOW)).message).toBe(SALE_RULES.undoStale);
    expect(rawTotal(db, where)).toBe(revenue);
  });

  it('counts a day per gate or as one figure, never both added; switching is refused until confirmed', () => {
    const db = fair.db();
    const single = listVisitors(db).find((v) => v.day === DAY && v.gate === '')!;
    expect(single.count).toBeGreaterThan(0);
    const refused = refusal(() => setVisitors(db, { day: DAY, gate: 'Cổng Bắc', count: 3_400 }, 'Lan'));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.details).toMatchObject({ countedAs: 'single', count: single.count });
    expect(listVisitors(db).filter((v) => v.day === DAY)).toEqual([single]);

    setVisitors(db, { day: DAY, gate: 'Cổng Bắc', count: 3_400, replaceOtherMode: true }, 'Lan');
    setVisitors(db, { day: DAY, gate: 'Cổng Nam', count: 3_500 }, 'Lan');
    expect(listVisitors(db).filter((v) => v.day === DAY)).toEqual([
      { day: DAY, gate: 'Cổng Bắc', count: 3_400 },
      { day: DAY, gate: 'Cổng Nam', count: 3_500 },
    ]);
    expect(buildDashboard(db).byDay.find((d) => d.day === DAY)!.visitors).toBe(6_900);
    expect(refusal(() => setVisitors(db, { day: DAY, gate: '', count: 5_200 }, 'Lan')).details).toMatchObject({
      countedAs: 'gates',
      count: 6_900,
    });
    // A file from before the rule holding both: the gates count, the one figure is not added.
    db.prepare("INSERT INTO visitor_count (day, gate, count) VALUES (?, '', 5200)").run(DAY);
    expect(buildDashboard(db).byDay.find((d) => d.day === DAY)!.visitors).toBe(6_900);
  });

  it('pages through a long day: every entry is reachable, not only the newest 500', () => {
    const db = fair.db();
    for (let i = 0; i < 620; i++) recordSale(db, sale('B05', 1_000 + i), 'Lan', new Date(NOW.getTime() + i * 1_000));
    const seen = new Set<string>();
    const all = listSales(db, { day: DAY, limit: 500 });
    const total = all.activeEntries + all.voidedEntries;
    for (let offset = 0; offset < total; offset += 500)
      for (const e of listSales(db, { day: DAY, limit: 500, offset }).entries) seen.add(e.id);
    expect(seen.size).toBe(total);
    expect(total).toBeGreaterThan(620);
  });
});
