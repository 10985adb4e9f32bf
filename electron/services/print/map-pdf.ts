import { ApiError } from '../../../shared/api/errors';
import { formatDong } from '../../../shared/money';
import type { MapPrintOptions } from '../../../shared/model/print';
import type { Area, Booth } from '../../../shared/model/plan';
import type { Db } from '../../db/open';
import { drawFooter, drawHeader, drawNotice, mapFrame } from './chrome';
import { readMapData, type MapData, type PrintExhibitor } from './data';
import { openPdf, type PdfContext, type Tracer } from './document';
import { drawIndex, type Slot } from './index-flow';
import { indexLayout, indexRowCount } from './index-pages';
import { mapSheetsWithIndex, planTiledIndex, sharedSheetView, type TiledSheet } from './map-beside';
import { labelsFor } from './labels';
import { drawArea, fitView, type AreaContent, type AreaView, type Extent, type MapPainter } from './map-draw';
import { drawSiteSheet } from './site-sheet';
import { mm, pointsPerMetre, tileGrid, type Rect, type Tile } from './paper';
import type { Progress } from './progress';
import { boothTypes } from '../../../shared/plan/boothType';
import { boothStyle, legendEntries, type LegendEntry, type MapStyle } from './style';

export interface PdfResult {
  bytes: Buffer;
  pageCount: number;
}

/** One map sheet: the page furniture plus the frame the area is drawn in. */
export function startMapPage(ctx: PdfContext, headerRight: string[], legend: LegendEntry[]): Rect {
  ctx.addPage();
  drawHeader(ctx, headerRight);
  return mapFrame(ctx, headerRight.length, legend);
}

function legendFor(ctx: PdfContext, style: MapStyle, content: AreaContent): LegendEntry[] {
  const zoneIds = new Set(content.booths.map((b) => b.zoneId));
  const zones = [...style.zones.values()].filter((z) => zoneIds.has(z.id));
  return legendEntries(
    style,
    ctx.t,
    zones,
    content.booths.some((b) => !b.zoneId),
    content.booths.some((b) => b.kind === 'non_sellable'),
  );
}

/** Where a sheet's map goes in its frame: fitted to it, or smaller to leave the index room. */
type Place = (frame: Rect, extent: Extent) => AreaView;

/** One sheet with one area fitted to it: the page furniture, the area (or a notice when it is empty), the legend and scale bar. */
export async function fittedAreaPage(
  ctx: PdfContext,
  content: AreaContent,
  headerRight: string[],
  legend: LegendEntry[],
  painter: MapPainter,
  place: Place = (frame, extent) => fitView(extent, frame),
): Promise<void> {
  const frame = startMapPage(ctx, headerRight, legend);
  if (!content.booths.length) {
    drawNotice(ctx, frame, ctx.t('emptyArea'));
    drawFooter(ctx, [], null);
    return;
  }
  const view = place(frame, content.area);
  await drawArea(ctx, content, view, painter);
  drawFooter(ctx, legend, view.ptPerM);
}

const fitPage = (ctx: PdfContext, content: AreaContent, headerRight: string[], style: MapStyle, painter: MapPainter, place?: Place) =>
  fittedAreaPage(ctx, content, headerRight, legendFor(ctx, style, content), painter, place);

/** A tiled area measured before it is drawn: its legend, its sheets' map frame and the tile grid. */
interface TiledArea {
  content: AreaContent;
  legend: LegendEntry[];
  frame: Rect;
  grid: ReturnType<typeof tileGrid>;
  ptPerM: number;
  overlap: number;
}

function tiledArea(ctx: PdfContext, content: AreaContent, style: MapStyle, scale: number, overlapMm: number): TiledArea {
  const legend = legendFor(ctx, style, content);
  const ptPerM = pointsPerMetre(scale);
  const overlap = mm(overlapMm);
  // The overview and every tile have the same furniture, so one frame (and the grid cut to it) holds on each.
  const frame = mapFrame(ctx, TILE_HEADER_LINES, legend);
  const grid = tileGrid(content.area.widthM, content.area.depthM, frame, ptPerM, overlap);
  return { content, legend, frame, grid, ptPerM, overlap };
}

