import type { SceneCanvas } from 'konva/lib/Canvas';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FRAME_BUDGET_MS, nextBudget, PiecewiseBitmap } from '../../../renderer/features/plan/canvas/bitmap';
import type { Box } from '../../../renderer/features/plan/model/geometry';

/** A canvas that only counts: which pieces were made, and how big. */
function fakeCanvas(width: number, height: number) {
  const ctx = {
    save() {},
    restore() {},
    setTransform() {},
    beginPath() {},
    rect() {},
    clip() {},
    clearRect() {},
  };
  return { width, height, _canvas: { width, height }, getContext: () => ctx } as unknown as SceneCanvas;
}

function painter() {
  const made: { width: number; height: number }[] = [];
  const drawn: Box[] = [];
  let frames: (() => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => (frames = []));
  const bitmap = new PiecewiseBitmap(
    (_canvas, inside) => drawn.push(inside),
    () => {},
    () => {},
    (width, height) => {
      made.push({ width, height });
      return fakeCanvas(width, height);
    },
  );
  /** Runs frames until the bitmap is complete. */
  const finish = () => {
    while (frames.length) {
      const f = frames.shift()!;
      f();
    }
  };
  return { bitmap, made, drawn, finish };
}

// A 2,000 × 1,000 m region at 1 device pixel a metre: 8 × 4 pieces of 256 px (the last ones narrower).
const REGION = { x: 0, y: 0, width: 2000, height: 1000 };
const VISIBLE = { x: 500, y: 250, width: 1000, height: 500 };

describe('the piecewise bitmap', () => {
  beforeEach(() => vi.useRealTimers());
  afterEach(() => vi.unstubAllGlobals());

  it('starts without one big canvas: each piece gets its own small one, the visible ones first', () => {
    const { bitmap, made, drawn, finish } = painter();
    bitmap.start(REGION, REGION, 1, 1, VISIBLE);
    finish();
    expect(bitmap.shown?.tiles).toHaveLength(8 * 4);
    expect(made).toHaveLength(32);
    // Whole squares of one grid: the last column reaches past 2,000 px to 2,048.
    expect(made.every((m) => m.width === 256 && m.height === 256)).toBe(true);
    const overlaps = (b: Box) =>
      b.x < VISIBLE.x + VISIBLE.width && VISIBLE.x < b.x + b.width && b.y < VISIBLE.y + VISIBLE.height && VISIBLE.y < b.y + b.height;
    const firstHidden = drawn.findIndex((b) => !overlaps(b));
    expect(drawn.slice(firstHidden).every((b) => !overlaps(b))).toBe(true);
  });

  it('a change repaints only the pieces its spot touches, and only the spot', () => {
    const { bitmap, drawn, finish } = painter();
    bitmap.start(REGION, REGION, 1, 1, VISIBLE);
    finish();
    drawn.length = 0;
    // A booth well inside one piece.
    bitmap.repaint([{ x: 300, y: 300, width: 3, height: 3 }], 1);
    expect(drawn).toEqual([{ x: 297, y: 297, width: 9, height: 9 }]);
    drawn.length = 0;
    // A booth across the line between two pieces (x = 512).
    bitmap.repaint([{ x: 510, y: 300, width: 3, height: 3 }], 1);
    expect(drawn).toHaveLength(2);
    expect(drawn.map((b) => b.x).sort((a, b) => a - b)).toEqual([507, 512]);
  });

  it('after a pan, draws only the pieces newly in view: the others are taken over as drawn', () => {
    const { bitmap, made, drawn, finish } = painter();
    const view = { x: 0, y: 0, width: 1024, height: 512 };
    bitmap.start(view, REGION, 1, 1, view);
    finish();
    expect(made).toHaveLength(4 * 2);
    const first = bitmap.shown!.tiles.map((p) => p.canvas);
    made.length = 0;
    drawn.length = 0;
    // 300 px to the right: the view now crosses columns 1–5 of the grid, of which 1–3 are drawn.
    const panned = { x: 300, y: 0, width: 1024, height: 512 };
    bitmap.start(panned, REGION, 1, 1, panned);
    finish();
    expect(made).toHaveLength(2 * 2);
    expect(drawn.map((b) => b.x).sort((a, b) => a - b)).toEqual([1024, 1024, 1280, 1280]);
    // The shared pieces are the same canvases, kept (not freed) when the old bitmap goes.
    const kept = bitmap.shown!.tiles.filter((p) => first.includes(p.canvas));
    expect(kept.map((p) => p.box.x).sort((a, b) => a - b)).toEqual([256, 256, 512, 512, 768, 768]);
  });

  it('takes nothing over once the content changed without a repaint, nor at another scale', () => {
    const { bitmap, drawn, finish } = painter();
    const view = { x: 0, y: 0, width: 1024, height: 512 };
    bitmap.start(view, REGION, 1, 1, view);
    finish();
    drawn.length = 0;
    bitmap.stale();
    bitmap.start(view, REGION, 1, 1, view);
    finish();
    expect(drawn).toHaveLength(8);
    drawn.length = 0;
    bitmap.start(view, REGION, 2, 2, view);
    finish();
    expect(drawn).toHaveLength(8 * 4);
  });

  it('puts only the pieces in view on screen', () => {
    const { bitmap, finish } = painter();
    bitmap.start(REGION, REGION, 1, 1, VISIBLE);
    finish();
    const drawImage = vi.fn();
    bitmap.drawOnScreen({ drawImage, clearRect() {} } as unknown as CanvasRenderingContext2D, { x: 10, y: 10, width: 100, height: 100 });
    expect(drawImage).toHaveBeenCalledTimes(1);
    drawImage.mockClear();
    bitmap.drawOnScreen({ drawImage, clearRect() {} } as unknown as CanvasRenderingContext2D, VISIBLE);
    // 500–1500 × 250–750 crosses columns 1–5 and rows 0–2.
    expect(drawImage).toHaveBeenCalledTimes(5 * 3);
  });

  it('gives the canvases of pieces gone to new pieces rather than making new ones, never one canvas to two pieces', () => {
    const { bitmap, made, finish } = painter();
    const view = { x: 0, y: 0, width: 1024, height: 512 };
    bitmap.start(view, REGION, 1, 1, view);
    finish();
    bitmap.start(view, REGION, 2, 2, view);
    finish();
    // The first scale's 8 pieces went when the second was complete: the third scale's first 8 pieces take them.
    made.length = 0;
    bitmap.start(view, REGION, 4, 4, view);
    finish();
    expect(made).toHaveLength(16 * 8 - 8);
    const canvases = bitmap.shown!.tiles.map((p) => p.canvas);
    expect(new Set(canvases).size).toBe(canvases.length);
    // The second scale's pieces, gone now, are kept for the next one: nothing new is made for it.
    made.length = 0;
    bitmap.start(view, REGION, 1, 1, view);
    finish();
    expect(made).toHaveLength(0);
  });
});

