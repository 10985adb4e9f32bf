import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDemoFair } from '../../../electron/services/demo';
import type { Paper } from '../../../shared/model/print';
import { BOTH_LISTS, BY_BOOTH, BY_EXHIBITOR, landscape, printTraced } from './fixtures';
import { boothNumbers, expectClearOfMap, indexItems, inside, type Db } from './index-checks';
import { measured, scaleOf, type ReadPage } from './pdf-reader';
import { useTempLibrary } from '../../helpers/temp-library';
import { mm } from '../../../electron/services/print/paper';

const temp = useTempLibrary();
const portrait = (size: Paper['size']): Paper => ({ size, orientation: 'portrait', marginMm: 10 });
const TILED = { mode: 'tile', scale: 200, overlapMm: 10 } as const;

/** The pages the index is on, in order. */
const indexPages = (pages: ReadPage[]) => pages.flatMap((p, i) => (p.text.includes(BY_EXHIBITOR) || p.text.includes(BY_BOOTH) ? [i] : []));

/** The page number the note at the foot of a sheet's part of the index sends the reader to, or null when it has none. */
function continuesOn(page: ReadPage): number | null {
  const note = page.items.find((i) => i.str.startsWith('Danh sách tiếp theo ở trang'));
  return note ? Number(/trang (\d+)/.exec(note.str)![1]) : null;
}

/** The demo fair's organizer map with both lists (unless `patch` says otherwise), printed and read back. */
async function printDemo(patch: Parameters<typeof printTraced>[1]) {
  const db = temp.library.db(createDemoFair(temp.library, 'test').id);
  return { db, ...(await printTraced(db, { variant: 'organizer', index: BOTH_LISTS, ...patch })) };
}

describe('a tiled map lends the room of any of its sheets to the index', () => {
  it('starts the index beside an overview and goes on past the last tile and beside the next overview, in page order', async () => {
    const { db, pages, pageCount, shapes } = await printDemo({
      paper: portrait('A4'),
      layout: TILED,
    });
    // Sidewalk: overview and tiles A1–C1; garden: overview and tiles A1–B1. The index fits in the room
    // they leave, so no sheet holds the index alone (only the last tile of the last area lent room before).
    expect(pageCount).toBe(7);
    expect(pages[0]!.text).toContain('Sơ đồ ghép trang: 1 × 3 tờ');
    expect(pages[3]!.text).toContain('Tờ C1');
    expect(pages[4]!.text).toContain('Sơ đồ ghép trang: 1 × 2 tờ');
    expect(indexPages(pages)).toEqual([0, 3, 4]);
    // Each part ends saying where the index goes on; the last part, where it ends, says nothing.
    expect([0, 3, 4].map((i) => continuesOn(pages[i]!))).toEqual([4, 5, null]);
    for (const i of [0, 3, 4]) expectClearOfMap(pages[i]!, shapes, i);
    // The overview's sheet grid stops at its map, clear of the index beside it.
    const index = indexItems(pages[0]!);
    for (const sheet of shapes.filter((s) => s.page === 0 && s.kind === 'sheet'))
      for (const item of index) expect(inside(item, sheet.rect), `${item.str} under sheet ${sheet.name}`).toBe(false);
    // The last tile still glues to its neighbour: it keeps 1:200 and a booth on it measures 1:200.
    const { stated, barM, barPt } = scaleOf(pages[3]!);
    expect(stated).toBe(200);
    expect(measured(barM, barPt)).toBeCloseTo(200, 0);
    const booth = shapes.find((s) => s.page === 3 && s.kind === 'booth' && !s.rotated)!;
    const widthM = (db.prepare('SELECT width_m AS w FROM booth WHERE number = ?').get(booth.name) as { w: number }).w;
    expect(measured(widthM, booth.rect.w)).toBeCloseTo(200, 0);
    // Nothing lost: every booth is in the index, read across its parts.
    const listed = new Set([0, 3, 4].flatMap((i) => indexItems(pages[i]!).map((item) => item.str)));
    for (const number of boothNumbers(db)) expect(listed).toContain(number);
  });

  it('sends the reader from the last tile of the first area to the index sheets after the maps', async () => {
    const { pages, pageCount, shapes } = await printDemo({
      paper: landscape('A4'),
      layout: TILED,
    });
    // Eight sheets before: the sidewalk's last tile now carries the start of the index.
    expect(pageCount).toBe(7);
    expect(pages[2]!.text).toContain('Tờ B1');
    expect(indexPages(pages)).toEqual([2, 5, 6]);
    expect(continuesOn(pages[2]!)).toBe(6);
    expect(continuesOn(pages[5]!)).toBe(7);
    expect(continuesOn(pages[6]!)).toBeNull();
    expectClearOfMap(pages[2]!, shapes, 2);
  });
});

