import type { PdfContext } from './document';
import { wrap } from './fit-label';
import type { Weight } from './typeset';

export interface Column {
  header: string;
  /** Share of the table's width. */
  width: number;
  align?: 'left' | 'right';
  weight?: Weight;
}

export interface TableSection {
  heading?: string;
  color?: string;
  rows: string[][];
}

export interface TableSpec {
  title: string;
  columns: Column[];
  sections: TableSection[];
  empty: string;
  /**
   * Long lists (the map's index): on big paper the type stays at reading size and the rows flow
   * down as many newspaper columns as fit across the sheet, instead of one column of huge type.
   */
  flow?: boolean;
}

/** Type of a flowing table grows with the paper up to this factor (A3's), no further. */
const FLOW_MAX_FACTOR = Math.SQRT2;
/** A flowing column is at least this wide (points, at A4 type): room for a booth, a name, a zone. */
const FLOW_COLUMN_PT = 400;
const FLOW_GUTTER_PT = 14;

/** Where a flowing table stopped (its column and the top of the page's columns), so the next one continues there. */
export interface FlowCursor {
  frame: number;
  pageTop: number;
}

const MAX_CELL_LINES = 3;
const INK = '#212529';

/** Cell text wrapped to its column, at most three lines, the last cut with an ellipsis. */
function cellLines(ctx: PdfContext, raw: string, size: number, width: number, weight: Weight): string[] {
  const text = ctx.ts.clean(raw);
  const lines = wrap(ctx.ts, text, size, width, weight) ?? [ctx.ts.truncate(text, size, width, weight)];
  if (lines.length <= MAX_CELL_LINES) return lines;
  const kept = lines.slice(0, MAX_CELL_LINES);
  // The rest of the text appended makes the line too wide, so truncate cuts it with an ellipsis.
  kept[MAX_CELL_LINES - 1] = ctx.ts.truncate(lines.slice(MAX_CELL_LINES - 1).join(' '), size, width, weight);
  return kept;
}

/**
 * Writes a table across as many pages as it needs, starting at `top` on the current page (or on
 * a new page when `top` is null): column headers repeat on every page, rows never split.
 * `newPage` draws the page's own heading and returns where the table may start.
 */
export async function drawTable(
  ctx: PdfContext,
  spec: TableSpec,
  newPage: () => number,
  tick: (rows: number) => Promise<void>,
  top: number | null = null,
  cursor?: FlowCursor,
): Promise<number> {
  const { doc, ts } = ctx;
  const f = spec.flow ? Math.min(ctx.f, FLOW_MAX_FACTOR) : ctx.f;
  const page = ctx.content;
  const gutter = FLOW_GUTTER_PT * f;
  const frames = spec.flow ? Math.max(1, Math.floor((page.w + gutter) / (FLOW_COLUMN_PT * f + gutter))) : 1;
  const frameW = (page.w - (frames - 1) * gutter) / frames;
  /** The column being filled: x and width; rows below `pageTop` on this page, then the next column. */
  const content = { x: page.x, w: frameW };
  let frame = top !== null && cursor ? cursor.frame : 0;
  let pageTop = top !== null && cursor ? cursor.pageTop : 0;
  let lowest = 0;
  const size = 8 * f;
  const lineH = ts.lineHeight(size);
  const pad = 2 * f;
  const bottom = page.y + page.h;
  const colX: number[] = [];
  const place = () => {
    content.x = page.x + frame * (frameW + gutter);
    colX.length = 0;
    let acc = content.x;
    for (const c of spec.columns) {
      colX.push(acc);
      acc += c.width * content.w;
    }
  };
  place();
  const colW = spec.columns.map((c) => c.width * content.w - 2 * pad);

  const head = (y: number): number => {
    const titleSize = 11 * f;
    doc.fillColor(INK);
    ts.draw(ts.truncate(ts.clean(spec.title), titleSize, content.w, 'bold'), content.x, y, titleSize, 'bold');
    let yy = y + ts.lineHeight(titleSize) + pad;
    doc.rect(content.x, yy, content.w, lineH + 2 * pad).fill('#e9ecef');
    doc.fillColor(INK);
    spec.columns.forEach((c, i) => {
      const text = ts.truncate(ts.clean(c.header), size, colW[i]!, 'bold');
      const x = c.align === 'right' ? colX[i]! + pad + colW[i]! - ts.width(text, size, 'bold') : colX[i]! + pad;
      ts.draw(text, x, yy + pad, size, 'bold');
    });
    yy += lineH + 2 * pad;
    return yy;
  };

  if (top === null) pageTop = newPage();
  else if (!cursor) pageTop = top;
  place();
  /** The next column, or the first column of a new page. */
  const advance = () => {
    if (++frame >= frames) {
      frame = 0;
      lowest = 0;
      pageTop = newPage();
    }
    place();
  };
  let start = top ?? pageTop;
  // No room under what came before for a title, headers and a few rows: start in the next column.
  if (top !== null && start + 4 * (lineH + 2 * pad) + ts.lineHeight(11 * f) > bottom) {
    advance();
    start = pageTop;
  }
  let y = head(start);
  const ensure = (height: number) => {
    if (y + height <= bottom) return;
    lowest = Math.max(lowest, y);
    advance();
    y = head(pageTop);
  };
  // A table continued by the next (cursor given) ends where its last column ends; otherwise what
  // follows starts below every column of this page, so it may share the page.
  const endOfTable = () => {
    if (!cursor) return Math.max(lowest, y);
    cursor.frame = frame;
    cursor.pageTop = pageTop;
    return y;
  };
  const total = spec.sections.reduce((n, s) => n + s.rows.length, 0);
  if (!total) {
    doc.fillColor('#868e96');
    ts.draw(ts.clean(spec.empty), content.x + pad, y + pad, size);
    y += lineH + 2 * pad;
    return endOfTable();
  }
  let stripe = 0;
  for (const section of spec.sections) {
    if (section.heading) {
      ensure(2 * (lineH + 2 * pad));
      const hs = 9 * f;
      if (section.color) doc.rect(content.x + pad, y + pad + lineH * 0.15, 8 * f, lineH * 0.7).fill(section.color);
      doc.fillColor(INK);
      ts.draw(
        ts.truncate(ts.clean(section.heading), hs, content.w - 14 * f, 'bold'),
        content.x + pad + (section.color ? 11 * f : 0),
        y + pad,
        hs,
        'bold',
      );
      y += ts.lineHeight(hs) + 2 * pad;
    }
    let sinceTick = 0;
    for (const row of section.rows) {
      const cells = row.map((cell, i) => cellLines(ctx, cell, size, colW[i]!, spec.columns[i]!.weight ?? 'regular'));
      const rowH = Math.max(1, ...cells.map((c) => c.length)) * lineH + 2 * pad;
      ensure(rowH);
      if (stripe++ % 2) doc.rect(content.x, y, content.w, rowH).fill('#f8f9fa');
      doc.fillColor(INK);
      cells.forEach((lines, i) => {
        const c = spec.columns[i]!;
        lines.forEach((text, j) => {
          const w = ts.width(text, size, c.weight);
          ts.draw(text, c.align === 'right' ? colX[i]! + pad + colW[i]! - w : colX[i]! + pad, y + pad + j * lineH, size, c.weight);
        });
      });
      y += rowH;
      if (++sinceTick === 100) {
        await tick(sinceTick);
        sinceTick = 0;
      }
    }
    if (sinceTick) await tick(sinceTick);
  }
  return endOfTable();
}
