import type { Area } from '../../../../shared/model/plan';
import { normalizeOutline, outlineOf, outlineProblem } from '../../../../shared/plan/outline';
import type { Point } from '../model/geometry';
import { round } from './commands';
import { emptyDiff, type Diff, type PlanDoc } from './records';

export type OutlineProblem = 'tooFewPoints' | 'noSurface' | 'selfCrossing';

/**
 * The diff that gives an area a new outline, drawn in the area's frame (points may lie left of or
 * above its origin). The frame is moved to the outline's bounds: the area's place on the site
 * shifts by as much and its booths and features by the opposite, so nothing moves on the site.
 */
export function reshapeArea(doc: PlanDoc, areaId: string, points: readonly Point[]): Diff | OutlineProblem {
  const area = doc.areas.get(areaId);
  const problem = outlineProblem(points);
  if (!area) return 'tooFewPoints';
  if (problem) return problem;
  const dx = round(Math.min(...points.map((p) => p.x)));
  const dy = round(Math.min(...points.map((p) => p.y)));
  const { outline, widthM, depthM } = normalizeOutline(points.map((p) => ({ x: p.x - dx, y: p.y - dy })));
  const diff = emptyDiff();
  const next: Area = {
    ...area,
    outline,
    widthM,
    depthM,
    siteXM: round(area.siteXM + dx),
    siteYM: round(area.siteYM + dy),
  };
  diff.updated.areas = [[area, next]];
  if (dx !== 0 || dy !== 0) {
    for (const b of doc.booths.values())
      if (b.areaId === areaId) diff.updated.booths.push([b, { ...b, xM: round(b.xM - dx), yM: round(b.yM - dy) }]);
    for (const f of doc.features.values())
      if (f.areaId === areaId) diff.updated.features.push([f, { ...f, xM: round(f.xM - dx), yM: round(f.yM - dy) }]);
  }
  return diff;
}

/** The outline with a corner added on the edge after `index` (the edge from corner `index` to the next). */
export const addVertex = (area: Area, index: number, at: Point): Point[] => {
  const points = outlineOf(area).map((p) => ({ x: p.x, y: p.y }));
  points.splice(index + 1, 0, { x: at.x, y: at.y });
  return points;
};

/** The outline without one corner; null when only three are left. */
export const removeVertex = (area: Area, index: number): Point[] | null => {
  const points = outlineOf(area);
  return points.length <= 3 ? null : points.filter((_, i) => i !== index).map((p) => ({ x: p.x, y: p.y }));
};

/** Moves an area on the site plan; its booths move with it (they are kept in the area's frame). */
export function moveAreaOnSite(doc: PlanDoc, areaId: string, siteXM: number, siteYM: number): Diff | null {
  const area = doc.areas.get(areaId);
  if (!area) return null;
  const x = round(siteXM);
  const y = round(siteYM);
  if (x === area.siteXM && y === area.siteYM) return null;
  const diff = emptyDiff();
  diff.updated.areas = [[area, { ...area, siteXM: x, siteYM: y }]];
  return diff;
}

/** Where a new area goes on the site: to the right of every area there is, 10 m apart. */
export function freeSiteSpot(doc: PlanDoc): { xM: number; yM: number } {
  const areas = [...doc.areas.values()];
  if (areas.length === 0) return { xM: 0, yM: 0 };
  return { xM: round(Math.max(...areas.map((a) => a.siteXM + a.widthM)) + 10), yM: round(Math.min(...areas.map((a) => a.siteYM))) };
}
