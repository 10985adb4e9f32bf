import { drawFooter, drawNotice, mapFrame } from './chrome';
import type { PdfContext } from './document';
import { drawIndex, frameLeftOf, indexSheets, minSlotHeight, type IndexLayout, type Slot } from './index-flow';
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

/**
 * Which map sheets carry the start of the index. The room the last map leaves at its full size is
 * used whenever there is any. Anything more must save a sheet: the last map a little smaller, then
 * (when `earlier`) the room left on the maps before it. A tie keeps the index on fewer map sheets
 * and the map larger.
 */
function planBeside(ctx: PdfContext, layout: IndexLayout, sheets: { frame: Rect; extent: Extent | null }[], earlier: boolean): Plan {
  const natural = sheets.map(({ frame, extent }) => (extent ? arrange(ctx, layout, frame, extent, fitView(extent, frame).ptPerM) : null));
  const last = sheets.length - 1;
  const planOf = (parts: { j: number; a: Arrangement }[]): Plan => {
    const used = parts.filter(({ a }) => a.beside.length);
    const beside = used.flatMap(({ j, a }) => a.beside.map((slot) => ({ ...slot, sheet: j })));
    return { views: new Map(used.map(({ j, a }) => [j, a.view])), beside, sheets: indexSheets(ctx, layout, beside) };
  };
  const lastNatural = natural[last];
  let best = planOf(lastNatural ? [{ j: last, a: lastNatural }] : []);
  const lastChoices = lastNatural ? [lastNatural, ...smallerMaps(ctx, layout, sheets[last]!.frame, sheets[last]!.extent!)] : [];
  for (let first = last; first >= (earlier ? 0 : last) && best.sheets > 0; first--) {
    const before: { j: number; a: Arrangement }[] = [];
    for (let j = first; j < last; j++) if (natural[j]) before.push({ j, a: natural[j]! });
    for (const a of lastChoices.length ? lastChoices : [null]) {
      const plan = planOf(a ? [...before, { j: last, a }] : before);
      if (plan.sheets < best.sheets) best = plan;
      if (!best.sheets) break;
    }
  }
  return best;
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
    sheets.map((s) => ({ frame: mapFrame(ctx, s.header.length, s.legend), extent: s.content.booths.length ? s.content.area : null })),
    true,
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
  const plan = planBeside(ctx, layout, [{ frame, extent }], false);
  const page = ctx.doc.bufferedPageRange().count - 1;
  beside.push(...plan.beside.map((slot) => ({ ...slot, sheet: page })));
  return plan.views.get(0) ?? fitView(extent, frame);
}

/**
 * The last sheet of a tiled map: the tile stays where it is (its scale and origin are what the
 * sheets are glued by), and the index starts in the room past the area's right or bottom edge.
 * Returns the tile's view, its frame cut back to the part the area takes when the index shares it.
 */
export function sharedTileView(ctx: PdfContext, layout: IndexLayout, view: AreaView, area: Extent, beside: Slot[]): AreaView {
  const { frame, ptPerM, originM } = view;
  const mapW = Math.min(frame.w, (area.widthM - originM.x) * ptPerM);
  const mapH = Math.min(frame.h, (area.depthM - originM.y) * ptPerM);
  const room = roomAround(ctx, layout, frame, mapW, mapH);
  if (!room) return view;
  const page = ctx.doc.bufferedPageRange().count - 1;
  beside.push(...room.beside.map((slot) => ({ ...slot, sheet: page })));
  return { ...view, frame: room.map };
}
