import { describe, expect, it } from 'vitest';
import { renderMapPdf } from '../../../electron/services/print/map-pdf';
import { Progress } from '../../../electron/services/print/progress';
import { createDemoFair } from '../../../electron/services/demo';
import { measured, scaleOf, type ReadPage } from './pdf-reader';
import { boothNumbers, expectClearOfMap, indexItems, isTitle } from './index-checks';
import { bigFair, BOTH_LISTS, BY_BOOTH, BY_EXHIBITOR, landscape, mapOptions, printTraced } from './fixtures';
import { useTempLibrary } from '../../helpers/temp-library';
import { mm } from '../../../electron/services/print/paper';

const temp = useTempLibrary();

describe('the index shares the sheets of every layout', () => {
  it('starts the index in the room past the area on the last tile of a tiled map, the tile still at its scale', async () => {
    const db = temp.library.db(createDemoFair(temp.library, 'test').id);
    const { pages, pageCount, shapes } = await printTraced(db, {
      variant: 'organizer',
      paper: landscape('A0'),
      layout: { mode: 'tile', scale: 50, overlapMm: 10 },
      index: BOTH_LISTS,
    });
    // Sidewalk: overview and two tiles; garden: overview and one tile, which carries the whole index
    // (before, a sixth sheet held it alone).
    expect(pageCount).toBe(5);
    const last = pages.at(-1)!;
    expect(last.text).toContain('Tờ A1');
    expect(last.text).toContain(BY_EXHIBITOR);
    expect(last.text).toContain(BY_BOOTH);
    expect(pages.slice(0, -1).some((p) => p.text.includes(BY_EXHIBITOR))).toBe(false);
    expectClearOfMap(last, shapes, pageCount - 1);
    // The tile is not shrunk to make room: it still says 1:50, and a booth measures 1:50.
    const { stated, barM, barPt } = scaleOf(last);
    expect(stated).toBe(50);
    expect(measured(barM, barPt)).toBeCloseTo(50, 0);
    const booth = shapes.find((s) => s.page === pageCount - 1 && s.kind === 'booth' && !s.rotated)!;
    const widthM = (db.prepare('SELECT width_m AS w FROM booth WHERE number = ?').get(booth.name) as { w: number }).w;
    expect(measured(widthM, booth.rect.w)).toBeCloseTo(50, 0);
    // Every booth of the fair is in that index.
    const listed = new Set(indexItems(last).map((i) => i.str));
    for (const number of boothNumbers(db)) expect(listed).toContain(number);
  });

  it('prints one exhibitor’s sheet with the whole directory beside its map on A0: one sheet, not two', async () => {
    const db = temp.library.db(createDemoFair(temp.library, 'test').id);
    const exhibitor = db.prepare("SELECT exhibitor_id AS id FROM allocation WHERE status <> 'cancelled' ORDER BY rowid LIMIT 1").get() as {
      id: string;
    };
    const { pages, pageCount, shapes } = await printTraced(db, {
      variant: 'exhibitor',
      exhibitorId: exhibitor.id,
      paper: landscape('A0'),
      index: BOTH_LISTS,
    });
    expect(pageCount).toBe(1);
    expect(pages[0]!.text).toContain(BY_EXHIBITOR);
    expect(pages[0]!.text).toContain(BY_BOOTH);
    expectClearOfMap(pages[0]!, shapes, 0);
    // The map made room and still states its true scale.
    const { stated, barM, barPt } = scaleOf(pages[0]!);
    expect(measured(barM, barPt)).toBeCloseTo(stated, 0);
    const listed = new Set(indexItems(pages[0]!).map((i) => i.str));
    for (const number of boothNumbers(db, "EXISTS (SELECT 1 FROM allocation a WHERE a.booth_id = b.id AND a.status <> 'cancelled')"))
      expect(listed).toContain(number);
  });

  it('keeps the directory on sheets of its own in a batch of every exhibitor’s sheets, which are handed out one by one', async () => {
    const db = temp.library.db(createDemoFair(temp.library, 'test').id);
    const exhibitors = (
      db.prepare("SELECT count(DISTINCT exhibitor_id) AS n FROM allocation WHERE status <> 'cancelled'").get() as { n: number }
    ).n;
    const { pages, pageCount, shapes } = await printTraced(db, { variant: 'exhibitor', paper: landscape('A0'), index: BOTH_LISTS });
    // One sheet an exhibitor (each holds booths in one area), then the directory whole on the last sheet.
    expect(pageCount).toBe(exhibitors + 1);
    expect(pages.findIndex((p) => p.text.includes(BY_EXHIBITOR))).toBe(pageCount - 1);
    expect(shapes.some((s) => s.page === pageCount - 1 && s.kind === 'booth')).toBe(false);
  });
});

