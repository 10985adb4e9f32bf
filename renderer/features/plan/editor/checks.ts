import type { Area, Booth, Feature } from '../../../../shared/model/plan';
import { bounds, boxContains, corners, type Box, type Point } from '../model/geometry';
import { SpatialIndex } from '../model/spatial';

export const DEFAULT_MIN_AISLE_M = 3;

/** A problem of the plan, drawn on it and listed; `ids` are the booths or features to go to. */
export type PlanIssue =
  | { kind: 'overlap'; ids: [string, string]; numbers: [string, string] }
  | { kind: 'outside'; ids: [string]; numbers: [string] }
  | { kind: 'duplicate'; ids: string[]; numbers: [string] }
  | { kind: 'narrowAisle'; ids: string[]; numbers: string[]; widthM: number };

const SLACK = 0.01;

/** Checks one area: overlapping booths, booths outside it, narrow aisles; duplicates are fair-wide. */
export function checkArea(
  area: Area,
  booths: readonly Booth[],
  features: readonly Feature[],
  minAisleM = DEFAULT_MIN_AISLE_M,
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const mine = booths.filter((b) => b.areaId === area.id);
  const index = new SpatialIndex(mine);
  const areaBox = { x: 0, y: 0, width: area.widthM, height: area.depthM };
  const seen = new Set<string>();
  for (const b of mine) {
    const box = bounds(b);
    if (!boxContains(areaBox, box, SLACK)) issues.push({ kind: 'outside', ids: [b.id], numbers: [b.number] });
    for (const o of index.within(box, true)) {
      if (o.id === b.id || seen.has(o.id)) continue;
      if (polygonsOverlap(corners(b), corners(o))) issues.push({ kind: 'overlap', ids: [b.id, o.id], numbers: [b.number, o.number] });
    }
    seen.add(b.id);
    issues.push(...narrowGaps(b, box, index, minAisleM));
  }
  for (const f of features) {
    if (f.areaId !== area.id || f.kind !== 'aisle') continue;
    const width = Math.min(f.widthM, f.depthM);
    if (width < minAisleM - SLACK) issues.push({ kind: 'narrowAisle', ids: [f.id], numbers: [], widthM: width });
  }
  return issues;
}

/** Booth numbers used more than once anywhere in the fair. */
export function duplicateNumbers(booths: readonly Booth[]): PlanIssue[] {
  const byNumber = new Map<string, string[]>();
  for (const b of booths) byNumber.set(b.number, [...(byNumber.get(b.number) ?? []), b.id]);
  return [...byNumber]
    .filter(([, ids]) => ids.length > 1)
    .map(([number, ids]) => ({ kind: 'duplicate' as const, ids, numbers: [number] as [string] }));
}

/** Gaps to the right of and below a booth that are walkable but narrower than an aisle should be. */
function narrowGaps(b: Booth, box: Box, index: SpatialIndex<Booth>, minAisleM: number): PlanIssue[] {
  const found: PlanIssue[] = [];
  const probe = (region: Box, gapOf: (o: Box) => number) => {
    // The nearest booth on that side decides: touching or overlapping it leaves no aisle at all.
    let nearest: { o: Booth; gap: number } | null = null;
    for (const o of index.within(region, true)) {
      if (o.id === b.id) continue;
      const gap = gapOf(bounds(o));
      if (!nearest || gap < nearest.gap) nearest = { o, gap };
    }
    if (nearest && nearest.gap > SLACK && nearest.gap < minAisleM - SLACK)
      found.push({
        kind: 'narrowAisle',
        ids: [b.id, nearest.o.id],
        numbers: [b.number, nearest.o.number],
        widthM: Math.round(nearest.gap * 100) / 100,
      });
  };
  const inner = 0.2;
  probe({ x: box.x + box.width, y: box.y + inner, width: minAisleM, height: box.height - 2 * inner }, (o) => o.x - (box.x + box.width));
  probe({ x: box.x + inner, y: box.y + box.height, width: box.width - 2 * inner, height: minAisleM }, (o) => o.y - (box.y + box.height));
  return found;
}

/** Separating-axis test on two convex quadrilaterals, with a small tolerance for touching edges. */
export function polygonsOverlap(a: Point[], b: Point[]): boolean {
  for (const poly of [a, b]) {
    for (let i = 0; i < poly.length; i++) {
      const p = poly[i]!;
      const q = poly[(i + 1) % poly.length]!;
      const nx = q.y - p.y;
      const ny = p.x - q.x;
      const len = Math.hypot(nx, ny) || 1;
      const project = (pts: Point[]) => pts.map((pt) => (pt.x * nx + pt.y * ny) / len);
      const pa = project(a);
      const pb = project(b);
      if (Math.max(...pa) <= Math.min(...pb) + SLACK || Math.max(...pb) <= Math.min(...pa) + SLACK) return false;
    }
  }
  return true;
}
