import type { Box } from '../model/geometry';

export const GRID_M = 0.5;

/** A guide line drawn while snapping: vertical (`x` fixed) or horizontal (`y` fixed), in metres. */
export type Guide = { axis: 'x'; at: number; from: number; to: number } | { axis: 'y'; at: number; from: number; to: number };

export interface SnapResult {
  dx: number;
  dy: number;
  guides: Guide[];
}

const roundTo = (v: number, step: number) => Math.round(v / step) * step;

/**
 * Snaps a translation of `moving` (the selection's bounds) by (dx, dy): first to other booths'
 * edges and centres within `threshold` metres (with guides), else its top-left corner to the grid.
 */
export function snapTranslate(moving: Box, dx: number, dy: number, others: readonly Box[], threshold: number, grid = GRID_M): SnapResult {
  const moved = { ...moving, x: moving.x + dx, y: moving.y + dy };
  const sx = snapAxis(
    moved.x,
    moved.width,
    others.map((o) => [o.x, o.width] as const),
    threshold,
  );
  const sy = snapAxis(
    moved.y,
    moved.height,
    others.map((o) => [o.y, o.height] as const),
    threshold,
  );
  const fx = sx ? sx.delta : roundTo(moved.x, grid) - moved.x;
  const fy = sy ? sy.delta : roundTo(moved.y, grid) - moved.y;
  const final = { ...moved, x: moved.x + fx, y: moved.y + fy };
  const guides: Guide[] = [];
  if (sx) guides.push(guideFor('x', sx.line, final, others));
  if (sy) guides.push(guideFor('y', sy.line, final, others));
  return { dx: dx + fx, dy: dy + fy, guides };
}

/** Snaps one value (an edge being dragged in a resize) to others' edges and centres, else the grid. */
export function snapValue(
  value: number,
  others: readonly number[],
  threshold: number,
  grid = GRID_M,
): { value: number; line: number | null } {
  let best: number | null = null;
  for (const o of others) if (Math.abs(o - value) <= threshold && (best === null || Math.abs(o - value) < Math.abs(best - value))) best = o;
  return best !== null ? { value: best, line: best } : { value: roundTo(value, grid), line: null };
}

function snapAxis(
  start: number,
  size: number,
  others: readonly (readonly [number, number])[],
  threshold: number,
): { delta: number; line: number } | null {
  const mine = [start, start + size / 2, start + size];
  let best: { delta: number; line: number } | null = null;
  for (const [oStart, oSize] of others) {
    for (const target of [oStart, oStart + oSize / 2, oStart + oSize]) {
      for (const m of mine) {
        const delta = target - m;
        if (Math.abs(delta) <= threshold && (!best || Math.abs(delta) < Math.abs(best.delta))) best = { delta, line: target };
      }
    }
  }
  return best;
}

function guideFor(axis: 'x' | 'y', line: number, box: Box, others: readonly Box[]): Guide {
  const [lo, hi] = axis === 'x' ? [box.y, box.y + box.height] : [box.x, box.x + box.width];
  let from = lo;
  let to = hi;
  for (const o of others) {
    const touches = axis === 'x' ? [o.x, o.x + o.width / 2, o.x + o.width] : [o.y, o.y + o.height / 2, o.y + o.height];
    if (!touches.some((t) => Math.abs(t - line) < 1e-9)) continue;
    from = Math.min(from, axis === 'x' ? o.y : o.x);
    to = Math.max(to, axis === 'x' ? o.y + o.height : o.x + o.width);
  }
  return { axis, at: line, from, to };
}
