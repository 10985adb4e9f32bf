import { describe, expect, it } from 'vitest';
import { RecordSaleInput, SALE_RULES, type SaleRule } from '../../../shared/model/sales';
import { auditTrail } from '../../../electron/services/audit';
import { correctSale, recordSale, voidSale } from '../../../electron/services/sales/entries';
import { readDayGrid, setDayTotal } from '../../../electron/services/sales/day-grid';
import { listSales, listVisitors, setVisitors } from '../../../electron/services/sales/queries';
import { listSalesHistory } from '../../../electron/services/sales/history';
import { rawTotal, useDemoFair } from './helpers';
import { refusal } from '../../helpers/refusal';

const DAY = '2025-07-06';
const sale = (over: Partial<RecordSaleInput> = {}): RecordSaleInput => ({
  fairId: 'x',
  boothNumber: 'A01',
  day: DAY,
  amountDong: 1_500_000,
  method: 'cash',
  note: '',
  confirmLarge: false,
  confirmDuplicate: false,
  ...over,
});

describe('recording, correcting and voiding sales', () => {
  const fair = useDemoFair();

  it('records an entry for the booth a typed number names, with the exhibitor of its allocation and an audit row', () => {
    const db = fair.db();
    const before = rawTotal(db);
    const entry = recordSale(db, sale({ boothNumber: 'a1', note: 'Chiều' }), 'Lan');
    const owner = db
      .prepare(
        "SELECT a.exhibitor_id AS id FROM allocation a JOIN booth b ON b.id = a.booth_id WHERE b.number = 'A01' AND a.status <> 'cancelled'",
      )
      .get() as { id: string };
    expect(entry).toMatchObject({
      boothNumber: 'A01',
      exhibitorId: owner.id,
      amountDong: 1_500_000,
      recordedBy: 'Lan',
      note: 'Chiều',
      voidedAt: null,
    });
    expect(rawTotal(db)).toBe(before + 1_500_000);
    expect(auditTrail(db, 'sale', entry.id)[0]).toMatchObject({ actor: 'Lan', action: 'sale.record' });
  });

  it('refuses a missing booth, a booth without exhibitor, a day outside the fair and an unconfirmed huge amount, saving nothing', () => {
    const db = fair.db();
    const area = db.prepare('SELECT id FROM area LIMIT 1').get() as { id: string };
    db.prepare("INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES ('empty', ?, 'Z99', 0, 0, 3, 3)").run(area.id);
    const count = () => (db.prepare('SELECT count(*) AS n FROM sale').get() as { n: number }).n;
    const before = count();
    const cases: [Partial<RecordSaleInput>, string, SaleRule][] = [
      [{ boothNumber: 'Q42' }, 'boothNumber', 'noBooth'],
      [{ boothNumber: 'Z99' }, 'boothNumber', 'noExhibitor'],
      [{ day: '2025-07-08' }, 'day', 'dayOutside'],
      [{ day: '2025-07-04' }, 'day', 'dayOutside'],
      [{ amountDong: 150_000_000 }, 'amountDong', 'confirmLarge'],
    ];
    for (const [over, path, rule] of cases) {
      const error = refusal(() => recordSale(db, sale(over), 'Lan'));
      expect(error.code).toBe('VALIDATION');
      // The rule is named, so every client says it in its person's language.
      expect(error.details).toEqual({ issues: [{ path: [path], message: SALE_RULES[rule] }], rule });
    }
    expect(count()).toBe(before);
    expect(recordSale(db, sale({ amountDong: 150_000_000, confirmLarge: true }), 'Lan').amountDong).toBe(150_000_000);
  });

  it('refuses zero, negative and fractional amounts at the contract', () => {
    for (const amountDong of [0, -5000, 1500.5, Number.NaN]) expect(RecordSaleInput.safeParse(sale({ amountDong })).success).toBe(false);
    expect(RecordSaleInput.safeParse(sale()).success).toBe(true);
  });

  it('records a correction as a new entry that voids the one it replaces', () => {
    const db = fair.db();
    const before = rawTotal(db);
    const first = recordSale(db, sale({ amountDong: 500_000 }), 'Lan');
    const fixed = correctSale(db, { ...sale({ amountDong: 5_000_000, method: 'qr' }), saleId: first.id, reason: 'Thiếu một số 0' }, 'Minh');
    expect(fixed).toMatchObject({ correctsSaleId: first.id, amountDong: 5_000_000, method: 'qr', voidedAt: null });
    const old = listSales(db, { day: DAY, limit: 5000 }).entries.find((e) => e.id === first.id)!;
    expect(old).toMatchObject({ voidReason: 'Thiếu một số 0', voidedBy: 'Minh', correctedBySaleId: fixed.id });
    expect(rawTotal(db)).toBe(before + 5_000_000);
    expect(auditTrail(db, 'sale', fixed.id)[0]).toMatchObject({ action: 'sale.correct', details: { replaces: first.id } });
    expect(refusal(() => correctSale(db, { ...sale(), saleId: first.id, reason: '' }, 'Minh')).code).toBe('CONFLICT');
    voidSale(db, { fairId: 'x', saleId: fixed.id, reason: 'Khách trả hàng' }, 'Lan');
    expect(
      listSalesHistory(db, 10).map(({ action, actor, booth, amountDong, previousDong, reason }) => ({
        action,
        actor,
        booth,
        amountDong,
        previousDong,
        reason,
      })),
    ).toEqual([
      { action: 'sale.void', actor: 'Lan', booth: 'A01', amountDong: 5_000_000, previousDong: null, reason: 'Khách trả hàng' },
      { action: 'sale.correct', actor: 'Minh', booth: 'A01', amountDong: 5_000_000, previousDong: 500_000, reason: 'Thiếu một số 0' },
      { action: 'sale.record', actor: 'Lan', booth: 'A01', amountDong: 500_000, previousDong: null, reason: '' },
    ]);
  });

  it('voids with a reason: the entry stays listed, leaves every total, and cannot be deleted, restored or voided twice', () => {
    const db = fair.db();
    const entry = recordSale(db, sale({ amountDong: 777_000 }), 'Lan');
    const listed = listSales(db, { day: DAY, limit: 5000 });
    const voided = voidSale(db, { fairId: 'x', saleId: entry.id, reason: 'Nhập trùng' }, 'Minh');
    expect(voided).toMatchObject({ voidReason: 'Nhập trùng', voidedBy: 'Minh' });
    const after = listSales(db, { day: DAY, limit: 5000 });
    expect(after.revenue).toBe(listed.revenue - 777_000);
    expect(after.voidedEntries).toBe(listed.voidedEntries + 1);
    expect(after.entries.some((e) => e.id === entry.id && e.voidedAt)).toBe(true);
    expect(refusal(() => voidSale(db, { fairId: 'x', saleId: entry.id, reason: 'again' }, 'Minh')).code).toBe('CONFLICT');
    expect(() => db.prepare('DELETE FROM sale WHERE id = ?').run(entry.id)).toThrow(/never deleted/);
    expect(() => db.prepare('UPDATE sale SET voided_at = NULL, void_reason = NULL WHERE id = ?').run(entry.id)).toThrow(/stays voided/);
    expect(() => db.prepare("UPDATE sale SET method = 'qr' WHERE id = ?").run(entry.id)).toThrow(/corrected/);
    expect(() => db.prepare('UPDATE sale SET amount_dong = 1 WHERE id = ?').run(entry.id)).toThrow(/corrected/);
    expect(auditTrail(db, 'sale', entry.id)[0]).toMatchObject({ action: 'sale.void', details: { reason: 'Nhập trùng' } });
  });

  it('types a whole day as one figure: the day is replaced, refused when someone wrote meanwhile, cleared with 0', () => {
    const db = fair.db();
    const grid = readDayGrid(db);
    const row = grid.rows.find((r) => r.number === 'A02')!;
    const d = grid.days.indexOf(DAY);
    const current = row.cells[d]!.revenue;
    const input = { boothId: row.boothId, day: DAY, method: 'cash' as const, confirmLarge: false, reason: 'Theo sổ tổng' };
    const next = setDayTotal(db, { ...input, amountDong: 9_000_000, expectedRevenue: current, confirmVoids: true }, 'Lan').grid;
    expect(next.rows.find((r) => r.number === 'A02')!.cells[d]).toEqual({ revenue: 9_000_000, entries: 1 });
    expect(next.dayTotals[d]).toBe(grid.dayTotals[d]! - current + 9_000_000);
    expect(next.total).toBe(rawTotal(db));
    expect(next.rows.reduce((n, r) => n + r.total, 0)).toBe(next.total);
    expect(refusal(() => setDayTotal(db, { ...input, amountDong: 1_000, expectedRevenue: current }, 'Lan')).code).toBe('CONFLICT');
    const cleared = setDayTotal(db, { ...input, amountDong: 0, expectedRevenue: 9_000_000, confirmVoids: true }, 'Lan').grid;
    expect(cleared.rows.find((r) => r.number === 'A02')!.cells[d]).toEqual({ revenue: 0, entries: 0 });
    expect(rawTotal(db, `day = '${DAY}' AND booth_id = '${row.boothId}'`)).toBe(0);
  });

  it('keeps visitor counts per day and gate', () => {
    const db = fair.db();
    setVisitors(db, { day: DAY, gate: 'Cổng Bắc', count: 1200, replaceOtherMode: true }, 'Lan');
    setVisitors(db, { day: DAY, gate: 'Cổng Bắc', count: 1300 }, 'Lan');
    const all = setVisitors(db, { day: DAY, gate: '', count: null }, 'Lan');
    expect(all.filter((v) => v.day === DAY)).toEqual([{ day: DAY, gate: 'Cổng Bắc', count: 1300 }]);
    expect(refusal(() => setVisitors(db, { day: '2026-01-01', gate: '', count: 5 }, 'Lan')).code).toBe('VALIDATION');
    expect(listVisitors(db)).toHaveLength(3);
  });
});
