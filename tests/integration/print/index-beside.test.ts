import { describe, expect, it } from 'vitest';
import { createDemoFair } from '../../../electron/services/demo';
import { measured, scaleOf, type ReadPage } from './pdf-reader';
import { bigFair, BOTH_LISTS, BY_BOOTH, BY_EXHIBITOR, fairWith, landscape, printTraced } from './fixtures';
import { useTempLibrary } from '../../helpers/temp-library';

/** Left edges of the newspaper columns on a page: where a table's title or its first header is written. */
const columnLefts = (page: ReadPage, header: string) => [
  ...new Set(page.items.filter((i) => i.str === header).map((i) => Math.round(i.x))),
];

describe('the index beside the map', () => {
  const temp = useTempLibrary();

  it('puts the demo fair’s whole index beside its last map on A0: no sheet for the last rows, the map at a true scale', async () => {
    const db = temp.library.db(createDemoFair(temp.library, 'test').id);
    const areas = (db.prepare('SELECT count(*) AS n FROM area').get() as { n: number }).n;
    const { pages, pageCount, shapes } = await printTraced(db, { variant: 'organizer', paper: landscape('A0'), index: BOTH_LISTS });
    // One sheet an area, and no more: the index shares the last one.
    expect(pageCount).toBe(areas);
    const last = pages.at(-1)!;
    expect(last.text).toContain(BY_EXHIBITOR);
    expect(last.text).toContain(BY_BOOTH);
    // The index is to the right of every booth of that map, never over it.
    const indexLeft = Math.min(...last.items.filter((i) => i.str === BY_EXHIBITOR || i.str === BY_BOOTH).map((i) => i.x));
    const booths = shapes.filter((s) => s.page === pageCount - 1 && s.kind === 'booth');
    expect(booths.length).toBeGreaterThan(0);
    for (const { rect } of booths) expect(rect.x + rect.w).toBeLessThan(indexLeft);
    // Every booth is listed in the index (its number right of the map).
    const numbers = db.prepare('SELECT number FROM booth').all() as { number: string }[];
    const listed = new Set(last.items.filter((i) => i.x >= indexLeft).map((i) => i.str));
    for (const { number } of numbers) expect(listed).toContain(number);
    // The map made room for the index and still says its true scale: a booth measures what the bar says.
    const { stated, barM, barPt } = scaleOf(last);
    expect(measured(barM, barPt)).toBeCloseTo(stated, 0);
    const booth = booths.find((s) => !s.rotated)!;
    const widthM = (db.prepare('SELECT width_m AS w FROM booth WHERE number = ?').get(booth.name) as { w: number }).w;
    expect(measured(widthM, booth.rect.w)).toBeCloseTo(stated, 0);
    // A scale a ruler can check: two significant figures.
    expect(String(stated).replace(/0+$/, '').length).toBeLessThanOrEqual(2);
  });

  it('prints 500 booths and both lists on two A0 sheets, the map sharing its sheet with the index', async () => {
    const { db } = bigFair(temp.library, 500);
    const { pages, pageCount } = await printTraced(db, { variant: 'organizer', paper: landscape('A0'), index: BOTH_LISTS });
    expect(pageCount).toBe(2);
    expect(pages[0]!.text).toContain(BY_EXHIBITOR);
    const text = pages.map((p) => p.text).join(' ');
    for (const { number } of db.prepare('SELECT number FROM booth').all() as { number: string }[]) expect(text).toContain(number);
  });
});

describe('index columns sized to the paper and the rows', () => {
  const temp = useTempLibrary();

  const fairOf = (name: (i: number) => string) =>
    fairWith(
      temp.library,
      { name: 'Sảnh A', width: 100, depth: 100 },
      Array.from({ length: 600 }, (_, i) => ({ number: `A${i + 1}`, x: (i % 30) * 3, y: Math.floor(i / 30) * 4, exhibitor: name(i) })),
    ).db;

  /** The distance between neighbouring newspaper columns of the exhibitor list on its fullest page: one column's width and gutter. */
  const pitch = (pages: ReadPage[]) => {
    const lefts = pages.map((p) => columnLefts(p, 'Đơn vị tham gia').sort((a, b) => a - b)).sort((a, b) => b.length - a.length)[0]!;
    expect(lefts.length).toBeGreaterThan(1);
    return lefts[1]! - lefts[0]!;
  };

  it('sizes the columns to the rows: long names take wider columns, short ones narrower, in the same reading type', async () => {
    // Tiled at 1:100, so most of the index is on sheets of its own.
    const options = {
      paper: landscape('A0'),
      layout: { mode: 'tile' as const, scale: 100, overlapMm: 10 },
      index: { byExhibitor: true, byBooth: false, groupByZone: false },
    };
    const short = await printTraced(
      fairOf((i) => `Cơ sở ${i}`),
      options,
    );
    const long = await printTraced(
      fairOf((i) => `Hợp tác xã Nông sản sạch và Đặc sản truyền thống Thủy Nguyên số ${i}`),
      options,
    );
    expect(pitch(short.pages)).toBeLessThan(pitch(long.pages) * 0.7);
    // An A0 sheet carries many columns even of long rows.
    expect(Math.max(...long.pages.map((p) => columnLefts(p, 'Đơn vị tham gia').length))).toBeGreaterThanOrEqual(5);
    // The type does not grow with the sheet: 10 pt rows on A0 in both (booth A1's row, under a column's headers).
    const rowSize = (pages: ReadPage[]) => {
      const item = pages
        .flatMap((p) => {
          const heads = p.items.filter((i) => i.str === 'Đơn vị tham gia');
          return p.items.filter((i) => i.str === 'A1' && heads.some((h) => i.top > h.top && i.x > h.x));
        })
        .at(0)!;
      return item.baseline - item.top;
    };
    expect(rowSize(short.pages)).toBeCloseTo(10, 0);
    expect(rowSize(long.pages)).toBeCloseTo(10, 0);
  });
});

describe('the index beside the site sheet', () => {
  const temp = useTempLibrary();

  it('prints the demo fair’s whole site and its index on one A0 sheet, the index clear of every area', async () => {
    const db = temp.library.db(createDemoFair(temp.library, 'test').id);
    const { pages, pageCount, shapes } = await printTraced(db, {
      variant: 'organizer',
      paper: landscape('A0'),
      layout: { mode: 'site' },
      index: { ...BOTH_LISTS, groupByZone: true },
    });
    expect(pageCount).toBe(1);
    const sheet = pages[0]!;
    expect(sheet.text).toContain(BY_EXHIBITOR);
    expect(sheet.text).toContain(BY_BOOTH);
    // The index's titles and column headers sit outside every area drawn on the sheet.
    const areas = shapes.filter((s) => s.kind === 'area');
    expect(areas.length).toBeGreaterThan(1);
    const inside = (x: number, y: number) => areas.some(({ rect: r }) => x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h);
    const heads = sheet.items.filter((i) => [BY_EXHIBITOR, BY_BOOTH, 'Gian', 'Đơn vị tham gia'].includes(i.str));
    expect(heads.length).toBeGreaterThanOrEqual(4);
    for (const i of heads) expect(inside(i.x, i.top), i.str).toBe(false);
    // Every booth is both on the map and in the index (grouped by zone).
    const numbers = db.prepare('SELECT number FROM booth').all() as { number: string }[];
    for (const { number } of numbers) expect(sheet.items.filter((i) => i.str === number).length, number).toBeGreaterThanOrEqual(2);
  });
});
