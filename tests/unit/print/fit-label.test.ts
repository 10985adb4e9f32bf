import { describe, expect, it } from 'vitest';
import { fitLabel, wrap, type Measure } from '../../../electron/services/print/fit-label';
import { columnLetter, niceLength, pointsPerMetre, scaleRatio, tileGrid, trueScalePtPerM } from '../../../electron/services/print/paper';

/** A monospace stand-in for the font: every character is 0.6 em wide, lines are 1.2 em. */
const mono: Measure = { width: (text, size) => Array.from(text).length * 0.6 * size, lineHeight: (size) => 1.2 * size };

const insideBox = (w: number, h: number) => (l: { x: number; y: number; width: number; height: number }) =>
  l.x >= 0 && l.y >= 0 && l.x + l.width <= w + 1e-9 && l.y + l.height <= h + 1e-9;

describe('fitting a label inside a booth', () => {
  it('keeps number and name whole when the booth is roomy', () => {
    const lines = fitLabel(mono, 80, 80, 'A01', 'Châu Long');
    expect(lines.map((l) => l.text)).toEqual(['A01', 'Châu Long']);
    expect(lines.every(insideBox(80, 80))).toBe(true);
  });

  it('shrinks, then wraps, and never leaves the box, whatever the size', () => {
    const name = 'Hợp tác xã Nước mắm Cát Hải truyền thống';
    for (const [w, h] of [
      [20, 20],
      [30, 12],
      [12, 40],
      [60, 25],
      [5, 5],
      [200, 8],
    ] as const) {
      const lines = fitLabel(mono, w, h, 'B12', name);
      expect(lines.every(insideBox(w, h)), `${w}×${h}`).toBe(true);
      for (const l of lines) expect(l.size).toBeGreaterThan(0);
    }
  });

  it('cuts a 300-character name with an ellipsis, or leaves only the number when the booth is tiny', () => {
    const long = 'Công ty Trách nhiệm hữu hạn Thương mại '.repeat(8).slice(0, 300);
    const cut = fitLabel(mono, 40, 40, 'C3', long);
    expect(cut[0]!.text).toBe('C3');
    expect(cut[cut.length - 1]!.text.endsWith('…')).toBe(true);
    expect(cut.every(insideBox(40, 40))).toBe(true);
    const tiny = fitLabel(mono, 9, 6, 'C3', long);
    expect(tiny.map((l) => l.text)).toEqual(['C3']);
  });

  it('breaks a word longer than the line into pieces', () => {
    expect(wrap(mono, 'Siêuthịgiadụng', 10, 30)).toEqual(['Siêut', 'hịgia', 'dụng']);
  });
});

describe('paper and tiles', () => {
  it('counts tiles with overlap, labelled column letter then row number', () => {
    const grid = tileGrid(100, 8, { w: 785, h: 450 }, pointsPerMetre(100), 28.35);
    expect([grid.rows, grid.columns]).toEqual([1, 4]);
    expect(grid.tiles.map((t) => t.label)).toEqual(['A1', 'B1', 'C1', 'D1']);
    // Neighbouring tiles share exactly the overlap.
    const [a, b] = grid.tiles;
    expect((a!.view.x + a!.view.w - b!.view.x) * pointsPerMetre(100)).toBeCloseTo(28.35);
  });

  it('names columns past Z as AA, AB', () => {
    expect([0, 25, 26, 27].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB']);
  });

  it('rounds scale bars and ratios as a map prints them', () => {
    expect(niceLength(37)).toBe(20);
    expect(niceLength(7)).toBe(5);
    expect(scaleRatio(pointsPerMetre(250))).toBe(250);
  });

  it('fits a map at a true 1:N rounded up to two figures, never larger than the frame allows', () => {
    expect(scaleRatio(trueScalePtPerM(pointsPerMetre(103)))).toBe(110);
    expect(scaleRatio(trueScalePtPerM(pointsPerMetre(100)))).toBe(100);
    expect(scaleRatio(trueScalePtPerM(pointsPerMetre(2345)))).toBe(2400);
    expect(scaleRatio(trueScalePtPerM(pointsPerMetre(57.2)))).toBe(58);
    expect(trueScalePtPerM(pointsPerMetre(103))).toBeLessThanOrEqual(pointsPerMetre(103));
  });
});
