import { formatDayRange } from '../../../shared/dates';
import type { PdfContext } from './document';
import { wrap } from './fit-label';
import { niceLength, scaleRatio, type Rect } from './paper';
import type { LegendEntry } from './style';
import { formatNumber } from '../../../shared/money';

const GREY = '#495057';
const INK = '#212529';

/**
 * The title block across the top: fair, dates, venue, organizer on the left; what this sheet
 * shows and when it was printed on the right (below the page number). Returns its height.
 */
export function drawHeader(ctx: PdfContext, right: string[]): number {
  const { doc, ts, content, f } = ctx;
  const big = 12 * f;
  const small = 7.5 * f;
  const gap = 1.5 * f;
  const leftW = content.w * LEFT_SHARE;
  const rightW = content.w - leftW - 6 * f;
  const dates = formatDayRange(ctx.fair.firstDay, ctx.fair.lastDay, ctx.language);
  const left: [string, number, 'bold' | 'regular'][] = [
    ...titleLines(ctx, leftW).map((line): [string, number, 'bold'] => [line, big, 'bold']),
    [[dates, ctx.fair.venue].filter(Boolean).join(' · '), small, 'regular'],
    [ctx.fair.organizer, small, 'regular'],
  ];
  let y = content.y;
  doc.fillColor(INK);
  for (const [raw, size, weight] of left) {
    const text = ts.truncate(ts.clean(raw), size, leftW, weight);
    if (text) ts.draw(text, content.x, y, size, weight);
    y += ts.lineHeight(size);
  }
  const lines = [...right, ctx.t('printed', { date: ctx.printedAt })];
  let ry = content.y + ts.lineHeight(7 * f) + gap;
  lines.forEach((raw, i) => {
    const size = i === 0 ? 10 * f : small;
    const weight = i === 0 ? 'bold' : 'regular';
    const text = ts.truncate(ts.clean(raw), size, rightW, weight);
    doc.fillColor(i === 0 ? INK : GREY);
    ts.draw(text, content.x + content.w - ts.width(text, size, weight), ry, size, weight);
    ry += ts.lineHeight(size);
  });
  const height = headerHeight(ctx, right.length);
  const rule = content.y + height - 2 * gap;
  doc
    .moveTo(content.x, rule)
    .lineTo(content.x + content.w, rule)
    .lineWidth(0.6 * f)
    .strokeColor(GREY)
    .stroke();
  return height;
}

/** The fair's name on one line, or two when it is long (then cut with an ellipsis). */
function titleLines(ctx: PdfContext, width: number): string[] {
  const { ts, f } = ctx;
  const name = ts.clean(ctx.fair.name);
  const lines = wrap(ts, name, 12 * f, width, 'bold') ?? [name];
  if (lines.length <= 2) return lines.map((l) => ts.truncate(l, 12 * f, width, 'bold'));
  return [lines[0]!, ts.truncate(lines.slice(1).join(' '), 12 * f, width, 'bold')];
}

const LEFT_SHARE = 0.58;

/** The title block's height depends only on the paper, the fair's name and the number of lines on its right. */
export function headerHeight(ctx: PdfContext, rightLines: number): number {
  const { ts, f } = ctx;
  const small = ts.lineHeight(7.5 * f);
  const left = titleLines(ctx, ctx.content.w * LEFT_SHARE).length * ts.lineHeight(12 * f) + 2 * small;
  const right = ts.lineHeight(7 * f) + 1.5 * f + ts.lineHeight(10 * f) + rightLines * small;
  return Math.max(left, right) + 4.5 * f;
}

interface LegendSlot {
  entry: LegendEntry;
  text: string;
  x: number;
  y: number;
}

const SCALE_BAR_W = 0.26;

function layoutLegend(ctx: PdfContext, entries: LegendEntry[], width: number): { slots: LegendSlot[]; height: number } {
  const { ts, f } = ctx;
  const size = 7 * f;
  const rowH = ts.lineHeight(size) + 2 * f;
  const swatch = 9 * f;
  const titleW = ts.width(ctx.t('legend'), size, 'bold') + 6 * f;
  const slots: LegendSlot[] = [];
  let x = titleW;
  let y = 0;
  for (const entry of entries) {
    const text = ts.truncate(ts.clean(entry.label), size, width * 0.45);
    const w = swatch + 3 * f + ts.width(text, size) + 8 * f;
    if (x + w > width && x > titleW) {
      x = titleW;
      y += rowH;
    }
    slots.push({ entry, text, x, y });
    x += w;
  }
  return { slots, height: entries.length ? y + rowH : 0 };
}

