import type { PdfContext } from './document';
import { wrap } from './fit-label';
import type { Rect } from './paper';
import type { Weight } from './typeset';

/**
 * The map's index as newspaper columns. The type stays at reading size whatever the paper; the
 * column is as wide as the index's rows need (each table column as wide as its longest useful cell),
 * and a sheet carries as many such columns as fit across it. The columns may start beside the map on
 * the map's own sheet, then continue on index sheets.
 */

export interface Column {
  header: string;
  align?: 'left' | 'right';
  weight?: Weight;
  /** The widest this column grows to fit its cells, in ems of the body type; longer cells wrap. */
  maxEm?: number;
}

export interface TableSection {
  heading?: string;
  color?: string;
  rows: string[][];
}

export interface FlowTable {
  title: string;
  columns: Column[];
  sections: TableSection[];
  empty: string;
}

/** Index type grows from A4 to this factor (10 pt body) and no further: it is read up close, even on an A0 poster. */
const INDEX_MAX_FACTOR = 1.25;
const GUTTER_PT = 14;
const DEFAULT_MAX_EM = 24;
/** A column is as wide as this share of its cells need; the longest few wrap rather than widen every column. */
const USEFUL_SHARE = 0.95;
const MAX_CELL_LINES = 3;
const INK = '#212529';

interface LaidRow {
  cells: string[][];
  h: number;
}
interface LaidSection {
  heading?: string;
  color?: string;
  rows: LaidRow[];
}
interface LaidTable {
  table: FlowTable;
  /** Left edge of each table column inside a newspaper column, and its text width. */
  colX: number[];
  colW: number[];
  sections: LaidSection[];
}

/** The index measured for one paper: type, the newspaper column's width and how many fit across an index sheet. */
export interface IndexLayout {
  size: number;
  lineH: number;
  pad: number;
  gutter: number;
  /** Width of one newspaper column. */
  columnW: number;
  /** Newspaper columns across an index sheet. */
  perPage: number;
  /** Top of the columns on an index sheet, below its running head. */
  pageTop: number;
  tables: LaidTable[];
}

/** One newspaper column somewhere in the document: on a map's sheet (`sheet`) or on the n-th index sheet (`page`). */
export interface Slot {
  page: number;
  /** The map sheet the column is on: its place among the map sheets while planning, its page while drawing. */
  sheet?: number;
  x: number;
  top: number;
  bottom: number;
}

/** Cell text wrapped to its column, at most three lines, the last cut with an ellipsis. */
function cellLines(ctx: PdfContext, text: string, size: number, width: number, weight: Weight): string[] {
  if (ctx.ts.width(text, size, weight) <= width) return [text];
  const lines = wrap(ctx.ts, text, size, width, weight) ?? [ctx.ts.truncate(text, size, width, weight)];
  if (lines.length <= MAX_CELL_LINES) return lines;
  const kept = lines.slice(0, MAX_CELL_LINES);
  // The rest of the text appended makes the line too wide, so truncate cuts it with an ellipsis.
  kept[MAX_CELL_LINES - 1] = ctx.ts.truncate(lines.slice(MAX_CELL_LINES - 1).join(' '), size, width, weight);
  return kept;
}

/** The width most of a column's cells fit in (its longest useful cell), no wider than `cap`. */
function usefulWidth(widths: number[], header: number, cap: number): number {
  if (!widths.length) return Math.min(header, cap);
  widths.sort((a, b) => a - b);
  const useful = widths[Math.min(widths.length - 1, Math.floor(widths.length * USEFUL_SHARE))]!;
  return Math.min(cap, Math.max(header, useful));
}

const runningHeadSize = (ctx: PdfContext) => 7 * ctx.f;