describe('the time a frame gives to drawing pieces', () => {
  it('halves after a late frame, down to a floor, and grows back a millisecond a frame on time', () => {
    expect(nextBudget(8, 35)).toBe(4);
    expect(nextBudget(FRAME_BUDGET_MS.min, 50)).toBe(FRAME_BUDGET_MS.min);
    expect(nextBudget(4, 16.7)).toBe(5);
    expect(nextBudget(FRAME_BUDGET_MS.max, 16.7)).toBe(FRAME_BUDGET_MS.max);
  });

  it('paints only in frames, and fewer pieces a frame after frames came late', () => {
    const { bitmap, drawn } = painter();
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    // Each piece takes 1 ms to draw.
    const paint = drawn.push.bind(drawn);
    drawn.push = (...b: Box[]) => {
      now += 1;
      return paint(...b);
    };
    bitmap.start(REGION, REGION, 1, 1, VISIBLE);
    const perFrame: number[] = [drawn.length];
    for (let i = 0; i < 3; i++) {
      // Each frame comes 40 ms after the one before: late.
      now += 40;
      const before = drawn.length;
      frames.shift()!();
      perFrame.push(drawn.length - before);
    }
    // Nothing is painted in the event that started it (a zoom's wheel, a pan's move): the frames paint.
    expect(perFrame[0]).toBe(0);
    // The first frame has no frame before it to judge by; the next ones halve.
    expect(perFrame.slice(1)).toEqual([FRAME_BUDGET_MS.start, FRAME_BUDGET_MS.start / 2, FRAME_BUDGET_MS.min]);
  });
});