describe('a map the index does not reach', () => {
  it('keeps its full size and prints before the map the index starts beside', async () => {
    const { pages, pageCount, shapes } = await printDemo({
      paper: portrait('A4'),
      index: { byExhibitor: false, byBooth: true, groupByZone: false },
    });
    // The booth list fits whole under the sidewalk: the garden, which lends nothing, comes first.
    expect(pageCount).toBe(2);
    expect(pages[0]!.text).toContain('Vườn hoa Kim Đồng');
    expect(pages[1]!.text).toContain('Vỉa hè Trần Phú');
    expect(indexPages(pages)).toEqual([1]);
    // Its map keeps the whole width of the sheet, with no room held back for columns never printed.
    const frame = shapes.find((s) => s.page === 0 && s.kind === 'frame')!;
    expect(frame.rect.w).toBeCloseTo(pages[0]!.width - 2 * mm(10), 0);
  });
});

describe('no last sheet holding a short tail of the index', () => {
  /** Rows of the booth list on a page (booth numbers in its first column, under its "Gian" header), and the foot of the lowest. */
  const boothRows = (page: ReadPage) => {
    const header = page.items.find((i) => i.str === 'Gian')!;
    const rows = page.items.filter((i) => Math.abs(i.x - header.x) < 1 && i.top > header.top && /^[A-Z]\d\d$/.test(i.str));
    return { count: rows.length, foot: Math.max(...rows.map((i) => i.baseline)) };
  };

  /** The demo fair with `n` more booths in the garden, free, so the organizer's booth list grows by `n` rows. */
  function demoWith(n: number): Db {
    const db = temp.library.db(createDemoFair(temp.library, 'test').id);
    const garden = db.prepare("SELECT id, depth_m AS d FROM area WHERE name = 'Vườn hoa Kim Đồng'").get() as { id: string; d: number };
    const insert = db.prepare(
      'INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m, rotation_deg, price_dong) VALUES (?, ?, ?, ?, ?, 3, 3, 0, 2500000)',
    );
    for (let i = 0; i < n; i++)
      insert.run(randomUUID(), garden.id, `C${String(i + 1).padStart(2, '0')}`, 1 + (i % 8) * 3.2, garden.d - 4 - Math.floor(i / 8) * 3.2);
    return db;
  }

  it('balances a one-column A4 index over its last two sheets rather than leave a few rows on the last', async () => {
    const db = demoWith(28);
    const { pages, pageCount } = await printTraced(db, { variant: 'organizer', paper: landscape('A4'), index: BOTH_LISTS });
    // Two areas: the area column makes the index one column across A4, and its rows run onto a fifth sheet.
    expect(pageCount).toBe(5);
    const [before, last] = [boothRows(pages[3]!), boothRows(pages[4]!)];
    // Filled to the foot, the fourth sheet (35 rows) would leave 14 on the last; the two now end level,
    // within a row of each other, well above the foot of the sheet.
    expect(last.count).toBeGreaterThan(20);
    expect(Math.abs(before.foot - last.foot)).toBeLessThan(15);
    expect(before.foot).toBeLessThan(pages[3]!.height * 0.9);
    expect(continuesOn(pages[3]!)).toBe(5);
    const text = pages.map((p) => p.text).join(' ');
    for (const number of boothNumbers(db)) expect(text).toContain(number);
  });
});
