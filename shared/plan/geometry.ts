/** Plan geometry in metres: rectangles rotated about their top-left corner, as booths are stored. */
export interface Placed {
  xM: number;
  yM: number;
  widthM: number;
  depthM: number;
  rotationDeg: number;
}

export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned rectangle in metres (or pixels, for screen rectangles). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const RAD = Math.PI / 180;

/** The four corners, clockwise from the anchor (top-left before rotation). */
export function corners(p: Placed): Point[] {
  const a = p.rotationDeg * RAD;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const at = (u: number, v: number): Point => ({ x: p.xM + u * cos - v * sin, y: p.yM + u * sin + v * cos });
  return [at(0, 0), at(p.widthM, 0), at(p.widthM, p.depthM), at(0, p.depthM)];
}

export function centre(p: Placed): Point {
  const a = p.rotationDeg * RAD;
  const u = p.widthM / 2;
  const v = p.depthM / 2;
  return { x: p.xM + u * Math.cos(a) - v * Math.sin(a), y: p.yM + u * Math.sin(a) + v * Math.cos(a) };
}

/** The axis-aligned bounds of a possibly rotated rectangle. */
export function bounds(p: Placed): Box {
  if (p.rotationDeg % 360 === 0) return { x: p.xM, y: p.yM, width: p.widthM, height: p.depthM };
  const cs = corners(p);
  const xs = cs.map((c) => c.x);
  const ys = cs.map((c) => c.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function unionBox(boxes: Iterable<Box>): Box | null {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return x0 <= x1 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

/** Whether a point lies inside the rectangle, rotation included. */
export function containsPoint(p: Placed, pt: Point): boolean {
  const a = -p.rotationDeg * RAD;
  const dx = pt.x - p.xM;
  const dy = pt.y - p.yM;
  const u = dx * Math.cos(a) - dy * Math.sin(a);
  const v = dx * Math.sin(a) + dy * Math.cos(a);
  return u >= 0 && u <= p.widthM && v >= 0 && v <= p.depthM;
}

export function boxesOverlap(a: Box, b: Box, tolerance = 0): boolean {
  return (
    a.x < b.x + b.width - tolerance &&
    b.x < a.x + a.width - tolerance &&
    a.y < b.y + b.height - tolerance &&
    b.y < a.y + a.height - tolerance
  );
}

export function boxContains(outer: Box, inner: Box, tolerance = 1e-6): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.width <= outer.x + outer.width + tolerance &&
    inner.y + inner.height <= outer.y + outer.height + tolerance
  );
}

/** A box from two corner points in any order (a marquee). */
export function boxFromPoints(a: Point, b: Point): Box {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}
