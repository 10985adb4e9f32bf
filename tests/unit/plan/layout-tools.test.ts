import { describe, expect, it } from 'vitest';
import { formatSkip, nextFreeNumber, parseSkip } from '../../../shared/plan/numbering';
import { numberOrder } from '../../../shared/plan/order';
import { pasteRecords, renumberBooths } from '../../../renderer/features/plan/editor/commands';
import { PlanEditor } from '../../../renderer/features/plan/editor/editor';
import { blockSize, generateBlock, type BlockSpec } from '../../../renderer/features/plan/editor/generator';
import { docFromPlan, defaults } from '../../../renderer/features/plan/editor/records';
import { findBooths } from '../../../renderer/features/plan/find/findBooths';
import { DEFAULT_NUMBERING } from '../../../shared/plan/numbering';

const spec = (over: Partial<BlockSpec> = {}): BlockSpec => ({
  rows: 4,
  cols: 3,
  boothWidthM: 3,
  boothDepthM: 3,
  aisleM: 3,
  numbering: DEFAULT_NUMBERING,
  snake: false,
  ...over,
});
let n = 0;
const id = () => `n${++n}`;

/** A 3 × 3 grid of 3 m booths, numbered as listed row by row. */
const grid = () =>
  docFromPlan({
    areas: [defaults.area('hall', 'Nhà A', 60, 40, 0), defaults.area('yard', 'Sân', 80, 30, 1)],
    zones: [],
    booths: [0, 1, 2].flatMap((r) => [0, 1, 2].map((c) => defaults.booth(`b${r}${c}`, 'hall', `X${r}${c}`, { xM: c * 3, yM: r * 3 }))),
    features: [],
  });
const numbersInRows = (d: ReturnType<typeof grid>, diff: ReturnType<typeof renumberBooths>) => {
  const next = new Map(diff.updated.booths.map(([, b]) => [b.id, b.number]));
  return [0, 1, 2].map((r) => [0, 1, 2].map((c) => next.get(`b${r}${c}`) ?? d.booths.get(`b${r}${c}`)!.number).join(' '));
};

describe('generator', () => {
  it('puts rows back to back in pairs, with the aisle only between pairs', () => {
    const booths = generateBlock(spec({ backToBack: true }), 'hall', { xM: 1, yM: 2 }, id);
    const rowTops = [...new Set(booths.map((b) => b.yM))];
    // Rows 1–2 touch (2, 5), aisle of 3 m, rows 3–4 touch (11, 14).
    expect(rowTops).toEqual([2, 5, 11, 14]);
    expect(blockSize(spec({ backToBack: true }))).toEqual({ widthM: 9, depthM: 15 });
    expect(blockSize(spec())).toEqual({ widthM: 9, depthM: 21 });
  });

  it('fits the example fair: 257 booths in 60 × 40 m and 80 × 30 m with back-to-back pairs', () => {
    // Hall 60 × 40 m: 8 rows (4 pairs) of 18 booths, 4 m aisles; yard 80 × 30 m: 6 rows of 19, 3 m aisles.
    const hall = spec({ rows: 8, cols: 18, aisleM: 4, backToBack: true });
    const yard = spec({ rows: 6, cols: 19, aisleM: 3, backToBack: true });
    expect(blockSize(hall)).toEqual({ widthM: 54, depthM: 36 });
    expect(blockSize(yard)).toEqual({ widthM: 57, depthM: 24 });
    expect(8 * 18 + 6 * 19).toBeGreaterThanOrEqual(257);
    // With an aisle between every row neither block fits its area's depth.
    expect(blockSize({ ...hall, backToBack: false }).depthM).toBeGreaterThan(40);
    expect(blockSize({ ...yard, backToBack: false }).depthM).toBeGreaterThan(30);
  });

  it('gives generated booths the chosen zone and skips numbers on the skip list', () => {
    const booths = generateBlock(
      spec({ rows: 1, cols: 14, zoneId: 'z1', numbering: { ...DEFAULT_NUMBERING, skip: [13] } }),
      'hall',
      { xM: 0, yM: 0 },
      id,
    );
    expect(booths.map((b) => b.number)).not.toContain('A13');
    expect(booths.at(-1)!.number).toBe('A15');
    expect(booths.every((b) => b.zoneId === 'z1')).toBe(true);
  });
});

