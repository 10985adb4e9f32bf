import type { Area, AreaBackground, Booth, Dimension, Feature, FeatureKind } from '../../../shared/model/plan';
import { bounds as planBounds, type Placed } from '../../../shared/plan/geometry';
import type { PdfContext } from './document';
import { fitLabel, type LabelLimits, type PlacedLine } from './fit-label';
import { trueScalePtPerM, type Rect } from './paper';
import type { BoothStyle } from './style';
import type { AreaDrawing } from '../../../shared/model/venue';
import { drawBackgroundImage, drawDimensions, drawVenueDrawing } from '../venue/drawing-pdf';
import { isRectangle, outlineOf } from '../../../shared/plan/outline';

/** Which part of an area lands where on the page. */
export interface AreaView {
  /** The page region the map may use; nothing is drawn outside it. */
  frame: Rect;
  ptPerM: number;
  /** The area point (metres) drawn at the frame's top-left corner. */
  originM: { x: number; y: number };
}

export interface AreaContent {
  area: Area;
  booths: Booth[];
  features: Feature[];
  /** The venue drawing imported from DXF, drawn under everything else. */
  drawing?: AreaDrawing | null;
  /** The background image (a scanned drawing), under the DXF drawing. */
  background?: AreaBackground | null;
  /** Dimension lines kept on the area, drawn over the booths. */
  dimensions?: Dimension[];
}

export interface MapPainter {
  style: (booth: Booth) => BoothStyle;
  /** Number and name as printed; the name may be '' (free booth, number only). */
  label: (booth: Booth) => { number: string; name: string };
  /** Called every few hundred booths: reports progress and lets the event loop breathe. */
  tick: (booths: number) => Promise<void>;
}

const FEATURE_LOOK: Record<FeatureKind, { fill: string | null; stroke: string | null }> = {
  wall: { fill: '#343a40', stroke: null },
  aisle: { fill: '#f1f3f5', stroke: null },
  entrance: { fill: '#d3f9d8', stroke: '#2b8a3e' },
  exit: { fill: '#ffe3e3', stroke: '#c92a2a' },
  stage: { fill: '#e5dbff', stroke: '#7048e8' },
  info_desk: { fill: '#c5f6fa', stroke: '#1098ad' },
  pillar: { fill: '#495057', stroke: null },
  restroom: { fill: '#e7f5ff', stroke: '#1c7ed6' },
  label: { fill: null, stroke: null },
};
const FEATURE_LIMITS: LabelLimits = { maxNumberSize: 0, maxNameSize: 14, minNameSize: 4, minNumberSize: 1 };
const TICK_EVERY = 250;

/** What a fitted view needs of an area (or of the whole site): its size in metres. */
export type Extent = Pick<Area, 'widthM' | 'depthM'>;

/** Fit-to-frame view: the whole area, as large as the frame allows at a true, round 1:N, centred. */
export function fitView(area: Extent, frame: Rect): AreaView {
  const ptPerM = trueScalePtPerM(Math.min(frame.w / area.widthM, frame.h / area.depthM));
  return {
    frame,
    ptPerM,
    originM: { x: -(frame.w / ptPerM - area.widthM) / 2, y: -(frame.h / ptPerM - area.depthM) / 2 },
  };
}

