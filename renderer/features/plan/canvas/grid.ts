import type { Area } from '../../../../shared/model/plan';
import type { Box } from '../model/geometry';
import { isRectangle, outlineOf } from '../../../../shared/plan/outline';
import type { Konva } from './konva';

/** Grid steps in metres for a zoom: 0.5 m sub-grid only when it is at least a few pixels apart. */
export function gridSteps(scale: number): { minor: number | null; major: number } {
  if (scale >= 24) return { minor: 0.5, major: 1 };
  if (scale >= 8) return { minor: null, major: 1 };
  if (scale >= 2) return { minor: null, major: 5 };
  return { minor: null, major: 10 };
}

/** Traces an area's outline as a path (the caller fills, strokes or clips it). */
export function traceOutline(ctx: CanvasRenderingContext2D, area: Area | undefined): void {
  if (!area) return;
  outlineOf(area).forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
}

/** Draws the area's grid lines inside `region` (metres), hairlines at any zoom. */
export function drawGrid(ctx: Konva.Context, area: Area, region: Box, scale: number): void {
  const { minor, major } = gridSteps(scale);
  const x0 = Math.max(0, region.x);
  const y0 = Math.max(0, region.y);
  const x1 = Math.min(area.widthM, region.x + region.width);
  const y1 = Math.min(area.depthM, region.y + region.height);
  if (x1 <= x0 || y1 <= y0) return;
  // Grid lines only on the floor: clipped to the outline of an area that is not a plain rectangle.
  const shaped = !isRectangle(area);
  if (shaped) {
    ctx._context.save();
    ctx._context.beginPath();
    traceOutline(ctx._context, area);
    ctx._context.closePath();
    ctx._context.clip();
  }
  const lines = (step: number, colour: string) => {
    ctx.beginPath();
    for (let x = Math.ceil(x0 / step) * step; x <= x1; x += step) {
      ctx.moveTo(x, y0);
      ctx.lineTo(x, y1);
    }
    for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) {
      ctx.moveTo(x0, y);
      ctx.lineTo(x1, y);
    }
    ctx.setAttr('strokeStyle', colour);
    ctx.setAttr('lineWidth', 1 / scale);
    ctx.stroke();
  };
  if (minor) lines(minor, '#f1f3f5');
  lines(major, '#dee2e6');
  if (shaped) ctx._context.restore();
}
