import { ApiError } from '../../../shared/api/errors';
import { formatDay } from '../../../shared/dates';
import { formatDong, formatNumber } from '../../../shared/money';
import type { HeatMapPrintOptions } from '../../../shared/model/print';
import type { Booth } from '../../../shared/model/plan';
import type { BoothRevenue } from '../../../shared/model/sales-dashboard';
import { boothHeatScale, compactDong, HEAT_COLORS, metricOf, NO_SALES_COLOR, NOT_SELLABLE_COLOR } from '../../../shared/report/heat';
import type { Db } from '../../db/open';
import { buildDashboard } from '../reports/dashboard';
import { drawNotice } from './chrome';
import { readFairHeading, readMapData } from './data';
import { openPdf, type PdfContext, type Tracer } from './document';
import { labelsFor } from './labels';
import { contents, fittedAreaPage, startMapPage, type PdfResult } from './map-pdf';
import type { MapPainter } from './map-draw';
import type { Progress } from './progress';
import type { LegendEntry } from './style';

const INK = '#212529';
const EDGE = '#868e96';

/** The legend states each colour's đồng range, as the screen's legend states its upper bounds. */
function heatLegend(ctx: PdfContext, ranges: { from: number; to: number }[], perM2: boolean, hasNotForSale: boolean): LegendEntry[] {
  const unit = perM2 ? '/m²' : '';
  const entries: LegendEntry[] = ranges.map((r, i) => ({
    label: ctx.t('heatRange', { from: formatNumber(r.from, ctx.language), to: formatDong(r.to, ctx.language) + unit }),
    fill: HEAT_COLORS[i]!,
    stroke: EDGE,
  }));
  entries.push({ label: ctx.t('heatNoSales'), fill: NO_SALES_COLOR, stroke: EDGE });
  if (hasNotForSale) entries.push({ label: ctx.t('notForSale'), fill: NOT_SELLABLE_COLOR, stroke: EDGE });
  return entries;
}

/** What a heat map shows: one area or all, one day or the whole fair, takings or takings per m². */
export type HeatScope = Pick<HeatMapPrintOptions, 'areaId' | 'day' | 'metric'>;

/**
 * The revenue heat map as vector pages on a drawing context, one per area fitted to the sheet:
 * booths coloured by the shared heat steps, each with its number and takings, the đồng ranges in
 * the legend. `title` heads each page (the report's appendix names it its own way).
 */
export async function drawHeatPages(ctx: PdfContext, db: Db, scope: HeatScope, progress: Progress, title?: string): Promise<void> {
  const data = readMapData(db);
  const areas = scope.areaId ? data.plan.areas.filter((a) => a.id === scope.areaId) : data.plan.areas;
  if (scope.areaId && !areas.length)
    throw new ApiError('NOT_FOUND', 'This area is no longer on the plan.', { areaId: scope.areaId, reason: 'areaGone' });
  const dashboard = buildDashboard(db, { day: scope.day });
  const perM2 = scope.metric === 'revenuePerM2';
  const { t, language } = ctx;
  const heading = title ?? t(perM2 ? 'heatPerM2' : 'heatRevenue');
  const when = scope.day ? t('heatDay', { day: formatDay(scope.day, language) }) : t('heatWholeFair');
  const total = t('heatTotal', { total: formatDong(dashboard.total.revenue, language) });

  // The scale is the whole fair's (or day's), not one area's: a colour means the same on every page and on screen.
  const scale = boothHeatScale(dashboard.byBooth, scope.metric);
  const byId = new Map<string, BoothRevenue>(dashboard.byBooth.map((b) => [b.boothId, b]));
  const valueOf = (booth: Booth) => {
    const r = byId.get(booth.id);
    return r ? metricOf(r, scope.metric) : 0;
  };
  const painter: MapPainter = {
    style: (booth) => {
      if (booth.kind === 'non_sellable') return { fill: NOT_SELLABLE_COLOR, stroke: EDGE, lineWidth: 0.5, dashed: false, textColor: INK };
      const step = scale.classOf(valueOf(booth));
      // The deepest step is dark red: its text turns white to stay readable.
      const textColor = step === HEAT_COLORS.length - 1 ? '#ffffff' : INK;
      return { fill: scale.color(valueOf(booth)), stroke: '#495057', lineWidth: 0.6, dashed: false, textColor };
    },
    label: (booth) => {
      const r = byId.get(booth.id);
      return { number: booth.number, name: r && r.revenue > 0 ? compactDong(metricOf(r, scope.metric), language) : '' };
    },
    tick: (n) => progress.step(n),
  };

  const areaContents = contents(data, areas);
  progress.total += areaContents.reduce((n, c) => n + c.booths.length, 0);
  if (!areaContents.length) drawNotice(ctx, startMapPage(ctx, [heading, when], []), t('noAreas'));
  for (const content of areaContents) {
    const legend = heatLegend(
      ctx,
      scale.max > 0 ? scale.ranges : [],
      perM2,
      content.booths.some((b) => b.kind === 'non_sellable'),
    );
    await fittedAreaPage(ctx, content, [heading, content.area.name, `${when} · ${total}`], legend, painter);
  }
}

/** The heat map PDF of the heat map screen's print dialog. */
export async function renderHeatMapPdf(
  db: Db,
  options: HeatMapPrintOptions,
  progress: Progress,
  now: Date = new Date(),
  tracer?: Tracer,
): Promise<PdfResult> {
  const t = labelsFor(options.language);
  const fair = readFairHeading(db);
  const ctx = await openPdf({
    paper: options.paper,
    language: options.language,
    fair,
    title: `${fair.name} — ${t(options.metric === 'revenuePerM2' ? 'heatPerM2' : 'heatRevenue')}`,
    now,
    tracer,
  });
  await drawHeatPages(ctx, db, options, progress);
  return ctx.finish();
}
