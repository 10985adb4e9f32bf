import { describe, expect, it } from 'vitest';
import { alignItems, distributeItems, rotateQuarter, setLocked } from '../../../renderer/features/plan/editor/arrange';
import { copyRecords, nextFreeNumber } from '../../../renderer/features/plan/editor/commands';
import { docFromPlan, defaults } from '../../../renderer/features/plan/editor/records';
import { centre } from '../../../renderer/features/plan/model/geometry';

const doc = () =>
  docFromPlan({
    areas: [defaults.area('hall', 'Nhà A', 60, 40, 0)],
    zones: [],
    booths: [
      defaults.booth('a', 'hall', 'A01', { xM: 0, yM: 0 }),
      defaults.booth('b', 'hall', 'A02', { xM: 5, yM: 2 }),
      defaults.booth('c', 'hall', 'A03', { xM: 20, yM: 7 }, { widthM: 3, depthM: 4 }),
    ],
    features: [],
  });
const after = (d: ReturnType<typeof alignItems>) => Object.fromEntries(d.updated.booths.map(([, b]) => [b.id, [b.xM, b.yM]]));

describe('arrange', () => {
  it('aligns tops and bottoms to the selection’s bounds', () => {
    expect(after(alignItems(doc(), ['a', 'b', 'c'], 'top'))).toEqual({ b: [5, 0], c: [20, 0] });
    expect(after(alignItems(doc(), ['a', 'b', 'c'], 'bottom'))).toEqual({ a: [0, 8], b: [5, 8] });
  });

  it('distributes with equal gaps, first and last staying put', () => {
    expect(after(distributeItems(doc(), ['a', 'b', 'c'], 'x'))).toEqual({ b: [10, 2] });
  });

  it('turns a quarter about the centre, and locks', () => {
    const d = doc();
    const [before, turned] = rotateQuarter(d, ['c']).updated.booths[0]!;
    expect(turned.rotationDeg).toBe(90);
    expect(centre(turned)).toEqual(
      expect.objectContaining({ x: expect.closeTo(centre(before).x, 6), y: expect.closeTo(centre(before).y, 6) }),
    );
    expect(setLocked(d, ['a'], true).updated.booths[0]![1].locked).toBe(true);
  });

  it('pastes copies onto another area with fresh numbers', () => {
    let n = 0;
    const d = doc();
    const pasted = copyRecords(d, [d.booths.get('a')!, d.booths.get('b')!], { dx: 1, dy: 1 }, () => `p${++n}`, 'garden');
    expect(pasted.added.booths.map((b) => [b.id, b.number, b.areaId, b.xM])).toEqual([
      ['p1', 'A04', 'garden', 1],
      ['p2', 'A05', 'garden', 6],
    ]);
    expect(nextFreeNumber('Sân khấu', new Set())).toBe('Sân khấu-2');
  });
});
