import type { Area, Booth, Plan } from '../../../../shared/model/plan';
import { traceOutline } from './grid';
import { CANVAS_FONT } from './konva';

/** Another area of the site, where it lies from the edited area's origin, with its booths. */
export interface Neighbour {
  area: Area;
  dx: number;
  dy: number;
  booths: readonly Booth[];
}

/** The site's other areas as seen from `area`: each moved by the difference of their places on the site. */
export function neighboursOf(plan: Pick<Plan, 'areas' | 'booths'>, area: Area | undefined): Neighbour[] {
  if (!area || plan.areas.length < 2) return [];
  return plan.areas
    .filter((a) => a.id !== area.id)
    .map((a) => ({
      area: a,
      dx: a.siteXM - area.siteXM,
      dy: a.siteYM - area.siteYM,
      booths: plan.booths.filter((b) => b.areaId === a.id),
    }));
}

/** Faded, under the edited area: their floors, booths and names, nothing to pick. */
export function drawNeighbours(c: CanvasRenderingContext2D, list: readonly Neighbour[], scale: number): void {
  if (list.length === 0 || scale <= 0) return;
  const hair = 1 / scale;
  c.save();
  c.globalAlpha = 0.45;
  for (const n of list) {
    c.save();
    c.translate(n.dx, n.dy);
    c.beginPath();
    traceOutline(c, n.area);
    c.closePath();
    c.fillStyle = '#ffffff';
    c.fill();
    c.lineWidth = 1.5 * hair;
    c.strokeStyle = '#868e96';
    c.setLineDash([6 * hair, 4 * hair]);
    c.stroke();
    c.setLineDash([]);
    c.fillStyle = '#dee2e6';
    c.strokeStyle = '#adb5bd';
    c.lineWidth = hair;
    for (const b of n.booths) {
      c.save();
      c.translate(b.xM, b.yM);
      c.rotate((b.rotationDeg * Math.PI) / 180);
      c.fillRect(0, 0, b.widthM, b.depthM);
      c.strokeRect(0, 0, b.widthM, b.depthM);
      c.restore();
    }
    c.fillStyle = '#495057';
    c.font = `${13 * hair}px ${CANVAS_FONT}`;
    // Inside its floor's top-left corner: what the bitmap draws ends at the areas' bounds.
    c.textBaseline = 'top';
    c.fillText(n.area.name, 4 * hair, 4 * hair);
    c.restore();
  }
  c.restore();
}

/** Whether two lists show the same: the same area records at the same places with the same booth records. */
export function sameNeighbours(a: readonly Neighbour[], b: readonly Neighbour[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((n, i) => {
    const m = b[i]!;
    return (
      n.area === m.area &&
      n.dx === m.dx &&
      n.dy === m.dy &&
      n.booths.length === m.booths.length &&
      n.booths.every((x, k) => x === m.booths[k])
    );
  });
}