/** Measures the tables for this paper: the column width every table shares, and each row's lines in it. */
export function layIndex(ctx: PdfContext, tables: FlowTable[]): IndexLayout {
  const { ts, content } = ctx;
  const f = Math.min(ctx.f, INDEX_MAX_FACTOR);
  const size = 8 * f;
  const pad = 2 * f;
  const gutter = GUTTER_PT * f;
  const cleaned = tables.map((t) => t.sections.map((s) => s.rows.map((r) => r.map((c) => ts.clean(c)))));
  const naturals = tables.map((table, ti) =>
    table.columns.map((c, ci) => {
      const widths: number[] = [];
      for (const section of cleaned[ti]!) for (const row of section) widths.push(ts.width(row[ci]!, size, c.weight));
      const cap = (c.maxEm ?? DEFAULT_MAX_EM) * size;
      return usefulWidth(widths, ts.width(ts.clean(c.header), size, 'bold'), cap) + 2 * pad;
    }),
  );
  // A column is as wide as the widest table's useful row, and never cuts a table's title.
  const titleW = (t: FlowTable) => ts.width(ts.clean(t.title), 11 * f, 'bold');
  const wanted = Math.max(
    ...tables.map((t, i) =>
      Math.max(
        titleW(t),
        naturals[i]!.reduce((a, b) => a + b, 0),
      ),
    ),
  );
  const perPage = Math.max(1, Math.floor((content.w + gutter) / (Math.min(wanted, content.w) + gutter)));
  const columnW = (content.w - (perPage - 1) * gutter) / perPage;
  const lineH = ts.lineHeight(size);
  const laid = tables.map((table, ti): LaidTable => {
    const natural = naturals[ti]!;
    const sum = natural.reduce((a, b) => a + b, 0);
    const widths = natural.map((w) => (w / sum) * columnW);
    const colX: number[] = [];
    widths.reduce((x, w) => (colX.push(x), x + w), 0);
    const colW = widths.map((w) => w - 2 * pad);
    const sections = table.sections.map((section, si) => ({
      heading: section.heading,
      color: section.color,
      rows: cleaned[ti]![si]!.map((row) => {
        const cells = row.map((cell, ci) => cellLines(ctx, cell, size, colW[ci]!, table.columns[ci]!.weight ?? 'regular'));
        return { cells, h: Math.max(1, ...cells.map((c) => c.length)) * lineH + 2 * pad };
      }),
    }));
    return { table, colX, colW, sections };
  });
  const pageTop = content.y + ts.lineHeight(runningHeadSize(ctx)) + 4 * ctx.f;
  return { size, lineH, pad, gutter, columnW, perPage, pageTop, tables: laid };
}

/** The i-th column of the index: first those given beside the map, then across index sheet after index sheet. */
export function slotAt(ctx: PdfContext, layout: IndexLayout, beside: Slot[], i: number): Slot {
  if (i < beside.length) return beside[i]!;
  const n = i - beside.length;
  const column = n % layout.perPage;
  return {
    page: Math.floor(n / layout.perPage),
    x: ctx.content.x + column * (layout.columnW + layout.gutter),
    top: layout.pageTop,
    bottom: ctx.content.y + ctx.content.h,
  };
}

const sameSheet = (a: Slot, b: Slot) => (a.sheet !== undefined ? a.sheet === b.sheet : b.sheet === undefined && a.page === b.page);

/** Height of the line at the foot of a map sheet's last index column saying on which page the index continues. */
const noteHeight = (layout: IndexLayout) => layout.lineH + layout.pad;

/**
 * The columns with a line kept free at the foot of each map sheet's last one, for the note saying
 * where the index continues: a reader who reaches the end of the part beside a map is told which page
 * comes next. An index sheet says so in its running head, which costs it no row.
 */
function withNotes(layout: IndexLayout, slot: (i: number) => Slot): (i: number) => Slot {
  return (i) => {
    const here = slot(i);
    return here.sheet === undefined || sameSheet(here, slot(i + 1)) ? here : { ...here, bottom: here.bottom - noteHeight(layout) };
  };
}

type Placed =
  | { kind: 'head'; slot: number; y: number; table: LaidTable }
  | { kind: 'heading'; slot: number; y: number; section: LaidSection }
  | { kind: 'row'; slot: number; y: number; table: LaidTable; row: LaidRow; stripe: boolean }
  | { kind: 'empty'; slot: number; y: number; table: LaidTable };

const titleHeight = (ctx: PdfContext, layout: IndexLayout) => ctx.ts.lineHeight((11 * layout.size) / 8);
const headHeight = (ctx: PdfContext, layout: IndexLayout) => titleHeight(ctx, layout) + layout.pad + layout.lineH + 2 * layout.pad;
const headingHeight = (ctx: PdfContext, layout: IndexLayout) => ctx.ts.lineHeight((9 * layout.size) / 8) + 2 * layout.pad;

/** The least height a column beside the map needs to be worth starting: a title, its headers and a few rows. */
export const minSlotHeight = (ctx: PdfContext, layout: IndexLayout) => headHeight(ctx, layout) + 6 * (layout.lineH + 2 * layout.pad);

/**
 * Where every title, heading and row goes: rows never split, each column starts with its table's
 * title and headers, the second table continues in the column where the first ends. `visit` sees
 * each placement in order; returns how many columns were used.
 */
