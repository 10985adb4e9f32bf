/** Booth labels: their sizes, fonts and measures, their nodes, and the batched drawing of the readable ones. */
import type { SceneCanvas } from 'konva/lib/Canvas';
import type { Booth } from '../../../../shared/model/plan';
import type { BoothNode } from './boothNodes';
import { boothLabelId, CANVAS_FONT, Konva } from './konva';
import { layoutLabel } from './labelLayout';

const LABEL_FILL = '#212529';
export const LABEL_PADDING = 0.15;
const LABEL_LINE_HEIGHT = 1.15;

interface LabelFont {
  size: number;
  css: string;
  /** From a line's top to its baseline, as Konva places text. */
  baseline: number;
  measure: (text: string) => number;
}

const labelFonts = new Map<number, LabelFont>();
let measuring: CanvasRenderingContext2D | null = null;
/** The font last set on the measuring context (read back, the browser spells it its own way). */
let measuringFont = '';

/** The label font of one size, with its measure (one shared context). */
function labelFont(size: number): LabelFont {
  let font = labelFonts.get(size);
  if (font) return font;
  measuring ??= document.createElement('canvas').getContext('2d')!;
  const css = `normal normal ${size}px ${CANVAS_FONT}`;
  const ctx = measuring;
  const measure = (text: string) => {
    if (measuringFont !== css) ctx.font = measuringFont = css;
    return ctx.measureText(text).width;
  };
  measure('');
  const m = ctx.measureText('M');
  const baseline = (m.fontBoundingBoxAscent - m.fontBoundingBoxDescent) / 2 + (size * LABEL_LINE_HEIGHT) / 2;
  font = { size, css, baseline, measure };
  labelFonts.set(size, font);
  return font;
}

/** Labels smaller than this on screen are dropped: unreadable, and the costliest thing to draw. */
export const MIN_LABEL_PX = 6.5;

export function labelFontM(widthM: number, depthM: number): number {
  return Math.min(1.2, Math.max(0.18, Math.min(widthM, depthM) * 0.24));
}

export function boothText(booth: Booth, label: string | undefined): string {
  return label ? `${booth.number}\n${label}` : booth.number;
}

/**
 * Draws the labels of these booths that are big enough to read at this scale, in one batch: the
 * lines laid out once per label as a label node would (ellipsis included), one font set per run
 * of equal sizes, no node, measuring or saving per label (but for turned booths).
 */
export function drawBoothLabels(canvas: SceneCanvas, list: readonly BoothNode[], scale: number): void {
  const c = canvas.getContext()._context;
  c.save();
  try {
    c.fillStyle = LABEL_FILL;
    c.textAlign = 'left';
    c.textBaseline = 'alphabetic';
    let font: LabelFont | null = null;
    for (const n of list) {
      if (n.fontM * scale < MIN_LABEL_PX) continue;
      if (font?.size !== n.fontM) {
        font = labelFont(n.fontM);
        c.font = font.css;
      }
      const pad = n.fontM * LABEL_PADDING;
      const lineH = n.fontM * LABEL_LINE_HEIGHT;
      const { widthM: width, depthM: height } = n.booth;
      n.lines ??= layoutLabel(n.label, { width, height, fontSize: n.fontM, lineHeight: LABEL_LINE_HEIGHT, padding: pad }, font.measure);
      const turned = !!n.outline;
      if (turned) {
        c.save();
        c.translate(n.booth.xM, n.booth.yM);
        c.rotate((n.booth.rotationDeg * Math.PI) / 180);
      }
      const x0 = turned ? 0 : n.booth.xM;
      const y0 = (turned ? 0 : n.booth.yM) + pad + (height - n.lines.length * lineH - 2 * pad) / 2 + font.baseline;
      for (let i = 0; i < n.lines.length; i++) {
        const line = n.lines[i]!;
        c.fillText(line.text, x0 + pad + (width - line.width - 2 * pad) / 2, y0 + i * lineH);
      }
      if (turned) c.restore();
    }
  } finally {
    c.restore();
  }
}

/** A booth's label node (found by `#booth-label-<id>`), drawn as `drawBoothLabels` draws it. */
export function boothLabelNode(n: BoothNode): Konva.Text {
  const text = new Konva.Text({
    id: boothLabelId(n.booth.id),
    x: n.booth.xM,
    y: n.booth.yM,
    width: n.booth.widthM,
    height: n.booth.depthM,
    rotation: n.booth.rotationDeg,
    text: n.label,
    fontSize: n.fontM,
    fontFamily: CANVAS_FONT,
    fill: LABEL_FILL,
    align: 'center',
    verticalAlign: 'middle',
    wrap: 'none',
    ellipsis: true,
    padding: n.fontM * LABEL_PADDING,
    lineHeight: LABEL_LINE_HEIGHT,
    listening: false,
    perfectDrawEnabled: false,
  });
  return text;
}
