import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/db/open';
import type { TracedShape } from '../../../electron/services/print/document';
import { renderHeatMapPdf } from '../../../electron/services/print/heat-pdf';
import { Progress } from '../../../electron/services/print/progress';
import { recordSale } from '../../../electron/services/sales/entries';
import { formatDong } from '../../../shared/money';
import type { HeatMapPrintOptions } from '../../../shared/model/print';
import { HEAT_COLORS, NO_SALES_COLOR } from '../../../shared/report/heat';
import { fairWith, tempLibrary } from './fixtures';
import { allText, readFills, readPdf } from './pdf-reader';

/** An amount as the legend prints it; the text read back has plain spaces where the formatter puts no-break ones. */
const money = (v: number, language: 'vi' | 'en') => formatDong(v, language).replace(/\s/gu, ' ');

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

function heatFair(): Db {
  const lib = tempLibrary();
  dispose = lib.dispose;
  const { db } = fairWith(lib.library, { name: 'Nhà A', width: 30, depth: 12 }, [
    { number: 'A01', x: 1, y: 1, exhibitor: 'Gốm Bát Tràng' },
    { number: 'A02', x: 5, y: 1, exhibitor: 'Chè Thái' },
    { number: 'A03', x: 9, y: 1, exhibitor: 'Nước mắm Cát Hải' },
    { number: 'A04', x: 13, y: 1, exhibitor: 'Mật ong' },
  ]);
  const sell = (boothNumber: string, day: string, amountDong: number) =>
    recordSale(
      db,
      { fairId: 'x', boothNumber, day, amountDong, method: 'cash', note: '', confirmLarge: true, confirmDuplicate: true },
      'Lan',
    );
  sell('A01', '2026-01-10', 6_000_000);
  sell('A01', '2026-01-11', 4_000_000);
  sell('A02', '2026-01-10', 3_000_000);
  sell('A03', '2026-01-11', 5_000_000);
  return db;
}

const options = (patch: Partial<HeatMapPrintOptions> = {}): HeatMapPrintOptions => ({
  areaId: null,
  day: null,
  metric: 'revenue',
  paper: { size: 'A4', orientation: 'landscape', marginMm: 10 },
  language: 'vi',
  ...patch,
});

/** Each booth's fill colour, matched by where the booth was drawn. */
async function boothColours(db: Db, o: HeatMapPrintOptions) {
  const booths: TracedShape[] = [];
  const pdf = await renderHeatMapPdf(db, o, new Progress(), new Date('2026-01-12T09:00:00Z'), (s) => {
    if (s.kind === 'booth') booths.push(s);
  });
  const fills = await readFills(pdf.bytes);
  const colourOf = (b: TracedShape) =>
    fills.find((f) => f.page === b.page && Math.abs(f.x - b.rect.x) < 0.01 && Math.abs(f.y - b.rect.y) < 0.01)?.color;
  return { pdf, colours: new Map(booths.map((b) => [b.name, colourOf(b)])) };
}

describe('the printed revenue heat map', () => {
  it('prints booth numbers, the legend’s đồng ranges, the fair, the scope and the printed date', async () => {
    const db = heatFair();
    const { pdf } = await boothColours(db, options());
    const pages = await readPdf(pdf.bytes);
    expect(pages).toHaveLength(1);
    const text = allText(pages);
    for (const booth of ['A01', 'A02', 'A03', 'A04']) expect(text).toContain(booth);
    expect(text).toContain('Hội chợ thử nghiệm');
    expect(text).toContain('Sơ đồ nhiệt doanh thu');
    expect(text).toContain('Cả hội chợ');
    expect(text).toContain('In lúc 12/01/2026');
    // Best booth 10 000 000 đ: five equal steps of 2 000 000 đ.
    expect(text).toContain(`1 – ${money(2_000_000, 'vi')}`);
    expect(text).toContain(`2.000.001 – ${money(4_000_000, 'vi')}`);
    expect(text).toContain(`8.000.001 – ${money(10_000_000, 'vi')}`);
    expect(text).toContain('Chưa có doanh thu');
    expect(text).toContain('10tr');
  });

  it('colours the best booth with the deepest step and a booth without sales grey, as the screen does', async () => {
    const db = heatFair();
    const { colours } = await boothColours(db, options());
    expect(colours.get('A01')).toBe(HEAT_COLORS[4]);
    expect(colours.get('A03')).toBe(HEAT_COLORS[2]);
    expect(colours.get('A02')).toBe(HEAT_COLORS[1]);
    expect(colours.get('A04')).toBe(NO_SALES_COLOR);
  });

  it('prints one day on its own scale, named by its date, in English too', async () => {
    const db = heatFair();
    const { pdf, colours } = await boothColours(db, options({ day: '2026-01-11', language: 'en' }));
    expect(colours.get('A03')).toBe(HEAT_COLORS[4]);
    expect(colours.get('A01')).toBe(HEAT_COLORS[3]);
    expect(colours.get('A02')).toBe(NO_SALES_COLOR);
    const text = allText(await readPdf(pdf.bytes));
    expect(text).toContain('Revenue heat map');
    expect(text).toContain('Day Jan 11, 2026');
    expect(text).toContain(`4,000,001 – ${money(5_000_000, 'en')}`);
    expect(text).toContain('No sales recorded');
  });
});