/** Height of the legend and scale bar band at the foot of a map page. */
export function footerHeight(ctx: PdfContext, entries: LegendEntry[]): number {
  const legendH = layoutLegend(ctx, entries, ctx.content.w * (1 - SCALE_BAR_W)).height;
  return Math.max(legendH, 22 * ctx.f) + 4 * ctx.f;
}

/** The map frame of a sheet whose title block has `headerLines` lines on its right and whose footer holds `legend`. */
export function mapFrame(ctx: PdfContext, headerLines: number, legend: LegendEntry[]): Rect {
  const { content } = ctx;
  const headerH = headerHeight(ctx, headerLines);
  return { x: content.x, y: content.y + headerH, w: content.w, h: content.h - headerH - footerHeight(ctx, legend) };
}

/** The legend on the left, the scale bar (with its 1:N) on the right, along the bottom of `content`. */
export function drawFooter(ctx: PdfContext, entries: LegendEntry[], ptPerM: number | null): void {
  const { doc, ts, content, f } = ctx;
  const height = footerHeight(ctx, entries);
  const top = content.y + content.h - height + 4 * f;
  const size = 7 * f;
  const { slots } = layoutLegend(ctx, entries, content.w * (1 - SCALE_BAR_W));
  if (slots.length) {
    doc.fillColor(INK);
    ts.draw(ctx.t('legend'), content.x, top, size, 'bold');
  }
  const swatchH = ts.lineHeight(size) * 0.8;
  for (const slot of slots) {
    const x = content.x + slot.x;
    const y = top + slot.y;
    doc.rect(x, y + swatchH * 0.1, 9 * f, swatchH).lineWidth(0.8 * f);
    if (slot.entry.dashed) doc.dash(1.5 * f, { space: 1 * f });
    doc.fillAndStroke(slot.entry.fill, slot.entry.stroke);
    doc.undash();
    doc.fillColor(INK);
    ts.draw(slot.text, x + 12 * f, y, size);
  }
  if (ptPerM) drawScaleBar(ctx, { x: content.x + content.w * (1 - SCALE_BAR_W), y: top, w: content.w * SCALE_BAR_W, h: height }, ptPerM);
}

/** A bar of a round number of metres in alternating black and white, with 1:N below it. */
function drawScaleBar(ctx: PdfContext, box: Rect, ptPerM: number): void {
  const { doc, ts, f } = ctx;
  const size = 6.5 * f;
  const metres = niceLength((box.w * 0.8) / ptPerM);
  const barW = metres * ptPerM;
  const endLabel = ctx.t('metres', { n: metres });
  const x0 = box.x + box.w - barW - ts.width(endLabel, size) / 2;
  const y0 = box.y + ts.lineHeight(size);
  const barH = 3 * f;
  const parts = 5;
  for (let i = 0; i < parts; i++) {
    doc.rect(x0 + (barW / parts) * i, y0, barW / parts, barH).lineWidth(0.5 * f);
    doc.fillAndStroke(i % 2 ? '#ffffff' : INK, INK);
  }
  doc.fillColor(INK);
  const label = (text: string, x: number) => ts.draw(text, x - ts.width(text, size) / 2, box.y, size);
  label('0', x0);
  label(endLabel, x0 + barW);
  const ratio = ctx.t('scale', { n: formatNumber(scaleRatio(ptPerM), ctx.language) });
  ts.draw(ratio, x0 + barW - ts.width(ratio, size), y0 + barH + 1.5 * f, size);
}

/** A message in the middle of a frame: an empty area, a fair without areas. */
export function drawNotice(ctx: PdfContext, frame: Rect, message: string): void {
  const { doc, ts, f } = ctx;
  const size = 12 * f;
  const lines = wrap(ts, ts.clean(message), size, frame.w * 0.9) ?? [];
  doc
    .rect(frame.x, frame.y, frame.w, frame.h)
    .lineWidth(0.5 * f)
    .dash(3 * f, { space: 3 * f })
    .stroke('#adb5bd')
    .undash();
  doc.fillColor(GREY);
  const lineH = ts.lineHeight(size);
  let y = frame.y + (frame.h - lines.length * lineH) / 2;
  for (const line of lines) {
    ts.draw(line, frame.x + (frame.w - ts.width(line, size)) / 2, y, size);
    y += lineH;
  }
}
