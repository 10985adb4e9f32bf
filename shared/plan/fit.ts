import { bounds, boxContains, type Placed } from './geometry';
import { isRectangle, outlineOf, rectInPolygon, type Shaped } from './outline';

/** Lengths closer than this (metres) are equal: 1 cm, what a person can place by hand. */
export const FIT_SLACK_M = 0.01;
const EPS = 1e-6;

/** Whether a rectangle of this size fits on the area at all, either way round. */
export function fitsArea(size: { widthM: number; depthM: number }, area: { widthM: number; depthM: number }): boolean {
  const { widthM: w, depthM: d } = size;
  return (w <= area.widthM + EPS && d <= area.depthM + EPS) || (w <= area.depthM + EPS && d <= area.widthM + EPS);
}

/**
 * Whether a placed rectangle (rotation included) lies on the area: within its outline, not in a notch.
 * `rectangular` may be worked out once by a caller checking many booths on one area.
 */
export function insideArea(item: Placed, area: Shaped, rectangular = isRectangle(area)): boolean {
  if (!boxContains({ x: 0, y: 0, width: area.widthM, height: area.depthM }, bounds(item), FIT_SLACK_M)) return false;
  return rectangular || rectInPolygon(item, outlineOf(area), FIT_SLACK_M);
}
