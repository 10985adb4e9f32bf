import type { Booth, Feature } from '../../../../shared/model/plan';
import { centre, type Point } from '../model/geometry';
import { round } from '../editor/commands';
import { GRID_M, snapValue } from '../editor/snapping';
import type { HandleKind } from './overlay';

export type Item = Booth | Feature;

const MIN_M = 0.5;
const RAD = Math.PI / 180;

const rotate = (p: Point, deg: number): Point => {
  const a = deg * RAD;
  return { x: p.x * Math.cos(a) - p.y * Math.sin(a), y: p.x * Math.sin(a) + p.y * Math.cos(a) };
};

/**
 * Resizing by a handle: the opposite corner (or side) stays put. Works in the item's own frame, so
 * rotated booths resize along their sides; unrotated ones snap edges to neighbours, else to the grid.
 */
export function resizeItem(
  item: Item,
  handle: Exclude<HandleKind, 'rotate'>,
  pointer: Point,
  edges: { xs: number[]; ys: number[]; threshold: number },
): Item {
  const local = rotate({ x: pointer.x - item.xM, y: pointer.y - item.yM }, -item.rotationDeg);
  const axisAligned = item.rotationDeg % 360 === 0;
  const snapU = (u: number) =>
    axisAligned ? snapValue(item.xM + u, edges.xs, edges.threshold).value - item.xM : Math.round(u / GRID_M) * GRID_M;
  const snapV = (v: number) =>
    axisAligned ? snapValue(item.yM + v, edges.ys, edges.threshold).value - item.yM : Math.round(v / GRID_M) * GRID_M;
  let u0 = 0,
    v0 = 0,
    u1 = item.widthM,
    v1 = item.depthM;
  if (handle.includes('w')) u0 = Math.min(snapU(local.x), u1 - MIN_M);
  else if (handle.includes('e')) u1 = Math.max(snapU(local.x), u0 + MIN_M);
  if (handle.includes('n')) v0 = Math.min(snapV(local.y), v1 - MIN_M);
  else if (handle.includes('s')) v1 = Math.max(snapV(local.y), v0 + MIN_M);
  const origin = rotate({ x: u0, y: v0 }, item.rotationDeg);
  return { ...item, xM: round(item.xM + origin.x), yM: round(item.yM + origin.y), widthM: round(u1 - u0), depthM: round(v1 - v0) };
}

/** Rotation about the item's centre, in 15° steps (free with Shift); stored about its top-left corner. */
export function rotateItem(item: Item, pointer: Point, free: boolean): Item {
  const c = centre(item);
  let deg = Math.atan2(pointer.y - c.y, pointer.x - c.x) / RAD + 90;
  deg = free ? Math.round(deg) : Math.round(deg / 15) * 15;
  deg = ((deg % 360) + 360) % 360;
  const half = rotate({ x: item.widthM / 2, y: item.depthM / 2 }, deg);
  return { ...item, rotationDeg: deg, xM: round(c.x - half.x), yM: round(c.y - half.y) };
}
