import type { Area, Booth, Feature, FeatureKind, Plan } from '../model/plan';
import { bounds, boxContains, boxesOverlap, corners, type Box, type Point } from './geometry';
import { insideArea } from './fit';
import { SpatialIndex } from './spatial';

export const DEFAULT_MIN_AISLE_M = 3;

/** A problem of the plan, drawn on it and listed; `ids` are the booths or features to go to. */
export type PlanIssue =
  | { kind: 'overlap'; ids: [string, string]; numbers: [string, string] }
  | { kind: 'outside'; ids: [string]; numbers: [string] }
  | { kind: 'duplicate'; ids: string[]; numbers: [string] }
  | { kind: 'narrowAisle'; ids: string[]; numbers: string[]; widthM: number }
  /** A booth standing on something that is not a booth: the stage, a wall, an entrance, the info desk. */
  | { kind: 'onFeature'; ids: [string, string]; numbers: [string]; feature: FeatureKind }
  /** Something small (a pillar) wholly inside a booth. */
  | { kind: 'featureInside'; ids: [string, string]; numbers: [string]; feature: FeatureKind };

/** Features a booth must not stand on; aisles and labels are drawn over the floor and do not count. */
const SOLID: ReadonlySet<FeatureKind> = new Set(['wall', 'stage', 'info_desk', 'pillar', 'entrance', 'exit', 'restroom']);

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
  const seen = new Set<string>();
  for (const b of mine) {
    const box = bounds(b);
    if (!insideArea(b, area)) issues.push({ kind: 'outside', ids: [b.id], numbers: [b.number] });
    for (const o of index.within(box, true)) {
      if (o.id === b.id || seen.has(o.id)) continue;
      if (polygonsOverlap(corners(b), corners(o))) issues.push({ kind: 'overlap', ids: [b.id, o.id], numbers: [b.number, o.number] });
    }
    seen.add(b.id);
    issues.push(...narrowGaps(b, box, index, minAisleM));
  }
  for (const f of features) {
    if (f.areaId !== area.id) continue;
    if (f.kind === 'aisle') {
      const width = Math.min(f.widthM, f.depthM);
      if (width < minAisleM - SLACK) issues.push({ kind: 'narrowAisle', ids: [f.id], numbers: [], widthM: width });
    }
    if (SOLID.has(f.kind)) issues.push(...featureClashes(f, index));
  }
  return issues;
}

/** A solid feature against the booths: inside one (a pillar in a booth) or under one (a booth on the stage). */
function featureClashes(f: Feature, index: SpatialIndex<Booth>): PlanIssue[] {
  const fb = bounds(f);
  const shape = corners(f);
  const found: PlanIssue[] = [];
  for (const b of index.within(fb, true)) {
    if (!boxesOverlap(fb, bounds(b), SLACK) || !polygonsOverlap(corners(b), shape)) continue;
    const inside = shape.every((pt) => containsWithin(b, pt));
    found.push({ kind: inside ? 'featureInside' : 'onFeature', ids: [b.id, f.id], numbers: [b.number], feature: f.kind });
  }
  return found;
}

/** Whether a point is inside a booth, rotation included, edges counted. */
function containsWithin(b: Booth, pt: Point): boolean {
  const a = (-b.rotationDeg * Math.PI) / 180;
  const dx = pt.x - b.xM;
  const dy = pt.y - b.yM;
  const u = dx * Math.cos(a) - dy * Math.sin(a);
  const v = dx * Math.sin(a) + dy * Math.cos(a);
  return u >= -SLACK && u <= b.widthM + SLACK && v >= -SLACK && v <= b.depthM + SLACK;
}

/** A problem with the area it was found on (null: fair-wide, such as a number used twice). */
export interface CheckedIssue {
  areaId: string | null;
  issue: PlanIssue;
}

/** Every area at once, then the numbers used twice anywhere in the fair. */
export function checkPlan(plan: Plan, minAisleM = DEFAULT_MIN_AISLE_M): CheckedIssue[] {
  const out: CheckedIssue[] = [];
  for (const area of plan.areas)
    for (const issue of checkArea(
      area,
      plan.booths.filter((b) => b.areaId === area.id),
      plan.features.filter((f) => f.areaId === area.id),
      minAisleM,
    ))
      out.push({ areaId: area.id, issue });
  for (const issue of duplicateNumbers(plan.booths)) out.push({ areaId: null, issue });
  return out;
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

/** Existing booths that new ones would overlap: asked about before a generated block is placed. */
export function boothsCovered(placed: readonly Booth[], existing: readonly Booth[]): Booth[] {
  const index = new SpatialIndex(existing);
  const hit = new Map<string, Booth>();
  for (const b of placed)
    for (const o of index.within(bounds(b), true)) if (o.id !== b.id && polygonsOverlap(corners(b), corners(o))) hit.set(o.id, o);
  return [...hit.values()];
}

/** Booths of an area that a new size would leave outside it: asked about before an area shrinks. */
export function boothsLeftOutside(
  area: { widthM: number; depthM: number },
  size: { widthM: number; depthM: number },
  booths: readonly Booth[],
): Booth[] {
  const now = { x: 0, y: 0, width: area.widthM, height: area.depthM };
  const after = { x: 0, y: 0, width: size.widthM, height: size.depthM };
  return booths.filter((b) => boxContains(now, bounds(b), SLACK) && !boxContains(after, bounds(b), SLACK));
}
