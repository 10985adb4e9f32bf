import { formatDay } from '../../../shared/dates';
import { formatDong, formatDongShort, formatNumber } from '../../../shared/money';
import type { ReportPrintOptions } from '../../../shared/model/print';
import type { FairReport } from '../../../shared/model/report';
import type { Db } from '../../db/open';
import { buildFairReport } from '../reports/fair-report';
import { drawHeader } from './chrome';
import { openPdf, type PdfContext } from './document';
import type { PdfResult } from './map-pdf';
import type { Rect } from './paper';
import type { Progress } from './progress';
import { safeColor } from './style';
import { drawTable, type Column, type TableSection } from './table';

const INK = '#212529';
const GREY = '#868e96';
const BAR = '#1c7ed6';

function kpis(ctx: PdfContext, r: FairReport, box: Rect): void {
  const { doc, ts, t, f, language } = ctx;
  const items: [string, string, string][] = [
    [t('kpiBooths'), formatNumber(r.booths.allocated, language), t('ofTotal', { total: formatNumber(r.booths.total, language) })],
    [
      t('kpiExhibitors'),
      formatNumber(r.exhibitors.participating, language),
      t('ofTotal', { total: formatNumber(r.exhibitors.total, language) }),
    ],
    [
      t('kpiRevenue'),
      formatDongShort(r.revenue.total, language),
      r.revenue.voidedEntries ? t('voided', { n: r.revenue.voidedEntries }) : formatDong(r.revenue.total, language),
    ],
    [t('kpiVisitors'), formatNumber(r.visitors.total, language), ''],
  ];
  const gap = 6 * f;
  const w = (box.w - gap * (items.length - 1)) / items.length;
  items.forEach(([label, value, sub], i) => {
    const x = box.x + i * (w + gap);
    doc
      .roundedRect(x, box.y, w, box.h, 3 * f)
      .lineWidth(0.6 * f)
      .fillAndStroke('#f8f9fa', '#dee2e6');
    const inner = w - 8 * f;
    doc.fillColor(GREY);
    ts.draw(ts.truncate(ts.clean(label), 7.5 * f, inner), x + 4 * f, box.y + 4 * f, 7.5 * f);
    doc.fillColor(INK);
    const size = Math.min(15 * f, (inner / Math.max(1, ts.width(ts.clean(value), 1, 'bold'))) * 0.98);
    ts.draw(ts.clean(value), x + 4 * f, box.y + 4 * f + ts.lineHeight(7.5 * f), size, 'bold');
    doc.fillColor(GREY);
    ts.draw(ts.truncate(ts.clean(sub), 6.5 * f, inner), x + 4 * f, box.y + box.h - 4 * f - ts.lineHeight(6.5 * f), 6.5 * f);
  });
}

/** Vertical bars of revenue per fair day, the amount above each bar and the visitors under the day. */
function dayChart(ctx: PdfContext, r: FairReport, box: Rect): void {
  const { doc, ts, t, f, language } = ctx;
  const title = 10 * f;
  doc.fillColor(INK);
  ts.draw(t('byDay'), box.x, box.y, title, 'bold');
  const small = 6.5 * f;
  const top = box.y + ts.lineHeight(title) + ts.lineHeight(small) + 4 * f;
  const bottom = box.y + box.h - 2 * ts.lineHeight(small) - 3 * f;
  const max = Math.max(1, ...r.byDay.map((d) => d.revenue));
  const slot = box.w / Math.max(1, r.byDay.length);
  const barW = Math.min(slot * 0.6, 60 * f);
  doc
    .moveTo(box.x, bottom)
    .lineTo(box.x + box.w, bottom)
    .lineWidth(0.6 * f)
    .stroke(GREY);
  r.byDay.forEach((d, i) => {
    const h = ((bottom - top) * d.revenue) / max;
    const cx = box.x + slot * i + slot / 2;
    if (h > 0) doc.rect(cx - barW / 2, bottom - h, barW, h).fill(BAR);
    doc.fillColor(INK);
    const value = ts.truncate(ts.clean(formatDongShort(d.revenue, language)), small, slot - 2 * f);
    ts.draw(value, cx - ts.width(value, small) / 2, bottom - h - ts.lineHeight(small) - f, small);
    const day = formatDay(d.day, language);
    ts.draw(day, cx - ts.width(day, small, 'bold') / 2, bottom + 2 * f, small, 'bold');
    const visitors = ts.truncate(ts.clean(`${formatNumber(d.visitors, language)} ${t('visitors').toLowerCase()}`), small, slot - 2 * f);
    doc.fillColor(GREY);
    ts.draw(visitors, cx - ts.width(visitors, small) / 2, bottom + 2 * f + ts.lineHeight(small), small);
  });
}

