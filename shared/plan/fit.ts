import type { Area } from '../model/plan';
import { bounds, boxContains, type Placed } from './geometry';

/** Lengths closer than this (metres) are equal: 1 cm, what a person can place by hand. */
export const FIT_SLACK_M = 0.01;
const EPS = 1e-6;

/** Whether a rectangle of this size fits on the area at all, either way round. */
export function fitsArea(size: { widthM: number; depthM: number }, area: Pick<Area, 'widthM' | 'depthM'>): boolean {
  const { widthM: w, depthM: d } = size;
  return (w <= area.widthM + EPS && d <= area.depthM + EPS) || (w <= area.depthM + EPS && d <= area.widthM + EPS);
}

/** Whether a placed rectangle (rotation included) lies on the area. */
export function insideArea(item: Placed, area: Pick<Area, 'widthM' | 'depthM'>): boolean {
  return boxContains({ x: 0, y: 0, width: area.widthM, height: area.depthM }, bounds(item), FIT_SLACK_M);
}
