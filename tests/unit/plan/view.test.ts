import { describe, expect, it } from 'vitest';
import { bounds, containsPoint } from '../../../renderer/features/plan/model/geometry';
import { SpatialIndex } from '../../../renderer/features/plan/model/spatial';
import { fitBox, toScreen, toWorld, zoomAt } from '../../../renderer/features/plan/model/view';

const booth = (id: string, xM: number, yM: number, rotationDeg = 0) => ({ id, xM, yM, widthM: 3, depthM: 3, rotationDeg });

describe('view transform', () => {
  it('fits a box centred in the viewport', () => {
    const view = fitBox({ x: 0, y: 0, width: 100, height: 8 }, 1048, 400, 24);
    expect(view.scale).toBe(10);
    expect(toScreen(view, { x: 50, y: 4 })).toEqual({ x: 524, y: 200 });
  });

  it('zooms around the cursor: the point under it stays put', () => {
    const view = { scale: 10, x: 30, y: 40 };
    const cursor = { x: 300, y: 200 };
    const before = toWorld(view, cursor);
    const zoomed = zoomAt(view, cursor, 2.5);
    expect(zoomed.scale).toBe(25);
    const after = toWorld(zoomed, cursor);
    expect(after.x).toBeCloseTo(before.x, 9);
    expect(after.y).toBeCloseTo(before.y, 9);
  });
});

describe('geometry and the spatial index', () => {
  it('rotates about the top-left corner', () => {
    const b = booth('a', 10, 10, 90);
    expect(bounds(b)).toMatchObject({ x: 7, y: 10, width: 3, height: 3 });
    expect(containsPoint(b, { x: 8.5, y: 11 })).toBe(true);
    expect(containsPoint(b, { x: 11, y: 11 })).toBe(false);
  });

  it('finds the booth under a point and the booths inside a marquee among thousands', () => {
    const booths = Array.from({ length: 10_000 }, (_, i) => booth(`b${i}`, (i % 100) * 3, Math.floor(i / 100) * 3));
    const index = new SpatialIndex(booths);
    expect(index.at({ x: 4, y: 7 })?.id).toBe('b201');
    expect(index.at({ x: -1, y: 7 })).toBeUndefined();
    const inside = index.within({ x: -0.1, y: -0.1, width: 30.2, height: 30.2 });
    expect(inside).toHaveLength(100);
    expect(index.within({ x: 1, y: 1, width: 1, height: 1 }, true).map((b) => b.id)).toEqual(['b0']);
  });
});
