import { corners, type Placed, type Point } from './geometry';

/**
 * An area's outline: a simple polygon in metres of the area's own frame (its origin at the top-left
 * of its bounds), listed in drawing order without repeating the first point. An empty list means
 * the plain rectangle `widthM × depthM` (a row written before outlines existed).
 */
export interface Shaped {
  widthM: number;
  depthM: number;
  outline?: readonly Point[];
}

export const rectangleOutline = (widthM: number, depthM: number): Point[] => [
  { x: 0, y: 0 },
  { x: widthM, y: 0 },
  { x: widthM, y: depthM },
  { x: 0, y: depthM },
];

/** The polygon an area stands on, whatever way it was stored. */
export function outlineOf(area: Shaped): readonly Point[] {
  return area.outline && area.outline.length >= 3 ? area.outline : rectangleOutline(area.widthM, area.depthM);
}

/** Whether the outline is just the area's bounding rectangle (the rules and drawing can take the short way). */
export function isRectangle(area: Shaped): boolean {
  const o = outlineOf(area);
  if (o.length !== 4) return false;
  const xs = new Set(o.map((p) => p.x));
  const ys = new Set(o.map((p) => p.y));
  const on = (v: number, a: number, b: number) => Math.abs(v - a) < 1e-9 || Math.abs(v - b) < 1e-9;
  return xs.size === 2 && ys.size === 2 && o.every((p) => on(p.x, 0, area.widthM) && on(p.y, 0, area.depthM));
}

/** Surface in square metres (shoelace), whatever the winding. */
export function polygonArea(points: readonly Point[]): number {
  let twice = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    twice += a.x * b.y - b.x * a.y;
  }
  return Math.abs(twice) / 2;
}

/** The area's floor surface in m²: the polygon's, not its bounding box's. */
export const areaSurfaceM2 = (area: Shaped): number => polygonArea(outlineOf(area));

/** Even-odd ray test; a point on an edge counts as inside (within `slack` metres). */
export function pointInPolygon(pt: Point, polygon: readonly Point[], slack = 0): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (slack > 0 && distanceToSegment(pt, a, b) <= slack) return true;
    if (a.y > pt.y !== b.y > pt.y && pt.x < ((b.x - a.x) * (pt.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Whether two segments cross at a point inside both (touching at an end or along a line does not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 1e-12 && d2 < -1e-12) || (d1 < -1e-12 && d2 > 1e-12)) && ((d3 > 1e-12 && d4 < -1e-12) || (d3 < -1e-12 && d4 > 1e-12));
}

/**
 * Whether a placed rectangle (a booth, rotation included) lies within the polygon: its corners
 * inside and no edge of the polygon cutting through it (the notch of an L-shaped hall). The
 * rectangle is first shrunk by `slack`, so a booth set flush against a wall still fits.
 */
export function rectInPolygon(item: Placed, polygon: readonly Point[], slack = 0): boolean {
  const s = Math.min(slack, item.widthM / 4, item.depthM / 4);
  const a = (item.rotationDeg * Math.PI) / 180;
  const inner: Placed = {
    xM: item.xM + s * Math.cos(a) - s * Math.sin(a),
    yM: item.yM + s * Math.sin(a) + s * Math.cos(a),
    widthM: item.widthM - 2 * s,
    depthM: item.depthM - 2 * s,
    rotationDeg: item.rotationDeg,
  };
  const cs = corners(inner);
  if (!cs.every((c) => pointInPolygon(c, polygon))) return false;
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i]!;
    const q = polygon[(i + 1) % polygon.length]!;
    for (let k = 0; k < 4; k++) if (segmentsCross(p, q, cs[k]!, cs[(k + 1) % 4]!)) return false;
  }
  // A vertex of the polygon inside the rectangle means the outline dips into it.
  return !polygon.some((v) => strictlyInside(v, cs));
}

function strictlyInside(p: Point, quad: Point[]): boolean {
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const c = cross(quad[i]!, quad[(i + 1) % 4]!, p);
    if (Math.abs(c) < 1e-9) return false;
    const s = Math.sign(c);
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
  }
  return true;
}

/** Whether a polygon is usable as an outline: three points or more, a surface, no edge crossing another. */
export function outlineProblem(points: readonly Point[]): 'tooFewPoints' | 'noSurface' | 'selfCrossing' | null {
  if (points.length < 3) return 'tooFewPoints';
  const n = points.length;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      if (j === i + 1 || (i === 0 && j === n - 1)) continue;
      if (segmentsCross(points[i]!, points[(i + 1) % n]!, points[j]!, points[(j + 1) % n]!)) return 'selfCrossing';
    }
  return polygonArea(points) < 1e-6 ? 'noSurface' : null;
}

/**
 * An outline as stored: moved so that its bounds start at the area's origin, rounded to the
 * millimetre; with the bounds as the area's width and depth.
 */
export function normalizeOutline(points: readonly Point[]): { outline: Point[]; widthM: number; depthM: number; shift: Point } {
  const minX = Math.min(...points.map((p) => p.x));
  const minY = Math.min(...points.map((p) => p.y));
  const mm = (v: number) => Math.round(v * 1000) / 1000;
  const outline = points.map((p) => ({ x: mm(p.x - minX), y: mm(p.y - minY) }));
  return {
    outline,
    widthM: Math.max(...outline.map((p) => p.x)),
    depthM: Math.max(...outline.map((p) => p.y)),
    shift: { x: minX, y: minY },
  };
}

/** The point at 90° or 45° from `from` nearest to `to` (drawing with Shift held). */
export function constrainAngle(from: Point, to: Point): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const step = Math.PI / 4;
  const angle = Math.round(Math.atan2(dy, dx) / step) * step;
  const len = Math.hypot(dx, dy) * Math.cos(Math.atan2(dy, dx) - angle);
  return { x: from.x + len * Math.cos(angle), y: from.y + len * Math.sin(angle) };
}