/** The sheets of a tiled area that may lend room to the index, with their views at full size. */
function lendingSheets(tiled: TiledArea): TiledSheet[] {
  const { content, frame, grid, ptPerM } = tiled;
  const last = grid.tiles.at(-1)!;
  return [
    { role: 'overview', area: content.area, view: fitView(content.area, frame) },
    { role: 'lastTile', area: content.area, view: { frame, ptPerM, originM: { x: last.view.x, y: last.view.y } } },
  ];
}

/** How a tiled area's sheets share the index: the view of its overview or last tile when it carries some, and where each was drawn. */
interface TiledShare {
  view(role: TiledSheet['role']): AreaView | undefined;
  drawn(role: TiledSheet['role']): void;
}

/**
 * An overview sheet with the tile grid, then one sheet per tile at the chosen scale. The overview and
 * the last tile may give room to the index (`share`): the overview's map then fits the part the index
 * leaves, the last tile keeps its scale and place, its frame cut back to the area.
 */
async function tiledPages(
  ctx: PdfContext,
  tiled: TiledArea,
  title: string,
  painter: MapPainter,
  scale: number,
  overlapMm: number,
  share?: TiledShare,
): Promise<void> {
  const { t, doc, ts, f } = ctx;
  const { content, legend, grid, ptPerM, overlap } = tiled;

  startMapPage(
    ctx,
    [content.area.name, t('overview', { rows: grid.rows, columns: grid.columns, scale }), t('overviewHint', { mm: overlapMm })],
    legend,
  );
  share?.drawn('overview');
  const view = share?.view('overview') ?? fitView(content.area, tiled.frame);
  const overviewFrame = view.frame;
  await drawArea(ctx, content, view, painter);
  const labelSize = Math.min(28 * f, (grid.tiles[0]!.view.h * view.ptPerM) / 3, (grid.tiles[0]!.view.w * view.ptPerM) / 3);
  // The last row and column of sheets reach past the area: their outlines stop at the map's frame,
  // so the grid never crosses the legend, the scale bar or the index beside the map.
  doc.save();
  doc.rect(overviewFrame.x, overviewFrame.y, overviewFrame.w, overviewFrame.h).clip();
  for (const tile of grid.tiles) {
    const r = clipRect(
      {
        x: overviewFrame.x + (tile.view.x - view.originM.x) * view.ptPerM,
        y: overviewFrame.y + (tile.view.y - view.originM.y) * view.ptPerM,
        w: tile.view.w * view.ptPerM,
        h: tile.view.h * view.ptPerM,
      },
      overviewFrame,
    );
    if (!r) continue;
    doc
      .rect(r.x, r.y, r.w, r.h)
      .lineWidth(1.2 * f)
      .dash(4 * f, { space: 3 * f })
      .stroke('#1c7ed6')
      .undash();
    ctx.trace({ kind: 'sheet', name: tile.label, rect: r, rotated: false });
    const size = Math.min(labelSize, r.h / 1.5, r.w / 3);
    doc.fillColor('#1c7ed6').fillOpacity(0.8);
    ts.draw(tile.label, r.x + (r.w - ts.width(tile.label, size, 'bold')) / 2, r.y + (r.h - ts.lineHeight(size)) / 2, size, 'bold');
    doc.fillOpacity(1);
  }
  doc.restore();
  drawFooter(ctx, legend, view.ptPerM);

  for (const tile of grid.tiles) {
    const page = startMapPage(
      ctx,
      [content.area.name, title, t('sheet', { label: tile.label, row: tile.row + 1, column: tile.column + 1 })],
      legend,
    );
    const isLast = tile === grid.tiles.at(-1);
    if (isLast) share?.drawn('lastTile');
    const tileView: AreaView = (isLast && share?.view('lastTile')) || { frame: page, ptPerM, originM: { x: tile.view.x, y: tile.view.y } };
    const { frame } = tileView;
    await drawArea(ctx, content, tileView, painter);
    doc
      .lineWidth(0.8 * f)
      .dash(3 * f, { space: 2 * f })
      .strokeColor('#1c7ed6');
    if (tile.column > 0)
      doc
        .moveTo(frame.x + overlap, frame.y)
        .lineTo(frame.x + overlap, frame.y + frame.h)
        .stroke();
    if (tile.row > 0)
      doc
        .moveTo(frame.x, frame.y + overlap)
        .lineTo(frame.x + frame.w, frame.y + overlap)
        .stroke();
    doc.undash();
    doc
      .rect(frame.x, frame.y, frame.w, frame.h)
      .lineWidth(0.5 * f)
      .stroke('#adb5bd');
    drawNeighbours(ctx, frame, tile, grid.tiles);
    drawFooter(ctx, legend, ptPerM);
  }
}

