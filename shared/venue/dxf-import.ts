import type { DrawingContent } from '../model/venue';
import { closedOutlines, detectBooths, frameAtTopLeft, toPlan, type DetectedBooth, type PlanFrame } from './dxf-booths';
import type { DxfDrawing, DxfPoint } from './dxf-read';

/**
 * What the import dialog works in: the drawing's own units, y down, its top-left at 0,0. The
 * organizer's confirmed scale (metres per unit) only multiplies, so nothing is read again when it changes.
 */
export const unitFrame = (drawing: DxfDrawing): PlanFrame => frameAtTopLeft(drawing, 1);

const mm = (v: number) => Math.round(v * 1000) / 1000;

/** The chosen layers as the area's vector drawing, in metres. */
export function drawingContent(
  drawing: DxfDrawing,
  layers: ReadonlySet<string>,
  metresPerUnit: number,
  source: string,
  /** The unit-frame point that becomes the area's top-left (an outline's corner); the drawing's own by default. */
  offset: readonly [number, number] = [0, 0],
): DrawingContent {
  const base = frameAtTopLeft(drawing, metresPerUnit);
  const frame: PlanFrame = { metresPerUnit, origin: [base.origin[0] + offset[0], base.origin[1] - offset[1]] };
  const names = drawing.layers.map((l) => l.name).filter((n) => layers.has(n));
  const index = new Map(names.map((n, i) => [n, i]));
  const paths: DrawingContent['paths'] = [];
  for (const p of drawing.paths) {
    const layer = index.get(p.layer);
    if (layer === undefined) continue;
    const points: number[] = [];
    for (const pt of p.points) {
      const [x, y] = toPlan(pt, frame);
      points.push(mm(x), mm(y));
    }
    paths.push({ layer, closed: p.closed, points });
  }
  return { source: source.slice(0, 260), layers: names, paths };
}

/** Booths found on a layer, in drawing units (scaled once the organizer has confirmed the units). */
export function detectInUnits(drawing: DxfDrawing, layer: string) {
  return detectBooths(drawing, layer, unitFrame(drawing));
}

/** A booth found in drawing units, in metres. */
export function scaleBooth(b: DetectedBooth, metresPerUnit: number, offset: readonly [number, number] = [0, 0]): DetectedBooth {
  return {
    number: b.number,
    xM: mm((b.xM - offset[0]) * metresPerUnit),
    yM: mm((b.yM - offset[1]) * metresPerUnit),
    widthM: mm(b.widthM * metresPerUnit),
    depthM: mm(b.depthM * metresPerUnit),
    rotationDeg: b.rotationDeg,
  };
}

/** The drawing's size in its units. */
export function extentInUnits(drawing: DxfDrawing): { width: number; depth: number } {
  const b = drawing.bounds;
  return { width: b.maxX - b.minX, depth: b.maxY - b.minY };
}

/** The corner or end of a line on the shown layers nearest to `at` (unit frame), within `reach`. */
export function nearestVertex(
  drawing: DxfDrawing,
  layers: ReadonlySet<string>,
  at: readonly [number, number],
  reach: number,
): [number, number] | null {
  const frame = unitFrame(drawing);
  let best: [number, number] | null = null;
  let bestD = reach;
  for (const p of drawing.paths) {
    if (!layers.has(p.layer)) continue;
    for (const pt of p.points as DxfPoint[]) {
      const q = toPlan(pt, frame);
      const d = Math.hypot(q[0] - at[0], q[1] - at[1]);
      if (d <= bestD) {
        bestD = d;
        best = q;
      }
    }
  }
  return best;
}

/**
 * The largest closed outline on a layer as a box of the unit frame, with its corners from the box's
 * top-left: the area's edges and shape (an L-shaped hall) when the organizer takes it.
 */
export function outlineBox(
  drawing: DxfDrawing,
  layer: string,
): { x: number; y: number; width: number; depth: number; points: [number, number][] } | null {
  const outline = closedOutlines(drawing, layer)[0];
  if (!outline) return null;
  const frame = unitFrame(drawing);
  const pts = outline.points.map((p) => toPlan(p, frame));
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { x, y, width: Math.max(...xs) - x, depth: Math.max(...ys) - y, points: pts.map((p) => [p[0] - x, p[1] - y]) };
}

/** Layers that hold a closed outline (a hall's walls drawn as one closed polyline). */
export function outlineLayers(drawing: DxfDrawing): string[] {
  return [...new Set(drawing.paths.filter((p) => p.closed && p.points.length >= 3).map((p) => p.layer))].sort();
}
