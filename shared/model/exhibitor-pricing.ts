import { z } from 'zod';
import { Dong, Id } from './common';
import type { Booth, BoothType } from './plan';

/** A pricing rule applied to a selection of booths. */
export const PricingRule = z.object({
  /** đồng per m² by zone id; booths of a zone not listed use `defaultPerM2`. */
  perM2ByZone: z.record(Id, Dong),
  defaultPerM2: Dong,
  /** Extra percent for booths with more open sides. */
  premiumPct: z.object({ corner: z.number().min(0).max(500), peninsula: z.number().min(0).max(500), island: z.number().min(0).max(500) }),
});
export type PricingRule = z.infer<typeof PricingRule>;

const EDGE_TOLERANCE_M = 0.05;
/** Two booths share a side when they touch along at least this much of it. */
const MIN_SHARED_M = 0.5;

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.min(a1, b1) - Math.max(a0, b0);

/**
 * Inline, corner, peninsula or island from the sides touching a neighbour (axis-aligned booths):
 * two adjacent open sides make a corner, three a peninsula, four an island;
 * the organizer's override wins, and rotated booths count as inline.
 */
export function boothType(booth: Booth, neighbours: readonly Booth[]): BoothType {
  if (booth.typeOverride) return booth.typeOverride;
  if (booth.rotationDeg % 180 !== 0) return 'inline';
  const [x0, y0, x1, y1] = [booth.xM, booth.yM, booth.xM + booth.widthM, booth.yM + booth.depthM];
  const closed = new Set<string>();
  for (const n of neighbours) {
    if (n.id === booth.id || n.areaId !== booth.areaId || n.rotationDeg % 180 !== 0) continue;
    const [nx0, ny0, nx1, ny1] = [n.xM, n.yM, n.xM + n.widthM, n.yM + n.depthM];
    const alongX = overlap(x0, x1, nx0, nx1) >= MIN_SHARED_M;
    const alongY = overlap(y0, y1, ny0, ny1) >= MIN_SHARED_M;
    if (alongX && Math.abs(ny1 - y0) <= EDGE_TOLERANCE_M) closed.add('top');
    if (alongX && Math.abs(ny0 - y1) <= EDGE_TOLERANCE_M) closed.add('bottom');
    if (alongY && Math.abs(nx1 - x0) <= EDGE_TOLERANCE_M) closed.add('left');
    if (alongY && Math.abs(nx0 - x1) <= EDGE_TOLERANCE_M) closed.add('right');
  }
  const open = 4 - closed.size;
  // Open front and back (a booth in a single row) is still one booth among a row: inline.
  const facing = (closed.has('left') && closed.has('right')) || (closed.has('top') && closed.has('bottom'));
  return open >= 4 ? 'island' : open === 3 ? 'peninsula' : open === 2 && !facing ? 'corner' : 'inline';
}

/** A booth's price under a rule, rounded to 1,000 đ; zero-dong booths are free. */
export function priceOf(booth: Booth, type: BoothType, rule: PricingRule): number {
  if (booth.kind === 'zero_dong') return 0;
  const perM2 = (booth.zoneId ? rule.perM2ByZone[booth.zoneId] : undefined) ?? rule.defaultPerM2;
  const premium: number = type === 'inline' ? 0 : rule.premiumPct[type];
  return Math.round((booth.widthM * booth.depthM * perM2 * (1 + premium / 100)) / 1000) * 1000;
}