/** The part of `r` inside `frame`, or null when none is. */
function clipRect(r: Rect, frame: Rect): Rect | null {
  const x = Math.max(r.x, frame.x);
  const y = Math.max(r.y, frame.y);
  const w = Math.min(r.x + r.w, frame.x + frame.w) - x;
  const h = Math.min(r.y + r.h, frame.y + frame.h) - y;
  return w > 0.5 && h > 0.5 ? { x, y, w, h } : null;
}

/** Arrows at the edges of a tile naming the sheet that continues there (→ B1), for gluing. */
function drawNeighbours(ctx: PdfContext, frame: Rect, tile: Tile, tiles: Tile[]): void {
  const { doc, ts, f } = ctx;
  const size = 8 * f;
  const at = (row: number, column: number) => tiles.find((t) => t.row === row && t.column === column)?.label;
  const tag = (text: string, x: number, y: number) => {
    const w = ts.width(text, size, 'bold') + 4 * f;
    const h = ts.lineHeight(size);
    const bx = Math.min(Math.max(x - w / 2, frame.x), frame.x + frame.w - w);
    const by = Math.min(Math.max(y - h / 2, frame.y), frame.y + frame.h - h);
    doc.rect(bx, by, w, h).fill('#1c7ed6');
    doc.fillColor('#ffffff');
    ts.draw(text, bx + 2 * f, by, size, 'bold');
  };
  const left = at(tile.row, tile.column - 1);
  const right = at(tile.row, tile.column + 1);
  const up = at(tile.row - 1, tile.column);
  const down = at(tile.row + 1, tile.column);
  if (left) tag(`← ${left}`, frame.x, frame.y + frame.h / 2);
  if (right) tag(`${right} →`, frame.x + frame.w, frame.y + frame.h / 2);
  if (up) tag(`↑ ${up}`, frame.x + frame.w / 2, frame.y);
  if (down) tag(`↓ ${down}`, frame.x + frame.w / 2, frame.y + frame.h);
}

/** Lines on the right of a tiled map's title block: the overview's and every tile's. */
const TILE_HEADER_LINES = 3;

function painterFor(ctx: PdfContext, data: MapData, style: MapStyle, progress: Progress): MapPainter {
  const organizer = style.variant === 'organizer';
  return {
    style: (booth) => boothStyle(style, booth, data.holders.get(booth.id)),
    label: (booth) => {
      const holder = data.holders.get(booth.id);
      if (holder) return { number: booth.number, name: holder.exhibitor.mapName };
      // The organizer's copy is a sales sheet: a free booth shows what it costs.
      const price = organizer && booth.kind !== 'non_sellable' && booth.priceDong > 0 ? formatDong(booth.priceDong, ctx.language) : '';
      return { number: booth.number, name: price };
    },
    tick: (n) => progress.step(n),
  };
}

