import type { AreaBackground, Dimension } from '../../../shared/model/plan';
import type { AreaDrawing } from '../../../shared/model/venue';
import { dimensionShape, dimensionText } from '../../../shared/plan/dimension';
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

/** Each background's image embedded once per document, however many sheets show it. */
const embedded = new WeakMap<object, Map<string, unknown>>();

/**
 * Draws an area's background image (a scanned or exported venue drawing) under its booths, moved,
 * turned and scaled as on the canvas, faded by its opacity. The caller has clipped to the frame.
 */
export function drawBackgroundImage(ctx: PdfContext, view: View, bg: AreaBackground | null | undefined): void {
  if (!bg || !bg.visible) return;
  const { doc } = ctx;
  let images = embedded.get(doc);
  if (!images) embedded.set(doc, (images = new Map()));
  let image = images.get(bg.areaId);
  if (!image) {
    // pdfkit's types leave out openImage: one embedded image, placed on every sheet that shows it.
    image = (doc as unknown as { openImage: (src: Buffer) => unknown }).openImage(Buffer.from(bg.base64, 'base64'));
    images.set(bg.areaId, image);
  }
  const s = view.ptPerM;
  doc.save();
  doc.translate(view.frame.x - view.originM.x * s, view.frame.y - view.originM.y * s);
  doc.scale(s);
  doc.translate(bg.xM, bg.yM);
  if (bg.rotationDeg) doc.rotate(bg.rotationDeg);
  doc.scale(bg.metresPerPixel);
  doc.opacity(bg.opacity);
  doc.image(image as never, 0, 0, { width: bg.pixelWidth, height: bg.pixelHeight });
  doc.restore();
}

const DIMENSION_COLOUR = '#1864ab';

/** Draws the dimension lines kept on an area: line, extension lines, ticks and the length, over the booths. */
export function drawDimensions(ctx: PdfContext, view: View, dimensions: readonly Dimension[] | undefined): void {
  if (!dimensions?.length) return;
  const { doc, ts } = ctx;
  const s = view.ptPerM;
  const at = (p: { x: number; y: number }): [number, number] => [
    view.frame.x + (p.x - view.originM.x) * s,
    view.frame.y + (p.y - view.originM.y) * s,
  ];
  const size = Math.max(5, 6 * ctx.f);
  for (const d of dimensions) {
    const shape = dimensionShape(d, 0);
    const tick = 2.2 * ctx.f;
    doc.save().lineWidth(0.5).strokeColor(DIMENSION_COLOUR);
    doc
      .moveTo(...at(shape.from))
      .lineTo(...at(shape.to))
      .stroke();
    for (const [a, b] of shape.extensions)
      doc
        .moveTo(...at(a))
        .lineTo(...at(b))
        .stroke();
    // Architectural ticks: short strokes at 45° across each end.
    const [tx, ty] = [(shape.dir.x + shape.normal.x) * tick * Math.SQRT1_2, (shape.dir.y + shape.normal.y) * tick * Math.SQRT1_2];
    for (const p of [shape.from, shape.to]) {
      const [x, y] = at(p);
      doc
        .moveTo(x - tx, y - ty)
        .lineTo(x + tx, y + ty)
        .lineWidth(0.9)
        .stroke();
    }
    const text = dimensionText(d, ctx.language);
    const [mx, my] = at({ x: (shape.from.x + shape.to.x) / 2, y: (shape.from.y + shape.to.y) / 2 });
    const side = d.offsetM < 0 ? -1 : 1;
    const w = ts.width(text, size);
    doc.translate(mx, my).rotate(shape.angleDeg);
    // The text sits on the side of the line away from the measured points, and reads upright.
    const up =
      side * (shape.normal.y * Math.cos((shape.angleDeg * Math.PI) / 180) - shape.normal.x * Math.sin((shape.angleDeg * Math.PI) / 180));
    doc.fillColor(DIMENSION_COLOUR);
    ts.draw(text, -w / 2, up > 0 ? 1 : -size * 1.25, size);
    doc.restore();
    ctx.trace({ kind: 'dimension', name: text, rect: { x: mx - w / 2, y: my - size, w, h: size * 2 }, rotated: shape.angleDeg !== 0 });
  }
}