/** One bar split by zone in proportion to revenue, with a legend of names and percentages. */
function zoneShare(ctx: PdfContext, r: FairReport, box: Rect): number {
  const { doc, ts, t, f, language } = ctx;
  const title = 10 * f;
  doc.fillColor(INK);
  ts.draw(t('byZone'), box.x, box.y, title, 'bold');
  let y = box.y + ts.lineHeight(title) + 3 * f;
  const total = r.byZone.reduce((n, z) => n + z.revenue, 0);
  const barH = 14 * f;
  if (!total) {
    doc.fillColor(GREY);
    ts.draw(t('noSales'), box.x, y, 8 * f);
    return y + ts.lineHeight(8 * f) - box.y;
  }
  let x = box.x;
  for (const z of r.byZone) {
    const w = (box.w * z.revenue) / total;
    if (w > 0) doc.rect(x, y, w, barH).fill(safeColor(z.color));
    x += w;
  }
  y += barH + 4 * f;
  const size = 7.5 * f;
  const colW = box.w / 2;
  r.byZone.forEach((z, i) => {
    const lx = box.x + (i % 2) * colW;
    const ly = y + Math.floor(i / 2) * (ts.lineHeight(size) + 2 * f);
    doc.rect(lx, ly + ts.lineHeight(size) * 0.2, 8 * f, ts.lineHeight(size) * 0.6).fill(safeColor(z.color));
    const share = formatNumber((100 * z.revenue) / total, language, 1);
    const text = ts.truncate(
      ts.clean(`${z.name || t('noZone')}: ${formatDongShort(z.revenue, language)} (${share} %)`),
      size,
      colW - 14 * f,
    );
    doc.fillColor(INK);
    ts.draw(text, lx + 11 * f, ly, size);
  });
  return y + Math.ceil(r.byZone.length / 2) * (ts.lineHeight(size) + 2 * f) - box.y;
}

function tables(ctx: PdfContext, r: FairReport): { title: string; columns: Column[]; sections: TableSection[] }[] {
  const { t, language } = ctx;
  const money = (n: number) => formatDong(n, language);
  const num = (n: number) => formatNumber(n, language);
  const right = 'right' as const;
  return [
    {
      title: t('byDay'),
      columns: [
        { header: t('day'), width: 0.3 },
        { header: t('revenue'), width: 0.3, align: right },
        { header: t('entries'), width: 0.2, align: right },
        { header: t('visitors'), width: 0.2, align: right },
      ],
      sections: [{ rows: r.byDay.map((d) => [formatDay(d.day, language), money(d.revenue), num(d.entries), num(d.visitors)]) }],
    },
    {
      title: t('byZone'),
      columns: [
        { header: t('zone'), width: 0.4 },
        { header: t('booths'), width: 0.2, align: right },
        { header: t('revenue'), width: 0.4, align: right },
      ],
      sections: [{ rows: r.byZone.map((z) => [z.name || t('noZone'), num(z.booths), money(z.revenue)]) }],
    },
    {
      title: t('byCategory'),
      columns: [
        { header: t('category'), width: 0.5 },
        { header: t('exhibitors'), width: 0.2, align: right },
        { header: t('revenue'), width: 0.3, align: right },
      ],
      sections: [{ rows: r.byCategory.map((c) => [c.category || t('uncategorized'), num(c.exhibitors), money(c.revenue)]) }],
    },
    {
      title: t('byMethod'),
      columns: [
        { header: t('method'), width: 0.5 },
        { header: t('entries'), width: 0.2, align: right },
        { header: t('revenue'), width: 0.3, align: right },
      ],
      sections: [{ rows: r.byMethod.map((m) => [t(m.method), num(m.entries), money(m.revenue)]) }],
    },
    {
      title: t('topExhibitors'),
      columns: [
        { header: t('exhibitor'), width: 0.55, weight: 'bold' },
        { header: t('booths'), width: 0.2 },
        { header: t('revenue'), width: 0.25, align: right },
      ],
      sections: [
        {
          rows: r.topExhibitors.map((e) => [
            e.name === e.legalName ? e.name : `${e.name} — ${e.legalName}`,
            e.boothNumbers.join(', '),
            money(e.revenue),
          ]),
        },
      ],
    },
  ];
}

/** The fair report as the organizer sends it upward: key figures, two vector charts, the tables. */
export async function renderReportPdf(db: Db, options: ReportPrintOptions, progress: Progress, now: Date = new Date()): Promise<PdfResult> {
  const report = buildFairReport(db, now);
  const ctx = openPdf({ paper: options.paper, language: options.language, fair: report.fair, title: report.fair.name, now });
  const { content, f, t } = ctx;
  const all = tables(ctx, report);
  progress.total = all.reduce((n, s) => n + s.sections[0]!.rows.length, 0) + 1;
  ctx.addPage();
  let y = content.y + drawHeader(ctx, [t('reportTitle')]);
  kpis(ctx, report, { x: content.x, y, w: content.w, h: 46 * f });
  y += 56 * f;
  const chartH = Math.min(150 * f, content.h * 0.25);
  dayChart(ctx, report, { x: content.x, y, w: content.w, h: chartH });
  y += chartH + 10 * f;
  y += zoneShare(ctx, report, { x: content.x, y, w: content.w, h: 0 }) + 12 * f;
  await progress.step(1);
  const newPage = () => {
    ctx.addPage();
    return content.y + ctx.ts.lineHeight(7 * f) + 4 * f;
  };
  for (const spec of all) {
    const fits = y + 70 * f < content.y + content.h;
    y = (await drawTable(ctx, { ...spec, empty: t('noSales') }, newPage, (n) => progress.step(n), fits ? y : null)) + 12 * f;
  }
  return ctx.finish();
}