/** The page-space box a rotated rectangle covers, in metres: the plan core's one geometry. */
function bounds(item: Placed): Rect {
  const b = planBounds(item);
  return { x: b.x, y: b.y, w: b.width, h: b.height };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Draws label lines relative to a box whose top-left is at (x, y) in the current transform. */
function drawLines(ctx: PdfContext, lines: PlacedLine[], x: number, y: number): void {
  for (const line of lines) ctx.ts.draw(line.text, x + line.x, y + line.y, line.size, line.weight);
}

/**
 * Places a rectangle of the plan on the page, rotated about its top-left corner, and runs `draw`
 * in its local frame (origin at the corner, in points). Text is turned so it never reads upside down.
 */
function inPlace(ctx: PdfContext, view: AreaView, item: Booth | Feature, draw: (flip: boolean) => void): void {
  const { doc } = ctx;
  const x = view.frame.x + (item.xM - view.originM.x) * view.ptPerM;
  const y = view.frame.y + (item.yM - view.originM.y) * view.ptPerM;
  const rotation = ((item.rotationDeg % 360) + 360) % 360;
  if ('number' in item || 'label' in item) {
    const name = 'number' in item ? String(item.number) : String(item.label);
    ctx.trace({
      kind: 'number' in item ? 'booth' : 'feature',
      name,
      rect: { x, y, w: item.widthM * view.ptPerM, h: item.depthM * view.ptPerM },
      rotated: rotation !== 0,
    });
  }
  if (!rotation) {
    doc.translate(x, y);
    draw(false);
    doc.translate(-x, -y);
    return;
  }
  doc.save();
  doc.translate(x, y).rotate(rotation);
  draw(rotation > 90 && rotation <= 270);
  doc.restore();
}

function drawFeature(ctx: PdfContext, view: AreaView, feature: Feature): void {
  const { doc } = ctx;
  const s = view.ptPerM;
  const w = feature.widthM * s;
  const h = feature.depthM * s;
  const look = FEATURE_LOOK[feature.kind];
  inPlace(ctx, view, feature, (flip) => {
    if (look.fill && w > 0 && h > 0) {
      doc.rect(0, 0, w, h).lineWidth(0.6);
      if (look.stroke) doc.fillAndStroke(look.fill, look.stroke);
      else doc.fill(look.fill);
    } else if (look.fill) {
      doc
        .moveTo(0, 0)
        .lineTo(w, h)
        .lineWidth(Math.max(1, 0.15 * s))
        .stroke(look.fill);
    }
    const text = ctx.ts.clean(feature.label);
    if (!text) return;
    if (w <= 0 || h <= 0) {
      // A label placed as a point: written from that point at a fixed size, as on the canvas.
      doc.fillColor('#495057');
      ctx.ts.draw(text, 0, 0, 8);
      return;
    }
    if (flip) doc.rotate(180, { origin: [w / 2, h / 2] });
    doc.fillColor(feature.kind === 'wall' || feature.kind === 'pillar' ? '#ffffff' : '#495057');
    drawLines(ctx, fitLabel(ctx.ts, w, h, '', text, FEATURE_LIMITS), 0, 0);
    if (flip) doc.rotate(-180, { origin: [w / 2, h / 2] });
  });
}

function drawBooth(ctx: PdfContext, view: AreaView, booth: Booth, painter: MapPainter): void {
  const { doc, ts } = ctx;
  const s = view.ptPerM;
  const w = booth.widthM * s;
  const h = booth.depthM * s;
  const look = painter.style(booth);
  const { number, name } = painter.label(booth);
  inPlace(ctx, view, booth, (flip) => {
    doc.rect(0, 0, w, h).lineWidth(look.lineWidth);
    if (look.dashed) doc.dash(2, { space: 1.5 });
    doc.fillAndStroke(look.fill, look.stroke);
    if (look.dashed) doc.undash();
    const lines = fitLabel(ts, w, h, ts.clean(number), ts.clean(name));
    if (!lines.length) return;
    if (flip) doc.rotate(180, { origin: [w / 2, h / 2] });
    doc.fillColor(look.textColor);
    drawLines(ctx, lines, 0, 0);
    if (flip) doc.rotate(-180, { origin: [w / 2, h / 2] });
  });
}

/** Draws one area (outline, features, booths with fitted labels) clipped to the view's frame. */
export async function drawArea(ctx: PdfContext, content: AreaContent, view: AreaView, painter: MapPainter): Promise<void> {
  const { doc } = ctx;
  const visible: Rect = { x: view.originM.x, y: view.originM.y, w: view.frame.w / view.ptPerM, h: view.frame.h / view.ptPerM };
  ctx.trace({ kind: 'frame', name: '', rect: view.frame, rotated: false });
  doc.save();
  doc.rect(view.frame.x, view.frame.y, view.frame.w, view.frame.h).clip();
  const s = view.ptPerM;
  // The floor is the area's outline (an L-shaped hall): filled, and what stands on it clipped to it.
  const ox = view.frame.x - view.originM.x * s;
  const oy = view.frame.y - view.originM.y * s;
  const floor = () => {
    outlineOf(content.area).forEach((p, i) => (i === 0 ? doc.moveTo(ox + p.x * s, oy + p.y * s) : doc.lineTo(ox + p.x * s, oy + p.y * s)));
    doc.closePath();
  };
  floor();
  doc.lineWidth(0.8).fillAndStroke('#ffffff', '#868e96');
  const shaped = !isRectangle(content.area);
  if (shaped) {
    doc.save();
    floor();
    doc.clip();
  }
  drawBackgroundImage(ctx, view, content.background);
  drawVenueDrawing(ctx, view, content.drawing);
  const order = (f: Feature) => (f.kind === 'aisle' ? 0 : f.kind === 'label' ? 2 : 1);
  for (const feature of [...content.features].sort((a, b) => order(a) - order(b))) {
    if (overlaps(bounds(feature), visible) || feature.widthM === 0 || feature.depthM === 0) drawFeature(ctx, view, feature);
  }
  let sinceTick = 0;
  for (const booth of content.booths) {
    if (overlaps(bounds(booth), visible)) drawBooth(ctx, view, booth, painter);
    if (++sinceTick === TICK_EVERY) {
      await painter.tick(sinceTick);
      sinceTick = 0;
    }
  }
  if (sinceTick) await painter.tick(sinceTick);
  if (shaped) {
    doc.restore();
    floor();
    doc.lineWidth(0.8).stroke('#868e96');
  }
  drawDimensions(ctx, view, content.dimensions);
  doc.restore();
}