describe('renumbering with a direction', () => {
  const numbering = { ...DEFAULT_NUMBERING, prefix: '', padding: 0 };
  const all = (d: ReturnType<typeof grid>) => [...d.booths.keys()];

  it('runs along rows from the top left by default', () => {
    const d = grid();
    expect(numbersInRows(d, renumberBooths(d, all(d), numbering))).toEqual(['1 2 3', '4 5 6', '7 8 9']);
  });

  it('runs serpentine, along columns, and from any corner', () => {
    const d = grid();
    const go = (order: Parameters<typeof renumberBooths>[3]) => numbersInRows(d, renumberBooths(d, all(d), numbering, order));
    expect(go({ by: 'rows', start: 'topLeft', serpentine: true })).toEqual(['1 2 3', '6 5 4', '7 8 9']);
    expect(go({ by: 'columns', start: 'topLeft', serpentine: false })).toEqual(['1 4 7', '2 5 8', '3 6 9']);
    expect(go({ by: 'rows', start: 'bottomRight', serpentine: false })).toEqual(['9 8 7', '6 5 4', '3 2 1']);
    expect(go({ by: 'columns', start: 'topRight', serpentine: true })).toEqual(['7 6 1', '8 5 2', '9 4 3']);
  });

  it('leaves skipped numbers out', () => {
    const d = grid();
    const rows = numbersInRows(d, renumberBooths(d, all(d), { ...numbering, start: 10, skip: parseSkip('13, 15-16')! }));
    expect(rows).toEqual(['10 11 12', '14 17 18', '19 20 21']);
  });

  it('groups booths into lines by their centres, even slightly out of line', () => {
    const b = (id: string, x: number, y: number) => defaults.booth(id, 'hall', id, { xM: x, yM: y });
    expect(numberOrder([b('c', 6, 0.4), b('a', 0, 0), b('d', 0, 3), b('b', 3, -0.3)]).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('skip list', () => {
  it('is never taken by the next free number, and reads back as written', () => {
    expect(nextFreeNumber('A12', new Set(), new Set([13]))).toBe('A14');
    expect(nextFreeNumber('A12', new Set(['A14']), new Set([13]))).toBe('A15');
    expect(formatSkip([16, 13, 4, 5, 6])).toBe('4-6, 13, 16');
    expect(parseSkip(formatSkip([16, 13, 4, 5, 6]))).toEqual([4, 5, 6, 13, 16]);
  });

  it('keeps new booths off skipped numbers', () => {
    const editor = new PlanEditor({ plan: { areas: [defaults.area('hall', 'Nhà A', 60, 40, 0)], zones: [], booths: [], features: [] } });
    editor.createAt({ x: 0, y: 0, width: 3, height: 3 });
    editor.setSkip([2, 3]);
    editor.createAt({ x: 3, y: 0, width: 3, height: 3 });
    expect(editor.areaBooths().map((b) => b.number)).toEqual(['A01', 'A04']);
  });
});

describe('paste at the pointer', () => {
  it('centres the copies on the pointer, on the area pasted into, with free numbers past the skip list', () => {
    const d = grid();
    const copied = [d.booths.get('b00')!, d.booths.get('b01')!];
    const diff = pasteRecords(d, copied, { x: 30, y: 20 }, 'yard', id, new Set([1]));
    const [a, b] = diff.added.booths;
    expect([a!.xM, a!.yM, b!.xM, b!.yM]).toEqual([27, 18.5, 30, 18.5]);
    expect(diff.added.booths.every((x) => x.areaId === 'yard')).toBe(true);
    // X01 and X02 are taken and 1 is skipped: the copies of X00 and X01 take X03 and X04.
    expect(diff.added.booths.map((x) => x.number)).toEqual(['X03', 'X04']);
  });

  it('keeps the copies inside the area near its edge', () => {
    const d = grid();
    const diff = pasteRecords(d, [d.booths.get('b22')!], { x: 59.5, y: -4 }, 'hall', id);
    expect([diff.added.booths[0]!.xM, diff.added.booths[0]!.yM]).toEqual([57, 0]);
  });
});

describe('find', () => {
  const d = grid();
  const booths = [...d.booths.values()];
  const names = new Map([
    ['b11', 'HTX Cát Hải'],
    ['b20', 'Công ty Hạ Long'],
  ]);
  it('puts the exact number first, then numbers starting with it, then exhibitors (accents ignored)', () => {
    expect(findBooths('x11', booths, names).map((m) => m.booth.id)).toEqual(['b11']);
    expect(findBooths('X1', booths, names).map((m) => m.booth.number)).toEqual(['X10', 'X11', 'X12']);
    expect(findBooths('cat hai', booths, names).map((m) => [m.booth.number, m.name])).toEqual([['X11', 'HTX Cát Hải']]);
    expect(findBooths('  ', booths, names)).toEqual([]);
  });
});
