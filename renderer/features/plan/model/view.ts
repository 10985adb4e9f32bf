import type { Box, Point } from './geometry';

/** The view transform: screen pixel = metre × scale + offset. Pixels exist only here. */
export interface View {
  scale: number;
  x: number;
  y: number;
}

export const MIN_SCALE = 0.5;
export const MAX_SCALE = 400;

export function toWorld(view: View, screen: Point): Point {
  return { x: (screen.x - view.x) / view.scale, y: (screen.y - view.y) / view.scale };
}

export function toScreen(view: View, world: Point): Point {
  return { x: world.x * view.scale + view.x, y: world.y * view.scale + view.y };
}

/** The view that shows `box` whole and centred in a viewport, with a margin in pixels. */
export function fitBox(box: Box, width: number, height: number, margin = 24): View {
  const w = Math.max(box.width, 0.5);
  const h = Math.max(box.height, 0.5);
  const scale = clampScale(Math.min((width - 2 * margin) / w, (height - 2 * margin) / h));
  return { scale, x: (width - w * scale) / 2 - box.x * scale, y: (height - h * scale) / 2 - box.y * scale };
}

/** A view close around `box` (a booth found, a selection), with room to see its neighbours. */
export function viewAround(box: Box, width: number, height: number): View {
  const pad = Math.max(box.width, box.height) * 0.15 + 2;
  return fitBox({ x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad }, width, height);
}

/** Zooms by `factor` keeping the world point under `screen` where it is. */
export function zoomAt(view: View, screen: Point, factor: number): View {
  const scale = clampScale(view.scale * factor);
  const world = toWorld(view, screen);
  return { scale, x: screen.x - world.x * scale, y: screen.y - world.y * scale };
}

export function panBy(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/** The part of the world a viewport of this size shows. */
export function visibleBox(view: View, width: number, height: number): Box {
  return { x: -view.x / view.scale, y: -view.y / view.scale, width: width / view.scale, height: height / view.scale };
}

function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}