describe('reading order: maps first, then the index', () => {
  it('prints the demo fair on four A4 sheets: the garden, then the sidewalk with the index under it, then the index', async () => {
    const db = temp.library.db(createDemoFair(temp.library, 'test').id);
    const { pages, pageCount, shapes } = await printTraced(db, { variant: 'organizer', paper: landscape('A4'), index: BOTH_LISTS });
    expect(pageCount).toBe(4);
    const mapPages = [...new Set(shapes.filter((s) => s.kind === 'booth').map((s) => s.page))].sort();
    const indexPages = pages.flatMap((p, i) => (p.text.includes(BY_EXHIBITOR) || p.text.includes(BY_BOOTH) ? [i] : []));
    // The index starts on the last map's sheet and runs on without a map between its parts.
    expect(mapPages).toEqual([0, 1]);
    expect(indexPages).toEqual([1, 2, 3]);
    // The sidewalk, a long strip, lends the room under it, so it is the map printed last.
    expect(pages[0]!.text).toContain('Vườn hoa Kim Đồng');
    expect(pages[1]!.text).toContain('Vỉa hè Trần Phú');
    expectClearOfMap(pages[1]!, shapes, 1);
    const title = pages[1]!.items.find((i) => i.str === BY_EXHIBITOR)!;
    const lowestBooth = Math.max(...shapes.filter((s) => s.page === 1 && s.kind === 'booth').map((s) => s.rect.y + s.rect.h));
    expect(title.top).toBeGreaterThan(lowestBooth);
  });
});

describe('the last index sheet is balanced', () => {
  /** The left edge of each newspaper column of a page (where its table title is) and the foot of its lowest row. */
  const columnsOf = (page: ReadPage) => {
    const lefts = [...new Set(page.items.filter(isTitle).map((i) => Math.round(i.x)))].sort((a, b) => a - b);
    const feet = lefts.map((left, k) => {
      const right = lefts[k + 1] ?? Infinity;
      return Math.max(...page.items.filter((i) => i.x >= left - 0.5 && i.x < right - 0.5).map((i) => i.baseline));
    });
    return { lefts, feet };
  };

  it('ends 500 booths on A0 in columns of one length across the whole last sheet, not a few full ones beside empty ones', async () => {
    const { db } = bigFair(temp.library, 500);
    const { pages, pageCount } = await printTraced(db, { variant: 'organizer', paper: landscape('A0'), index: BOTH_LISTS });
    expect(pageCount).toBe(2);
    const last = pages[1]!;
    const { lefts, feet } = columnsOf(last);
    // Every column across the sheet is used: the last one starts within a column of the right margin…
    expect(lefts.length).toBeGreaterThan(3);
    const pitch = lefts[1]! - lefts[0]!;
    expect(lefts.at(-1)! + 2 * pitch).toBeGreaterThan(last.width - mm(10));
    // …and they end level, within a couple of rows of each other…
    expect(Math.max(...feet) - Math.min(...feet)).toBeLessThan(50);
    // …well above the foot of the sheet, since the rows would not fill it.
    expect(Math.max(...feet)).toBeLessThan(last.height * 0.95);
    // Nothing is lost: every booth is listed.
    const text = pages.map((p) => p.text).join(' ');
    for (const number of boothNumbers(db)) expect(text).toContain(number);
  });
});

describe('an index of one area', () => {
  const headers = (pages: ReadPage[]) => new Set(pages.flatMap((p) => p.items.map((i) => i.str)));

  it('leaves out the area column when every booth is in one hall, so 3,000 booths take six A0 sheets', async () => {
    const { db } = bigFair(temp.library, 500);
    const { pages } = await printTraced(db, { variant: 'organizer', paper: landscape('A0'), index: BOTH_LISTS });
    const seen = headers(pages);
    expect(seen).toContain('Phân khu');
    expect(seen).not.toContain('Khu vực');
    // Narrower columns: seven across an A0 sheet, and 3,000 booths with both lists on six sheets (seven before).
    const big = bigFair(temp.library, 3_000).db;
    const { pageCount } = await renderMapPdf(
      big,
      mapOptions({ variant: 'organizer', paper: landscape('A0'), index: BOTH_LISTS }),
      new Progress(),
    );
    expect(pageCount).toBe(6);
  });

  it('keeps the area column when the booths are in more than one area', async () => {
    const db = temp.library.db(createDemoFair(temp.library, 'test').id);
    const { pages } = await printTraced(db, { variant: 'organizer', paper: landscape('A3'), index: BOTH_LISTS });
    expect(headers(pages)).toContain('Khu vực');
    expect(pages.at(-1)!.text).toContain('Vườn hoa Kim Đồng');
  });
});
