import { describe, expect, it } from 'vitest';
import type { Booth, Feature } from '../../../shared/model/plan';
import { derivedTypes } from '../../../shared/plan/boothType';
import { checkArea, duplicateNumbers } from '../../../renderer/features/plan/editor/checks';
import { generateBlock } from '../../../renderer/features/plan/editor/generator';
import { boothNumbers, parseSkip } from '../../../renderer/features/plan/editor/numbering';
import { defaults } from '../../../renderer/features/plan/editor/records';
import { snapTranslate } from '../../../renderer/features/plan/editor/snapping';

const area = defaults.area('hall', 'Nhà A', 40, 30, 0);
const at = (id: string, number: string, xM: number, yM: number, size?: { widthM: number; depthM: number }): Booth =>
  defaults.booth(id, 'hall', number, { xM, yM }, size);

describe('numbering and the generator', () => {
  it('pads, steps and skips', () => {
    expect(boothNumbers({ prefix: 'A', start: 11, step: 1, padding: 3, skip: [13] }, 4)).toEqual(['A011', 'A012', 'A014', 'A015']);
    expect(boothNumbers({ prefix: '', start: 101, step: 2, padding: 0, skip: [] }, 3)).toEqual(['101', '103', '105']);
    expect(parseSkip('13, 4-6')).toEqual([13, 4, 5, 6]);
    expect(parseSkip('13, abc')).toBeNull();
  });

  it('lays out an n × m block row by row, snake numbering running back on odd rows', () => {
    let n = 0;
    const booths = generateBlock(
      {
        rows: 2,
        cols: 3,
        boothWidthM: 3,
        boothDepthM: 3,
        aisleM: 4,
        numbering: { prefix: 'B', start: 1, step: 1, padding: 2, skip: [] },
        snake: true,
      },
      'hall',
      { xM: 2, yM: 1 },
      () => `id${++n}`,
    );
    expect(booths.map((b) => [b.number, b.xM, b.yM])).toEqual([
      ['B01', 2, 1],
      ['B02', 5, 1],
      ['B03', 8, 1],
      ['B04', 8, 8],
      ['B05', 5, 8],
      ['B06', 2, 8],
    ]);
  });
});

describe('booth types from neighbours', () => {
  it('tells island, peninsula, corner and inline apart', () => {
    // A 3 × 2 block back to back: ends of each row are corners, the middle ones are inline.
    const block = [at('a', '1', 0, 0), at('b', '2', 3, 0), at('c', '3', 6, 0), at('d', '4', 0, 3), at('e', '5', 3, 3), at('f', '6', 6, 3)];
    const lonely = at('g', '7', 20, 20);
    const pair = [at('h', '8', 30, 20), at('i', '9', 33, 20)];
    const types = derivedTypes([...block, lonely, ...pair]);
    expect(types.get('a')).toBe('corner');
    expect(types.get('b')).toBe('inline');
    expect(types.get('g')).toBe('island');
    expect(types.get('h')).toBe('peninsula');
  });
});

describe('checks', () => {
  it('finds overlaps, booths outside the area, duplicate numbers and narrow aisles', () => {
    const booths = [at('a', 'A01', 0, 0), at('b', 'A02', 2, 0), at('c', 'A03', 38, 0), at('d', 'A01', 10, 0), at('e', 'A05', 10, 5)];
    const aisle: Feature = { ...defaults.feature('f', 'hall', 'aisle', { xM: 0, yM: 20 }), depthM: 2.5 };
    const issues = checkArea(area, booths, [aisle]);
    expect(issues).toContainEqual({ kind: 'overlap', ids: ['a', 'b'], numbers: ['A01', 'A02'] });
    expect(issues).toContainEqual({ kind: 'outside', ids: ['c'], numbers: ['A03'] });
    expect(issues).toContainEqual({ kind: 'narrowAisle', ids: ['d', 'e'], numbers: ['A01', 'A05'], widthM: 2 });
    expect(issues).toContainEqual({ kind: 'narrowAisle', ids: ['f'], numbers: [], widthM: 2.5 });
    expect(duplicateNumbers(booths)).toEqual([{ kind: 'duplicate', ids: ['a', 'd'], numbers: ['A01'] }]);
  });

  it('sees no aisle where the nearest booth on that side touches or overlaps', () => {
    const booths = [at('a', '1', 0, 0), at('b', '2', 2, 0), at('c', '3', 6.5, 0)];
    expect(checkArea(area, booths, []).filter((i) => i.kind === 'narrowAisle')).toEqual([
      { kind: 'narrowAisle', ids: ['b', 'c'], numbers: ['2', '3'], widthM: 1.5 },
    ]);
  });

  it('finds nothing wrong in a clean block with a 3 m aisle', () => {
    const booths = [at('a', '1', 0, 0), at('b', '2', 3, 0), at('c', '3', 0, 6), at('d', '4', 3, 6)];
    expect(checkArea(area, booths, [])).toEqual([]);
  });
});

describe('snapping', () => {
  it('snaps to another booth’s edge with a guide, else to the 0.5 m grid', () => {
    const moving = { x: 0, y: 0, width: 3, height: 3 };
    const other = { x: 10, y: 0, width: 3, height: 3 };
    const snapped = snapTranslate(moving, 6.87, 0.1, [other], 0.3);
    expect(snapped.dx).toBeCloseTo(7);
    expect(snapped.guides).toContainEqual({ axis: 'x', at: 10, from: 0, to: 3 });
    const free = snapTranslate(moving, 4.3, 12.2, [other], 0.3);
    expect([free.dx, free.dy]).toEqual([4.5, 12]);
  });
});
