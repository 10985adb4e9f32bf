import type { DrawingPlacement } from '../model/venue';

export type Pt = { x: number; y: number };

/** Where a point of the drawing's own frame lies on the area under a placement. */
export function placeOnArea(p: DrawingPlacement, q: Pt): Pt {
  const a = (p.rotationDeg * Math.PI) / 180;
  const [c, s] = [Math.cos(a) * p.scale, Math.sin(a) * p.scale];
  return { x: p.xM + q.x * c - q.y * s, y: p.yM + q.x * s + q.y * c };
}

/** The point of the drawing's own frame shown at `at` on the area. */
export function frameOf(p: DrawingPlacement, at: Pt): Pt {
  const a = (-p.rotationDeg * Math.PI) / 180;
  const [dx, dy] = [(at.x - p.xM) / p.scale, (at.y - p.yM) / p.scale];
  return { x: dx * Math.cos(a) - dy * Math.sin(a), y: dx * Math.sin(a) + dy * Math.cos(a) };
}

const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
/** Degrees in (-180, 180]. */
const normalDeg = (d: number) => {
  const x = ((((d + 180) % 360) + 360) % 360) - 180;
  return x === -180 ? 180 : x;
};

/**
 * Lines the drawing up by two pairs: the drawing point shown at `from[i]` goes to `to[i]`. It is
 * moved, turned and scaled (never mirrored). Null when the two drawing points are the same.
 */
export function alignByPairs(p: DrawingPlacement, from: readonly [Pt, Pt], to: readonly [Pt, Pt]): DrawingPlacement | null {
  const q1 = frameOf(p, from[0]);
  const q2 = frameOf(p, from[1]);
  const lq = Math.hypot(q2.x - q1.x, q2.y - q1.y);
  const lt = Math.hypot(to[1].x - to[0].x, to[1].y - to[0].y);
  if (lq < 1e-9 || lt < 1e-9) return null;
  const scale = lt / lq;
  const rot = Math.atan2(to[1].y - to[0].y, to[1].x - to[0].x) - Math.atan2(q2.y - q1.y, q2.x - q1.x);
  const [c, s] = [Math.cos(rot) * scale, Math.sin(rot) * scale];
  return {
    ...p,
    scale: r6(scale),
    rotationDeg: r6(normalDeg((rot * 180) / Math.PI)),
    xM: r6(to[0].x - (q1.x * c - q1.y * s)),
    yM: r6(to[0].y - (q1.x * s + q1.y * c)),
  };
}

/** Turns the drawing by `deg` about a point of the area (its centre, say), keeping that point still. */
export function rotateAbout(p: DrawingPlacement, deg: number, about: Pt): DrawingPlacement {
  const a = (deg * Math.PI) / 180;
  const [dx, dy] = [p.xM - about.x, p.yM - about.y];
  return {
    ...p,
    rotationDeg: r6(normalDeg(p.rotationDeg + deg)),
    xM: r6(about.x + dx * Math.cos(a) - dy * Math.sin(a)),
    yM: r6(about.y + dx * Math.sin(a) + dy * Math.cos(a)),
  };
}

/** Scales the drawing by `k` about a point of the area, keeping that point still. */
export function scaleAbout(p: DrawingPlacement, k: number, about: Pt): DrawingPlacement {
  return { ...p, scale: r6(p.scale * k), xM: r6(about.x + (p.xM - about.x) * k), yM: r6(about.y + (p.yM - about.y) * k) };
}

/** The drawing vertex nearest to `at` (area coordinates, as placed), within `reach` metres. */
export function nearestPlacedVertex(
  p: DrawingPlacement,
  paths: readonly { points: readonly number[] }[],
  at: Pt,
  reach: number,
): Pt | null {
  const q = frameOf(p, at);
  const r = reach / p.scale;
  let best: Pt | null = null;
  let bestD = r;
  for (const { points } of paths) {
    for (let i = 0; i < points.length; i += 2) {
      const d = Math.hypot(points[i]! - q.x, points[i + 1]! - q.y);
      if (d <= bestD) {
        bestD = d;
        best = { x: points[i]!, y: points[i + 1]! };
      }
    }
  }
  return best ? placeOnArea(p, best) : null;
}
