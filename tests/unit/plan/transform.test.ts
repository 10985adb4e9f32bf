import { describe, expect, it } from 'vitest';
import type { Booth } from '../../../shared/model/plan';
import { defaults } from '../../../shared/plan/records';
import { handleCursor, handlePoints } from '../../../renderer/features/plan/canvas/overlay';
import { resizeItem } from '../../../renderer/features/plan/canvas/transform';

const booth = (over: Partial<Booth> = {}): Booth => ({ ...defaults.booth('b', 'a', 'A01', { xM: 10, yM: 10 }), ...over });
const noEdges = { xs: [], ys: [], threshold: 0 };

describe('resizing by a handle', () => {
  it('a side handle moves that side only; the opposite side stays put', () => {
    expect(resizeItem(booth(), 'e', { x: 14.9, y: 50 }, noEdges)).toMatchObject({ xM: 10, yM: 10, widthM: 5, depthM: 3 });
    expect(resizeItem(booth(), 'w', { x: 8.1, y: -50 }, noEdges)).toMatchObject({ xM: 8, yM: 10, widthM: 5, depthM: 3 });
    expect(resizeItem(booth(), 'n', { x: 99, y: 9.4 }, noEdges)).toMatchObject({ xM: 10, yM: 9.5, widthM: 3, depthM: 3.5 });
    expect(resizeItem(booth(), 's', { x: -99, y: 14 }, noEdges)).toMatchObject({ xM: 10, yM: 10, widthM: 3, depthM: 4 });
  });

  it('a corner moves two sides, and a side never crosses its opposite', () => {
    expect(resizeItem(booth(), 'se', { x: 14, y: 15 }, noEdges)).toMatchObject({ xM: 10, yM: 10, widthM: 4, depthM: 5 });
    expect(resizeItem(booth(), 'e', { x: 2, y: 11 }, noEdges)).toMatchObject({ xM: 10, widthM: 0.5 });
  });

  it('a rotated booth resizes along its own sides', () => {
    // Turned 90° clockwise about its top-left corner: its "east" side now faces south.
    const turned = resizeItem(booth({ rotationDeg: 90 }), 'e', { x: 8, y: 15 }, noEdges);
    expect(turned).toMatchObject({ xM: 10, yM: 10, widthM: 5, depthM: 3, rotationDeg: 90 });
  });
});

describe('handles on screen', () => {
  const view = { scale: 20, x: 0, y: 0 };

  it('offers side handles at the middle of sides long enough to grab', () => {
    const kinds = handlePoints(booth(), view).map((h) => h.kind);
    expect(kinds.sort()).toEqual(['e', 'n', 'ne', 'nw', 'rotate', 's', 'se', 'sw', 'w']);
    expect(handlePoints(booth(), view).find((h) => h.kind === 'e')!.at).toEqual({ x: 260, y: 230 });
    // Zoomed out, a 3 m side is 15 px: the corners alone remain.
    expect(handlePoints(booth(), { scale: 5, x: 0, y: 0 }).map((h) => h.kind)).not.toContain('e');
  });

  it('shows the resize cursor turned with the booth', () => {
    expect(handleCursor('e', 0)).toBe('e-resize');
    expect(handleCursor('nw', 0)).toBe('nw-resize');
    expect(handleCursor('e', 90)).toBe('s-resize');
    expect(handleCursor('n', 45)).toBe('ne-resize');
    expect(handleCursor('w', -90)).toBe('s-resize');
    expect(handleCursor('rotate', 30)).toBe('grab');
  });
});