export function packIndex(
  ctx: PdfContext,
  layout: IndexLayout,
  slot: (i: number) => Slot,
  visit: (placed: Placed) => void = () => {},
): number {
  const rowStep = layout.lineH + 2 * layout.pad;
  const headH = headHeight(ctx, layout);
  let i = 0;
  let current = slot(0);
  let y = current.top;
  for (const table of layout.tables) {
    // No room under what came before for a title, headers and a few rows: start in the next column.
    if (y > current.top) y += 10 * (layout.size / 8);
    if (y > current.top && y + headH + 4 * rowStep > current.bottom) {
      current = slot(++i);
      y = current.top;
    }
    visit({ kind: 'head', slot: i, y, table });
    y += headH;
    const ensure = (height: number) => {
      while (y + height > current.bottom) {
        current = slot(++i);
        y = current.top;
        visit({ kind: 'head', slot: i, y, table });
        y += headH;
      }
    };
    if (!table.sections.some((s) => s.rows.length)) {
      visit({ kind: 'empty', slot: i, y, table });
      y += rowStep;
      continue;
    }
    let stripe = 0;
    for (const section of table.sections) {
      if (section.heading) {
        ensure(2 * rowStep);
        visit({ kind: 'heading', slot: i, y, section });
        y += headingHeight(ctx, layout);
      }
      for (const row of section.rows) {
        ensure(row.h);
        visit({ kind: 'row', slot: i, y, table, row, stripe: stripe++ % 2 === 1 });
        y += row.h;
      }
    }
  }
  return i + 1;
}

/** How many columns the index takes when it starts in `beside`, and how many index sheets follow the map sheets. */
export function indexExtent(ctx: PdfContext, layout: IndexLayout, beside: Slot[]): { columns: number; sheets: number } {
  const columns = packIndex(
    ctx,
    layout,
    withNotes(layout, (i) => slotAt(ctx, layout, beside, i)),
  );
  return { columns, sheets: Math.ceil(Math.max(0, columns - beside.length) / layout.perPage) };
}

/** A last sheet whose rows would fill less than this share of its columns is balanced with the sheet before it. */
const SHORT_TAIL = 0.5;

/**
 * The index's columns with its end balanced: where the index ends part way across a sheet, that
 * sheet's columns are cut to one length, the shortest that still holds the rest, so the index ends
 * level rather than in a few full columns beside empty ones. A column is never cut shorter than a
 * title, its headers and a few rows, so a short remainder keeps to fewer columns. When what is left
 * for the last sheet is still a short tail (a handful of rows under one column's head, as on A4 where
 * one column fills the sheet), the last two sheets are balanced together: both end at one height
 * rather than one full sheet and one nearly empty.
 */
function balancedSlots(ctx: PdfContext, layout: IndexLayout, beside: Slot[]): (i: number) => Slot {
  const raw = (i: number) => slotAt(ctx, layout, beside, i);
  const plain = withNotes(layout, raw);
  const used = packIndex(ctx, layout, plain);
  const firstOfSheet = (i: number) => {
    let first = i;
    while (first > 0 && sameSheet(raw(first - 1), raw(i))) first--;
    return first;
  };
  let end = used;
  while (sameSheet(raw(end), raw(used - 1))) end++;
  const heightOf = (i: number) => raw(i).bottom - raw(i).top;
  /** The columns from `first` to the end of the last sheet cut to one length, the shortest that holds the rest. */
  const balance = (first: number) => {
    const capped = (length: number) =>
      withNotes(layout, (i) => {
        const slot = raw(i);
        return i >= first && i < end ? { ...slot, bottom: Math.min(slot.bottom, slot.top + length) } : slot;
      });
    const fits = (length: number) => packIndex(ctx, layout, capped(length)) <= end;
    let long = 0;
    for (let i = first; i < end; i++) long = Math.max(long, heightOf(i));
    let short = Math.min(minSlotHeight(ctx, layout), long);
    if (fits(short)) return { length: short, slots: capped(short) };
    // Halve the gap to a point: the longest length that does not fit, the shortest that does.
    while (long - short > 1) {
      const mid = (short + long) / 2;
      if (fits(mid)) long = mid;
      else short = mid;
    }
    return { length: long, slots: capped(long) };
  };
  const lastFirst = firstOfSheet(used - 1);
  const alone = balance(lastFirst);
  if (lastFirst === 0) return alone.slots;
  let room = 0;
  for (let i = lastFirst; i < end; i++) room += heightOf(i);
  const filled = (packIndex(ctx, layout, alone.slots) - lastFirst) * alone.length;
  return filled < SHORT_TAIL * room ? balance(firstOfSheet(lastFirst - 1)).slots : alone.slots;
}

/**
 * Draws the index: its columns beside the map on the current sheet first (when `beside` has any),
 * then on new sheets, each with a running head naming the fair.
 */
