import type { DxfDrawing, DxfPath, DxfPoint, DxfText } from './dxf-read';

/** How the drawing sits on the area: metres per drawing unit, and the drawing point at the area's top-left. */
export interface PlanFrame {
  metresPerUnit: number;
  origin: DxfPoint;
}

/** A booth found in the drawing, in the plan's terms: top-left before rotation, clockwise degrees, y down. */
export interface DetectedBooth {
  number: string;
  xM: number;
  yM: number;
  widthM: number;
  depthM: number;
  rotationDeg: number;
}

/** What a booth number looks like on a venue drawing: `17`, `B17`, `A-05`, `OCOP.12`, `12A`. */
const BOOTH_NUMBER = /^[A-Za-zĐđ]{0,6}[-._ ]?\d{1,4}[A-Za-z]?$/;

/** Drawing units (y up) → metres on the area (y down). */
export function toPlan(p: DxfPoint, frame: PlanFrame): [number, number] {
  return [(p[0] - frame.origin[0]) * frame.metresPerUnit, (frame.origin[1] - p[1]) * frame.metresPerUnit];
}

/** The frame that puts the drawing's top-left corner at the area's top-left. */
export function frameAtTopLeft(drawing: DxfDrawing, metresPerUnit: number): PlanFrame {
  return { metresPerUnit, origin: [drawing.bounds.minX, drawing.bounds.maxY] };
}

/** Metres per unit from one length the organizer knows: "this wall is 12.5 m". */
export function scaleFromKnownLength(lengthInUnits: number, knownMetres: number): number {
  if (!(lengthInUnits > 0) || !(knownMetres > 0)) throw new RangeError('Both lengths must be greater than 0');
  return knownMetres / lengthInUnits;
}

const round = (v: number, digits = 6) => Math.round(v * 10 ** digits) / 10 ** digits;

/** The four corners of a closed path if it is a rectangle (any rotation), else null. */
export function rectangleCorners(path: DxfPath): DxfPoint[] | null {
  let pts = path.points;
  const first = pts[0];
  const last = pts.at(-1);
  if (!path.closed) {
    // An open polyline drawn back to its start is a closed outline too.
    if (pts.length !== 5 || !first || !last || Math.hypot(first[0] - last[0], first[1] - last[1]) > 1e-9) return null;
    pts = pts.slice(0, 4);
  }
  if (pts.length !== 4) return null;
  for (let i = 0; i < 4; i++) {
    const a = pts[i]!;
    const b = pts[(i + 1) % 4]!;
    const c = pts[(i + 2) % 4]!;
    const ux = b[0] - a[0];
    const uy = b[1] - a[1];
    const vx = c[0] - b[0];
    const vy = c[1] - b[1];
    const lu = Math.hypot(ux, uy);
    const lv = Math.hypot(vx, vy);
    if (lu === 0 || lv === 0) return null;
    // Corners within ~0.1° of square.
    if (Math.abs(ux * vx + uy * vy) / (lu * lv) > 2e-3) return null;
  }
  return pts;
}

function insideConvex(p: DxfPoint, quad: readonly DxfPoint[]): boolean {
  let sign = 0;
  for (let i = 0; i < quad.length; i++) {
    const a = quad[i]!;
    const b = quad[(i + 1) % quad.length]!;
    const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
    if (cross === 0) continue;
    const s = Math.sign(cross);
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
  }
  return true;
}

/** Booth geometry from four corners already in plan metres (y down). */
export function boothFromCorners(corners: readonly (readonly [number, number])[]): Omit<DetectedBooth, 'number'> {
  const [a, b] = corners as [[number, number], [number, number]];
  // The edge direction closest to the x axis is the booth's width: rotation kept within (-45°, 45°].
  let deg = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
  deg = ((deg % 90) + 90) % 90;
  if (deg > 45) deg -= 90;
  const rad = (deg * Math.PI) / 180;
  const u = [Math.cos(rad), Math.sin(rad)] as const;
  const v = [-Math.sin(rad), Math.cos(rad)] as const;
  const us = corners.map((c) => c[0] * u[0] + c[1] * u[1]);
  const vs = corners.map((c) => c[0] * v[0] + c[1] * v[1]);
  const minU = Math.min(...us);
  const minV = Math.min(...vs);
  return {
    xM: round(u[0] * minU + v[0] * minV),
    yM: round(u[1] * minU + v[1] * minV),
    widthM: round(Math.max(...us) - minU),
    depthM: round(Math.max(...vs) - minV),
    rotationDeg: round(Math.abs(deg) < 1e-9 ? 0 : deg, 4),
  };
}

