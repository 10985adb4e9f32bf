import { drawFooter, drawNotice, mapFrame } from './chrome';
import type { PdfContext } from './document';
import { drawIndex, frameLeftOf, indexExtent, minSlotHeight, type IndexLayout, type Slot } from './index-flow';
import { drawArea, fitView, type AreaContent, type AreaView, type Extent, type MapPainter } from './map-draw';
import type { Rect } from './paper';
import type { LegendEntry } from './style';

/**
 * The map may shrink to this share of its fitted size (one or two steps of the standard scales) when
 * that lets its index share the sheet and saves a sheet; never further, so the map stays the map.
 */
const MIN_MAP_SHARE = 0.7;

interface Arrangement {
  view: AreaView;
  /** Index columns on the map's sheet, in reading order: under the map, then beside it. */
  beside: Slot[];
}

/**
 * The index columns that fit in the room a map of `mapW` × `mapH` points, kept at the top-left of
 * `frame`, leaves (right of it, then under it), and the part of the frame the map keeps; null when
 * it leaves none.
 */
function roomAround(ctx: PdfContext, layout: IndexLayout, frame: Rect, mapW: number, mapH: number): { map: Rect; beside: Slot[] } | null {
  const step = layout.columnW + layout.gutter;
  const right = Math.max(0, Math.floor((frame.w - mapW + 1e-6) / step));
  const leftW = frame.w - right * step;
  const under = frame.h - mapH - layout.gutter >= minSlotHeight(ctx, layout) ? Math.floor((leftW + layout.gutter) / step) : 0;
  if (!right && !under) return null;
  const bottom = frame.y + frame.h;
  const beside: Slot[] = [];
  for (let i = 0; i < under; i++) beside.push({ page: -1, x: frame.x + i * step, top: frame.y + mapH + layout.gutter, bottom });
  for (let i = 0; i < right; i++) beside.push({ page: -1, x: frame.x + leftW + layout.gutter + i * step, top: frame.y, bottom });
  // The map's frame ends half a gutter below it when columns run under it, so the outline's stroke is not clipped.
  return { map: { x: frame.x, y: frame.y, w: leftW, h: under ? mapH + layout.gutter / 2 : frame.h }, beside };
}

/** The map at `ptPerM` in `frame`, centred in the part the index leaves it, and the index columns beside it. */
function arrange(ctx: PdfContext, layout: IndexLayout, frame: Rect, area: Extent, ptPerM: number): Arrangement {
  const room = roomAround(ctx, layout, frame, area.widthM * ptPerM, area.depthM * ptPerM);
  if (!room) return { view: fitView(area, frame), beside: [] };
  const { map, beside } = room;
  return {
    view: { frame: map, ptPerM, originM: { x: -(map.w / ptPerM - area.widthM) / 2, y: -(map.h / ptPerM - area.depthM) / 2 } },
    beside,
  };
}

export interface MapSheet {
  content: AreaContent;
  header: string[];
  legend: LegendEntry[];
}

interface Plan {
  /** The map's view on each sheet that shares its room with the index (others are fitted as usual). */
  views: Map<number, AreaView>;
  beside: Slot[];
  sheets: number;
}

/** The last map made smaller, one index column at a time, down to `MIN_MAP_SHARE` of its fitted size. */
function smallerMaps(ctx: PdfContext, layout: IndexLayout, frame: Rect, area: Extent): Arrangement[] {
  const largest = fitView(area, frame).ptPerM;
  const out: Arrangement[] = [];
  for (let taken = 1; taken <= layout.perPage; taken++) {
    const left = frameLeftOf(frame, layout, taken);
    if (left.w <= 0) break;
    const ptPerM = fitView(area, left).ptPerM;
    if (ptPerM < MIN_MAP_SHARE * largest) break;
    out.push(arrange(ctx, layout, frame, area, ptPerM));
  }
  return out;
}

/** The index columns of the sheets that lend room, in order, each marked with its sheet's place. */
const slotsOf = (parts: { j: number; a: Arrangement }[]): Slot[] =>
  parts.flatMap(({ j, a }) => a.beside.map((slot) => ({ ...slot, sheet: j })));

/**
 * Which map sheets carry the index's first columns. `choices` holds, for each map sheet in the order
 * they print, the ways it may lend room: first its map at full size, then (for the last only) smaller;
 * none when it lends no room. The room the last sheet leaves at full size is used whenever there is
 * any. Anything more must save a sheet: the last map a little smaller, then the room left on the
 * sheets before it (a run of them up to the last). A tie keeps the index on fewer map sheets and the
 * map larger.
 */
function planBeside(ctx: PdfContext, layout: IndexLayout, choices: Arrangement[][]): Plan {
  const last = choices.length - 1;
  const planOf = (parts: { j: number; a: Arrangement }[]): Plan => {
    const lending = parts.filter(({ a }) => a.beside.length);
    const { columns, sheets } = indexExtent(ctx, layout, slotsOf(lending));
    // A sheet the index ends before keeps its map as it would be without the index.
    let reached = 0;
    const used = lending.filter(({ a }) => {
      const starts = reached;
      reached += a.beside.length;
      return starts < columns;
    });
    return { views: new Map(used.map(({ j, a }) => [j, a.view])), beside: slotsOf(used), sheets };
  };
  const lastChoices = choices[last] ?? [];
  let best = planOf(lastChoices.length ? [{ j: last, a: lastChoices[0]! }] : []);
  for (let first = last; first >= 0 && best.sheets > 0; first--) {
    const before: { j: number; a: Arrangement }[] = [];
    for (let j = first; j < last; j++) if (choices[j]!.length) before.push({ j, a: choices[j]![0]! });
    for (const a of lastChoices.length ? lastChoices : [null]) {
      const plan = planOf(a ? [...before, { j: last, a }] : before);
      if (plan.sheets < best.sheets) best = plan;
      if (!best.sheets) break;
    }
  }
  return best;
}