export async function drawIndex(
  ctx: PdfContext,
  layout: IndexLayout,
  beside: Slot[],
  tick: (rows: number) => Promise<void>,
): Promise<void> {
  const { doc, ts, f } = ctx;
  const { size, lineH, pad, columnW } = layout;
  const placements: Placed[] = [];
  const slots: Slot[] = [];
  const slotOf = balancedSlots(ctx, layout, beside);
  const used = packIndex(
    ctx,
    layout,
    (i) => (slots[i] = slotOf(i)),
    (p) => placements.push(p),
  );
  // Index sheets follow every map sheet: the n-th is this page of the document.
  const firstIndexPage = doc.bufferedPageRange().count;
  const pageOf = (slot: Slot) => slot.sheet ?? firstIndexPage + slot.page;
  let page = -1;
  let sinceTick = 0;
  for (const placed of placements) {
    const slot = slots[placed.slot]!;
    // Columns on the map sheets are written onto those (buffered) pages; the index sheets follow them.
    if (slot.sheet !== undefined) ctx.doc.switchToPage(slot.sheet);
    while (slot.sheet === undefined && page < slot.page) {
      ctx.addPage();
      page++;
      // A running head beside the page number, so a loose index sheet still says which fair it is.
      const headSize = runningHeadSize(ctx);
      doc.fillColor('#495057');
      ts.draw(ts.truncate(ts.clean(ctx.fair.name), headSize, ctx.content.w * 0.45), ctx.content.x, ctx.content.y, headSize);
    }
    const x = slot.x;
    const { y } = placed;
    if (placed.kind === 'head') {
      const { table, colX, colW } = placed.table;
      const titleSize = (11 * size) / 8;
      doc.fillColor(INK);
      ts.draw(ts.truncate(ts.clean(table.title), titleSize, columnW, 'bold'), x, y, titleSize, 'bold');
      const hy = y + titleHeight(ctx, layout) + pad;
      doc.rect(x, hy, columnW, lineH + 2 * pad).fill('#e9ecef');
      doc.fillColor(INK);
      table.columns.forEach((c, i) => {
        const text = ts.truncate(ts.clean(c.header), size, colW[i]!, 'bold');
        const tx = c.align === 'right' ? x + colX[i]! + pad + colW[i]! - ts.width(text, size, 'bold') : x + colX[i]! + pad;
        ts.draw(text, tx, hy + pad, size, 'bold');
      });
    } else if (placed.kind === 'heading') {
      const { heading, color } = placed.section;
      const hs = (9 * size) / 8;
      if (color) doc.rect(x + pad, y + pad + lineH * 0.15, 8 * f, lineH * 0.7).fill(color);
      doc.fillColor(INK);
      ts.draw(ts.truncate(ts.clean(heading ?? ''), hs, columnW - 14 * f, 'bold'), x + pad + (color ? 11 * f : 0), y + pad, hs, 'bold');
    } else if (placed.kind === 'empty') {
      doc.fillColor('#868e96');
      ts.draw(ts.clean(placed.table.table.empty), x + pad, y + pad, size);
    } else {
      const { table, colX, colW } = placed.table;
      const { row } = placed;
      if (placed.stripe) doc.rect(x, y, columnW, row.h).fill('#f8f9fa');
      doc.fillColor(INK);
      row.cells.forEach((lines, i) => {
        const c = table.columns[i]!;
        lines.forEach((text, j) => {
          const tx = c.align === 'right' ? x + colX[i]! + pad + colW[i]! - ts.width(text, size, c.weight) : x + colX[i]! + pad;
          ts.draw(text, tx, y + pad + j * lineH, size, c.weight);
        });
      });
      if (++sinceTick === 100) {
        await tick(sinceTick);
        sinceTick = 0;
      }
    }
  }
  if (sinceTick) await tick(sinceTick);
  // Where a sheet's part ends and the index goes on elsewhere, the sheet says where: beside a map at
  // the foot of its last column, on an index sheet in its running head, before the page number.
  const noteSize = (7 * size) / 8;
  const headSize = runningHeadSize(ctx);
  for (let i = 0; i + 1 < used; i++) {
    const here = slots[i]!;
    const next = slotOf(i + 1);
    if (sameSheet(here, next)) continue;
    doc.switchToPage(pageOf(here));
    const text = ctx.t('indexContinues', { n: pageOf(next) + 1 });
    doc.fillColor('#495057');
    if (here.sheet === undefined) {
      // Between the fair's name (the left 45%) and the page number (the right 15%).
      const fitted = ts.truncate(text, headSize, ctx.content.w * 0.35, 'bold');
      ts.draw(fitted, ctx.content.x + ctx.content.w * 0.85 - ts.width(fitted, headSize, 'bold'), ctx.content.y, headSize, 'bold');
    } else {
      const fitted = ts.truncate(text, noteSize, columnW, 'bold');
      ts.draw(fitted, here.x + columnW - ts.width(fitted, noteSize, 'bold'), here.bottom + pad / 2, noteSize, 'bold');
    }
  }
}

/** The map frame left once `columns` index columns are taken from its right side. */
export function frameLeftOf(frame: Rect, layout: IndexLayout, columns: number): Rect {
  return { ...frame, w: frame.w - columns * (layout.columnW + layout.gutter) };
}
