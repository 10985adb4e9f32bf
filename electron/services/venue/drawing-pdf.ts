import type { AreaDrawing } from '../../../shared/model/venue';
import type { PdfContext } from '../print/document';

/** What a map needs to know of where an area lands on the page. */
interface View {
  frame: { x: number; y: number };
  ptPerM: number;
  originM: { x: number; y: number };
}

/** Printed walls: thin enough not to compete with the booths, dark enough to read. */
const STROKE_PT = 0.35;
const STROKE = '#495057';

/**
 * Draws an area's DXF drawing (walls, columns, doors) under its booths, as vectors: one path of
 * every line, one stroke, in the placement the organizer gave it. The caller has clipped to the frame.
 */
export function drawVenueDrawing(ctx: PdfContext, view: View, drawing: AreaDrawing | null | undefined): void {
  if (!drawing || !drawing.placement.visible || drawing.paths.length === 0) return;
  const { doc } = ctx;
  const p = drawing.placement;
  const s = view.ptPerM;
  doc.save();
  doc.translate(view.frame.x - view.originM.x * s, view.frame.y - view.originM.y * s);
  doc.scale(s);
  doc.translate(p.xM, p.yM);
  if (p.rotationDeg) doc.rotate(p.rotationDeg);
  doc.scale(p.scale);
  for (const { points, closed } of drawing.paths) {
    doc.moveTo(points[0]!, points[1]!);
    for (let i = 2; i < points.length; i += 2) doc.lineTo(points[i]!, points[i + 1]!);
    if (closed) doc.closePath();
  }
  doc
    .lineWidth(STROKE_PT / (s * p.scale))
    .lineJoin('round')
    .strokeOpacity(Math.max(0.3, p.opacity))
    .stroke(STROKE);
  doc.restore();
}