/** The ways a fitted map may lend room on its sheet: at full size, then (when `shrink`) smaller. */
function fittedChoices(ctx: PdfContext, layout: IndexLayout, frame: Rect, extent: Extent | null, shrink: boolean): Arrangement[] {
  if (!extent) return [];
  const natural = arrange(ctx, layout, frame, extent, fitView(extent, frame).ptPerM);
  return shrink ? [natural, ...smallerMaps(ctx, layout, frame, extent)] : [natural];
}

/**
 * The fitted map sheets, one an area, with the index beginning in the room they leave when that
 * saves sheets, and continuing on index sheets. A map whose room the index takes is printed after
 * the maps that lend none (in the areas' order otherwise), so the maps come first and the index then
 * reads on without a map between its parts.
 */
export async function mapSheetsWithIndex(
  ctx: PdfContext,
  sheets: MapSheet[],
  startPage: (header: string[], legend: LegendEntry[]) => Rect,
  painter: MapPainter,
  layout: IndexLayout,
  tick: (rows: number) => Promise<void>,
): Promise<void> {
  const plan = planBeside(
    ctx,
    layout,
    sheets.map((s, j) =>
      fittedChoices(
        ctx,
        layout,
        mapFrame(ctx, s.header.length, s.legend),
        s.content.booths.length ? s.content.area : null,
        j === sheets.length - 1,
      ),
    ),
  );
  const order = [...sheets.keys()].sort((a, b) => Number(plan.views.has(a)) - Number(plan.views.has(b)) || a - b);
  const pageOf: number[] = [];
  for (const j of order) {
    const { content, header, legend } = sheets[j]!;
    const frame = startPage(header, legend);
    pageOf[j] = ctx.doc.bufferedPageRange().count - 1;
    if (!content.booths.length) {
      drawNotice(ctx, frame, ctx.t('emptyArea'));
      drawFooter(ctx, [], null);
      continue;
    }
    const view = plan.views.get(j) ?? fitView(content.area, frame);
    await drawArea(ctx, content, view, painter);
    drawFooter(ctx, legend, view.ptPerM);
  }
  await drawIndex(
    ctx,
    layout,
    plan.beside.map((slot) => ({ ...slot, sheet: pageOf[slot.sheet!]! })),
    tick,
  );
}

/**
 * One sheet holding a fitted map the index may start beside (the site sheet, the last exhibitor
 * sheet): the view its map takes in `frame`, leaving the room the index may start in on this sheet;
 * `beside` gets those columns.
 */
export function sharedSheetView(ctx: PdfContext, layout: IndexLayout, frame: Rect, extent: Extent, beside: Slot[]): AreaView {
  const plan = planBeside(ctx, layout, [fittedChoices(ctx, layout, frame, extent, true)]);
  const page = ctx.doc.bufferedPageRange().count - 1;
  beside.push(...plan.beside.map((slot) => ({ ...slot, sheet: page })));
  return plan.views.get(0) ?? fitView(extent, frame);
}

/**
 * The room a tiled map's sheet leaves for the index: its overview (fitted, like any map) or its last
 * tile. The tile stays where it is (its scale and origin are what the sheets are glued by), and the
 * index takes the room past the area's right or bottom edge; the tile's frame is cut back to the part
 * the area takes. Empty when the sheet leaves no room.
 */
function tiledChoices(ctx: PdfContext, layout: IndexLayout, sheet: TiledSheet): Arrangement[] {
  if (sheet.role === 'overview') return fittedChoices(ctx, layout, sheet.view.frame, sheet.area, false).filter((a) => a.beside.length);
  const { frame, ptPerM, originM } = sheet.view;
  const mapW = Math.min(frame.w, (sheet.area.widthM - originM.x) * ptPerM);
  const mapH = Math.min(frame.h, (sheet.area.depthM - originM.y) * ptPerM);
  const room = roomAround(ctx, layout, frame, mapW, mapH);
  return room ? [{ view: { ...sheet.view, frame: room.map }, beside: room.beside }] : [];
}

/** A sheet of a tiled map that may lend room to the index: an area's overview or its last tile, with its view at full size. */
export interface TiledSheet {
  role: 'overview' | 'lastTile';
  area: Extent;
  view: AreaView;
}

/**
 * Where the index starts in a tiled map: any overview or last tile with room may carry index columns
 * when that saves sheets, in the order the sheets print. `views` gives the planned view of each
 * sheet (by its place in `sheets`) that carries some; `place` records the page a sheet was drawn on,
 * and `beside` then gives the columns with their pages, for `drawIndex`.
 */
export function planTiledIndex(ctx: PdfContext, layout: IndexLayout, sheets: TiledSheet[]) {
  const plan = planBeside(
    ctx,
    layout,
    sheets.map((sheet) => tiledChoices(ctx, layout, sheet)),
  );
  const pageOf = new Map<number, number>();
  return {
    view: (j: number): AreaView | undefined => plan.views.get(j),
    place: (j: number, page: number) => pageOf.set(j, page),
    beside: (): Slot[] => plan.beside.map((slot) => ({ ...slot, sheet: pageOf.get(slot.sheet!)! })),
  };
}
