import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../shared/dates';
import type { BoothRevenue, Dashboard } from '../../../shared/model/sales-dashboard';
import { formatDong, formatNumber } from '../../../shared/money';
import { useLanguage } from '../../i18n';
import { Breakdown, type Column } from './Breakdown';
import { DashboardCharts } from './DashboardCharts';

const LIST_LIMIT = 12;

/** The fair at a glance: totals, day on day, every dimension, best and weakest booths. */
export function DashboardView({ dashboard: d }: { dashboard: Dashboard }) {
  const { t } = useTranslation(['reports', 'sales']);
  const language = useLanguage();
  const money = (v: number) => formatDong(v, language);
  const num = (v: number, digits = 0) => formatNumber(v, language, digits);
  const share = (v: number) => (d.total.revenue ? `${num((v / d.total.revenue) * 100, 1)}%` : '–');
  const revenueCol = <T extends { revenue: number }>(): Column<T> => ({
    label: t('revenue'),
    cell: (r) => money(r.revenue),
    num: true,
    total: money(d.total.revenue),
  });
  const entriesCol = <T extends { entries: number }>(): Column<T> => ({
    label: t('entries'),
    cell: (r) => num(r.entries),
    num: true,
    total: num(d.total.entries),
  });
  const boothCols: Column<BoothRevenue>[] = [
    { label: t('byBooth.number'), cell: (b) => b.number },
    { label: t('byBooth.exhibitor'), cell: (b) => b.exhibitorName },
    { label: t('byBooth.zone'), cell: (b) => b.zoneName || t('noZone') },
    { label: t('byBooth.area'), cell: (b) => num(b.areaM2, 1), num: true },
    { label: t('revenue'), cell: (b) => money(b.revenue), num: true },
    { label: t('byBooth.perM2'), cell: (b) => money(b.revenuePerM2), num: true },
  ];

  return (
    <div className="reports-dashboard">
      <div className="reports-kpis">
        <div className="reports-kpi">
          <span>{t('kpi.revenue')}</span>
          <strong data-testid="kpi-revenue">{money(d.total.revenue)}</strong>
          <small>
            {t('kpi.entries', { count: d.total.entries })}
            {d.total.voidedEntries > 0 && ` · ${t('kpi.voided', { count: d.total.voidedEntries })}`}
          </small>
        </div>
        <div className="reports-kpi">
          <span>{t('kpi.visitors')}</span>
          <strong>{num(d.total.visitors)}</strong>
        </div>
        <div className="reports-kpi">
          <span>{t('kpi.perM2')}</span>
          <strong>{money(d.total.revenuePerM2)}</strong>
          <small>{t('kpi.area', { area: num(d.total.areaM2) })}</small>
        </div>
        <div className="reports-kpi">
          <span>{t('kpi.booths')}</span>
          <strong>{num(d.total.boothsWithSales)}</strong>
          <small>{t('kpi.boothsOf', { count: d.byBooth.length })}</small>
        </div>
      </div>
      <DashboardCharts dashboard={d} />
      <Breakdown
        title={t('byDay.title')}
        testId="by-day"
        rows={d.byDay}
        rowKey={(r) => r.day}
        columns={[
          { label: t('byDay.day'), cell: (r) => formatDay(r.day, language) },
          revenueCol(),
          entriesCol(),
          { label: t('byDay.visitors'), cell: (r) => num(r.visitors), num: true, total: num(d.total.visitors) },
          { label: t('byDay.change'), cell: (r) => (r.change === null ? '–' : <Change value={r.change} pct={r.changePct} />), num: true },
        ]}
      />
      <div className="reports-columns">
        <Breakdown
          title={t('byZone.title')}
          rows={d.byZone}
          rowKey={(z) => z.zoneId ?? ''}
          columns={[
            {
              label: t('byZone.name'),
              cell: (z) => (
                <span className="reports-swatch-label">
                  <i style={{ background: z.color }} />
                  {z.name || t('noZone')}
                </span>
              ),
            },
            { label: t('byZone.booths'), cell: (z) => num(z.booths), num: true, total: num(d.byBooth.length) },
            revenueCol(),
            { label: t('byZone.share'), cell: (z) => share(z.revenue), num: true },
            { label: t('byZone.perM2'), cell: (z) => money(z.areaM2 ? Math.round(z.revenue / z.areaM2) : 0), num: true },
          ]}
        />
        <Breakdown
          title={t('byCategory.title')}
          rows={d.byCategory}
          rowKey={(c) => c.category}
          columns={[
            { label: t('byCategory.name'), cell: (c) => c.category || t('noCategory') },
            { label: t('byCategory.exhibitors'), cell: (c) => num(c.exhibitors), num: true },
            revenueCol(),
            { label: t('byZone.share'), cell: (c) => share(c.revenue), num: true },
          ]}
        />
        <Breakdown
          title={t('byMethod.title')}
          rows={d.byMethod}
          rowKey={(m) => m.method}
          columns={[
            { label: t('byMethod.name'), cell: (m) => t(`sales:methods.${m.method}`) },
            entriesCol(),
            revenueCol(),
            { label: t('byZone.share'), cell: (m) => share(m.revenue), num: true },
          ]}
        />
      </div>
      <div className="reports-columns">
        <Breakdown title={t('top')} testId="top-booths" rows={d.topBooths} rowKey={(b) => b.boothId} columns={boothCols} />
        <Breakdown title={t('bottom')} rows={d.bottomBooths} rowKey={(b) => b.boothId} columns={boothCols} />
      </div>
      <Breakdown
        title={t('byExhibitor.title')}
        rows={d.byExhibitor}
        rowKey={(e) => e.exhibitorId}
        limit={LIST_LIMIT}
        columns={[
          { label: t('byExhibitor.name'), cell: (e) => e.name },
          { label: t('byCategory.name'), cell: (e) => e.category },
          { label: t('byExhibitor.booths'), cell: (e) => e.boothNumbers.join(', ') },
          entriesCol(),
          revenueCol(),
        ]}
      />
      <Breakdown
        title={t('byBooth.title')}
        rows={d.byBooth}
        rowKey={(b) => b.boothId}
        limit={LIST_LIMIT}
        columns={[...boothCols.slice(0, 5), entriesCol(), boothCols[5]!].map((c, i) =>
          i === 4 ? { ...c, total: money(d.total.revenue) } : c,
        )}
      />
    </div>
  );
}

function Change({ value, pct }: { value: number; pct: number | null }) {
  const language = useLanguage();
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  return (
    <span className={value > 0 ? 'reports-up' : value < 0 ? 'reports-down' : undefined}>
      {sign}
      {formatDong(Math.abs(value), language)}
      {pct !== null && ` (${sign}${formatNumber(Math.abs(pct), language, 1)}%)`}
    </span>
  );
}