/** Texts in buckets of a coarse grid, so finding the number inside each of 20,000 rectangles stays linear. */
class TextGrid {
  private readonly cells = new Map<string, DxfText[]>();
  constructor(
    texts: readonly DxfText[],
    private readonly cell: number,
  ) {
    for (const t of texts) {
      const key = this.key(t.at[0], t.at[1]);
      const list = this.cells.get(key);
      if (list) list.push(t);
      else this.cells.set(key, [t]);
    }
  }
  private key(x: number, y: number): string {
    return `${Math.floor(x / this.cell)}:${Math.floor(y / this.cell)}`;
  }
  within(minX: number, minY: number, maxX: number, maxY: number): DxfText[] {
    const span =
      (Math.floor(maxX / this.cell) - Math.floor(minX / this.cell) + 1) * (Math.floor(maxY / this.cell) - Math.floor(minY / this.cell) + 1);
    // A rectangle far larger than the booths sampled for the cell size: look at every text once.
    if (span > this.cells.size) return [...this.cells.values()].flat();
    const out: DxfText[] = [];
    for (let cx = Math.floor(minX / this.cell); cx <= Math.floor(maxX / this.cell); cx++) {
      for (let cy = Math.floor(minY / this.cell); cy <= Math.floor(maxY / this.cell); cy++) {
        out.push(...(this.cells.get(`${cx}:${cy}`) ?? []));
      }
    }
    return out;
  }
}

export interface BoothDetection {
  booths: DetectedBooth[];
  /** Rectangles on the layer with no booth number inside: shown to the organizer, not imported. */
  unnumbered: number;
  /** Numbers found in more than one rectangle: the second and later are not imported. */
  duplicates: string[];
}

/**
 * Closed rectangles on `layer` with a booth number written inside become booths with that number,
 * size, position and rotation. Numbers may sit on any layer (drawings often keep text apart).
 */
export function detectBooths(drawing: DxfDrawing, layer: string, frame: PlanFrame): BoothDetection {
  const numbers = drawing.texts.filter((t) => BOOTH_NUMBER.test(t.text));
  // Grid cells about twice a booth's size: each rectangle looks at a handful of texts.
  const sample = drawing.paths.filter((p) => p.layer === layer).slice(0, 50);
  const grid = new TextGrid(numbers, Math.max(1e-9, ...sample.map((p) => spanOf(p.points))) * 2);
  const seen = new Set<string>();
  const duplicates: string[] = [];
  const booths: DetectedBooth[] = [];
  let unnumbered = 0;
  for (const path of drawing.paths) {
    if (path.layer !== layer) continue;
    const corners = rectangleCorners(path);
    if (!corners) continue;
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    const label = grid.within(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)).find((t) => insideConvex(t.at, corners));
    if (!label) {
      unnumbered++;
      continue;
    }
    if (seen.has(label.text)) {
      duplicates.push(label.text);
      continue;
    }
    seen.add(label.text);
    booths.push({ number: label.text, ...boothFromCorners(corners.map((c) => toPlan(c, frame))) });
  }
  return { booths, unnumbered, duplicates };
}

function spanOf(points: readonly DxfPoint[]): number {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/** Closed outlines on a layer, largest first: candidates for an area's outline. */
export function closedOutlines(drawing: DxfDrawing, layer: string): DxfPath[] {
  const areaOf = (pts: readonly DxfPoint[]) =>
    Math.abs(pts.reduce((s, p, i) => s + p[0] * pts[(i + 1) % pts.length]![1] - pts[(i + 1) % pts.length]![0] * p[1], 0) / 2);
  return drawing.paths
    .filter((p) => p.layer === layer && p.closed && p.points.length >= 3)
    .sort((a, b) => areaOf(b.points) - areaOf(a.points));
}
