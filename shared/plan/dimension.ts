import type { Language } from '../model/fair';
import type { Dimension } from '../model/plan';
import { formatNumber } from '../money';

export interface Pt {
  x: number;
  y: number;
}

/** How a dimension line is drawn, in metres of the area: what the canvas and the printed map both draw. */
export interface DimensionShape {
  /** The measured length, in metres. */
  lengthM: number;
  /** The dimension line itself, offset from the measured points. */
  from: Pt;
  to: Pt;
  /** Extension lines: from near each measured point to a little past the dimension line. */
  extensions: [[Pt, Pt], [Pt, Pt]];
  /** The text's centre, just off the line's middle on the side away from the points, and its angle kept readable (−90°, 90°]. */
  label: Pt;
  angleDeg: number;
  /** Unit vector along the line, and its left-hand normal (the side a positive offset stands on). */
  dir: Pt;
  normal: Pt;
}

/** Gap between a measured point and its extension line, and how far the extension runs past the dimension line. */
const GAP_M = 0.15;
const OVERSHOOT_M = 0.2;

export const dimensionLength = (d: Dimension) => Math.hypot(d.x2M - d.x1M, d.y2M - d.y1M);

export function dimensionShape(d: Dimension, textOffsetM = 0.3): DimensionShape {
  const lengthM = dimensionLength(d);
  const dir = lengthM > 0 ? { x: (d.x2M - d.x1M) / lengthM, y: (d.y2M - d.y1M) / lengthM } : { x: 1, y: 0 };
  // Left of the direction on a y-down plan.
  const normal = { x: dir.y, y: -dir.x };
  const off = (p: Pt, k: number) => ({ x: p.x + normal.x * k, y: p.y + normal.y * k });
  const p1 = { x: d.x1M, y: d.y1M };
  const p2 = { x: d.x2M, y: d.y2M };
  const sign = d.offsetM < 0 ? -1 : 1;
  const gap = Math.min(GAP_M, Math.abs(d.offsetM));
  const from = off(p1, d.offsetM);
  const to = off(p2, d.offsetM);
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  let angleDeg = (Math.atan2(dir.y, dir.x) * 180) / Math.PI;
  if (angleDeg > 90) angleDeg -= 180;
  else if (angleDeg <= -90) angleDeg += 180;
  return {
    lengthM,
    from,
    to,
    extensions: [
      [off(p1, sign * gap), off(p1, d.offsetM + sign * OVERSHOOT_M)],
      [off(p2, sign * gap), off(p2, d.offsetM + sign * OVERSHOOT_M)],
    ],
    label: off(mid, sign * textOffsetM),
    angleDeg,
    dir,
    normal,
  };
}

/** The length as shown and printed: metres to the centimetre, in the reader's decimal mark. */
export function dimensionText(d: Dimension, language: Language): string {
  return `${formatNumber(dimensionLength(d), language, 2)} m`;
}

/** The box around a dimension line as drawn: its measured points and the offset line (marquee, paste, zoom). */
export function dimensionBounds(d: Dimension): { x: number; y: number; width: number; height: number } {
  const { from, to } = dimensionShape(d);
  const xs = [d.x1M, d.x2M, from.x, to.x];
  const ys = [d.y1M, d.y2M, from.y, to.y];
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Distance from a point to the drawn dimension line (for picking it on the canvas). */
export function distanceToDimension(d: Dimension, p: Pt): number {
  const { from, to } = dimensionShape(d);
  const [vx, vy] = [to.x - from.x, to.y - from.y];
  const len2 = vx * vx + vy * vy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((p.x - from.x) * vx + (p.y - from.y) * vy) / len2)) : 0;
  return Math.hypot(p.x - (from.x + t * vx), p.y - (from.y + t * vy));
}

/** The offset that puts the dimension line through `p` (for dragging it off its points). */
export function offsetThrough(d: Dimension, p: Pt): number {
  const { normal } = dimensionShape(d);
  return (p.x - d.x1M) * normal.x + (p.y - d.y1M) * normal.y;
}
