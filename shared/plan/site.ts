import type { Area } from '../model/plan';
import { unionBox, type Box } from './geometry';
import { outlineOf } from './outline';

/** An area's outline in site metres: its own frame moved to where the area lies on the site. */
export const siteOutline = (area: Area): { x: number; y: number }[] =>
  outlineOf(area).map((p) => ({ x: p.x + area.siteXM, y: p.y + area.siteYM }));

/** The bounds of every area on the site plan, in site metres; null without areas. */
export function siteBounds(areas: readonly Area[]): Box | null {
  return unionBox(areas.map((a) => ({ x: a.siteXM, y: a.siteYM, width: a.widthM, height: a.depthM })));
}
