import type { DrawingContent } from '../model/venue';
import { detectBooths, frameAtTopLeft, toPlan, type DetectedBooth, type PlanFrame } from './dxf-booths';
import type { DxfDrawing, DxfPoint } from './dxf-read';

/**
 * What the import dialog works in: the drawing's own units, y down, its top-left at 0,0. The
 * organizer's confirmed scale (metres per unit) only multiplies, so nothing is read again when it changes.
 */
export const unitFrame = (drawing: DxfDrawing): PlanFrame => frameAtTopLeft(drawing, 1);

const mm = (v: number) => Math.round(v * 1000) / 1000;

/** The chosen layers as the area's vector drawing, in metres. */
export function drawingContent(drawing: DxfDrawing, layers: ReadonlySet<string>, metresPerUnit: number, source: string): DrawingContent {
  const frame = frameAtTopLeft(drawing, metresPerUnit);
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
export function scaleBooth(b: DetectedBooth, metresPerUnit: number): DetectedBooth {
  return {
    number: b.number,
    xM: mm(b.xM * metresPerUnit),
    yM: mm(b.yM * metresPerUnit),
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