export function contents(data: MapData, areas: Area[]): AreaContent[] {
  const booths = new Map<string, Booth[]>();
  for (const b of data.plan.booths) {
    const list = booths.get(b.areaId);
    if (list) list.push(b);
    else booths.set(b.areaId, [b]);
  }
  return areas.map((area) => ({
    area,
    booths: booths.get(area.id) ?? [],
    features: data.plan.features.filter((f) => f.areaId === area.id),
    drawing: data.drawings?.get(area.id) ?? null,
    background: data.backgrounds?.get(area.id) ?? null,
    dimensions: (data.plan.dimensions ?? []).filter((d) => d.areaId === area.id),
  }));
}

function exhibitorsToPrint(data: MapData, options: MapPrintOptions): PrintExhibitor[] {
  const all = [...data.exhibitors.values()];
  if (options.exhibitorId) {
    const one = all.find((e) => e.id === options.exhibitorId);
    return one ? [one] : [];
  }
  const collator = new Intl.Collator(options.language, { numeric: true, sensitivity: 'base' });
  return all.sort((a, b) => collator.compare(a.mapName, b.mapName));
}

/** The exhibitor map PDF: map sheets (fitted or tiled) or exhibitor sheets, then the index pages. */
export async function renderMapPdf(
  db: Db,
  options: MapPrintOptions,
  progress: Progress,
  now: Date = new Date(),
  tracer?: Tracer,
): Promise<PdfResult> {
  const data = readMapData(db);
  const areas = options.areaId ? data.plan.areas.filter((a) => a.id === options.areaId) : data.plan.areas;
  if (options.areaId && !areas.length)
    throw new ApiError('NOT_FOUND', 'This area is no longer on the plan.', { areaId: options.areaId, reason: 'areaGone' });
  const t = labelsFor(options.language);
  const title = t(options.variant === 'organizer' ? 'mapOrganizer' : 'mapVisitor');
  const ctx = await openPdf({
    paper: options.paper,
    language: options.language,
    fair: data.fair,
    title: `${data.fair.name} — ${title}`,
    now,
    tracer,
  });
  const style: MapStyle = {
    variant: options.variant,
    colorBy: options.variant === 'organizer' ? options.colorBy : 'zone',
    zones: new Map(data.plan.zones.map((z) => [z.id, z])),
    highlightExhibitorId: null,
    types: boothTypes(data.plan.booths, data.plan.features),
  };
  const areaContents = contents(data, areas);
  const printedBooths = areaContents.flatMap((c) => c.booths);
  const indexScope = { data, booths: printedBooths, options };
  const index = indexLayout(ctx, indexScope);
  const tick = (n: number) => progress.step(n);

  if (options.variant === 'exhibitor') {
    const exhibitors = exhibitorsToPrint(data, options);
    const sheets = exhibitors.flatMap((exhibitor) =>
      areaContents
        .filter((c) => c.booths.some((b) => data.holders.get(b.id)?.exhibitor.id === exhibitor.id))
        .map((content) => ({ exhibitor, content })),
    );
    progress.total = sheets.reduce((n, s) => n + s.content.booths.length, 0) + indexRowCount(indexScope);
    if (!sheets.length) {
      const frame = startMapPage(ctx, [title], []);
      drawNotice(ctx, frame, t(options.exhibitorId ? 'noSuchExhibitor' : 'noExhibitors'));
    }
    // One exhibitor's copy: the directory starts in the room their last sheet leaves (its map a little
    // smaller when that saves a sheet). A batch of every exhibitor's sheets is cut into handouts, so
    // there the directory keeps sheets of its own rather than go part-way with one exhibitor's sheet.
    const beside: Slot[] = [];
    const shareLast = index && options.exhibitorId !== null;
    for (const sheet of sheets) {
      const { exhibitor, content } = sheet;
      const numbers = content.booths.filter((b) => data.holders.get(b.id)?.exhibitor.id === exhibitor.id).map((b) => b.number);
      const sheetStyle = { ...style, highlightExhibitorId: exhibitor.id };
      const header = [t('mapExhibitor', { name: exhibitor.mapName }), t('boothsOf', { numbers: numbers.join(', ') }), content.area.name];
      const place: Place | undefined =
        shareLast && sheet === sheets.at(-1) ? (frame, extent) => sharedSheetView(ctx, index, frame, extent, beside) : undefined;
      await fitPage(ctx, content, header, sheetStyle, painterFor(ctx, data, sheetStyle, progress), place);
    }
    if (index) await drawIndex(ctx, index, beside, tick);
    return ctx.finish();
  }
  const layout = options.layout;
  const tiled = new Map(
    layout.mode === 'tile'
      ? areaContents.filter((c) => c.booths.length).map((c) => [c, tiledArea(ctx, c, style, layout.scale, layout.overlapMm)] as const)
      : [],
  );
  const perArea = (c: AreaContent) => (tiled.get(c)?.grid.tiles.length ?? 0) + 1;
  progress.total = areaContents.reduce((n, c) => n + c.booths.length * perArea(c), 0) + indexRowCount(indexScope);
  if (!areaContents.length) {
    const frame = startMapPage(ctx, [title], []);
    drawNotice(ctx, frame, t('noAreas'));
  }
  const painter = painterFor(ctx, data, style, progress);
  if (layout.mode === 'site' && areaContents.length) {
    const all = { ...areaContents[0]!, booths: printedBooths };
    // The index starts in the room the site leaves on its sheet, when it leaves any.
    const beside: Slot[] = [];
    await drawSiteSheet(
      ctx,
      areaContents,
      (header, legend) => startMapPage(ctx, header, legend),
      title,
      legendFor(ctx, style, all),
      painter,
      index ? (frame, extent) => sharedSheetView(ctx, index, frame, extent, beside) : undefined,
    );
    if (index) await drawIndex(ctx, index, beside, tick);
    return ctx.finish();
  }
  if (index && layout.mode === 'fit' && areaContents.length) {
    // The index starts in the room the maps leave when that saves sheets, and continues on index sheets.
    const sheets = areaContents.map((content) => ({
      content,
      header: [content.area.name, title],
      legend: legendFor(ctx, style, content),
    }));
    await mapSheetsWithIndex(ctx, sheets, (header, legend) => startMapPage(ctx, header, legend), painter, index, tick);
    return ctx.finish();
  }
  // The index starts in the room the tiled maps leave (an overview beside its map, a last tile past
  // the area's edge) when that saves sheets, its parts in the order the sheets print.
  const lending = [...tiled.values()].flatMap((area) => lendingSheets(area).map((sheet) => ({ area, sheet })));
  const shares =
    index && lending.length
      ? planTiledIndex(
          ctx,
          index,
          lending.map((l) => l.sheet),
        )
      : null;
  const shareOf = (area: TiledArea): TiledShare | undefined => {
    if (!shares) return undefined;
    const at = (role: TiledSheet['role']) => lending.findIndex((l) => l.area === area && l.sheet.role === role);
    return {
      view: (role) => shares.view(at(role)),
      drawn: (role) => shares.place(at(role), ctx.doc.bufferedPageRange().count - 1),
    };
  };
  for (const content of layout.mode === 'site' ? [] : areaContents) {
    const area = tiled.get(content);
    if (layout.mode === 'tile' && area) await tiledPages(ctx, area, title, painter, layout.scale, layout.overlapMm, shareOf(area));
    else await fitPage(ctx, content, [content.area.name, title], style, painter);
  }
  if (index) await drawIndex(ctx, index, shares?.beside() ?? [], tick);
  return ctx.finish();
}
