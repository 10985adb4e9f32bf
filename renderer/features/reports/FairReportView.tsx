import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ReportFormat } from '../../../shared/api/reports';
import { formatDay, formatDayRange, formatTimestamp } from '../../../shared/dates';
import { formatDong, formatNumber } from '../../../shared/money';
import { useApi } from '../../api/client';
import { saveFile } from '../../api/files';
import { useLanguage } from '../../i18n';
import { useNotices } from '../../ui/notices';
import { reportKeys } from '../sales/keys';
import { Breakdown } from './Breakdown';

/** The report sent upward, as it will read in the spreadsheet and the PDF; exported by the main process. */
export function FairReportView({ fairId }: { fairId: string }) {
  const { t } = useTranslation(['reports', 'sales']);
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const report = useQuery({ queryKey: reportKeys.fairReport(fairId), queryFn: () => api.getFairReport({ fairId }) });
  const exportReport = useMutation({
    mutationFn: async (format: ReportFormat) => {
      const file = await api.exportFairReport({ fairId, format, language });
      return (await saveFile(file)) ? file.fileName : null;
    },
    onSuccess: (fileName) => fileName && notices.info(t('report.exported', { fileName })),
    onError: notices.error,
  });
  const r = report.data;
  if (!r) return null;
  const money = (v: number) => formatDong(v, language);
  const num = (v: number) => formatNumber(v, language);
  const facts: [string, string][] = [
    [t('report.dates'), formatDayRange(r.fair.firstDay, r.fair.lastDay, language)],
    [t('report.venue'), r.fair.venue],
    [t('report.organizer'), r.fair.organizer],
    [t('report.booths'), t('report.boothsValue', { total: r.booths.total, sellable: r.booths.sellable, allocated: r.booths.allocated })],
    [t('report.exhibitors'), num(r.exhibitors.participating)],
    [t('report.revenue'), money(r.revenue.total)],
    [t('report.visitors'), num(r.visitors.total)],
  ];
  return (
    <div className="reports-fair-report">
      <div className="reports-report-bar">
        <p className="hint">{t('report.intro')}</p>
        <div className="actions">
          <button type="button" onClick={() => exportReport.mutate('csv')} disabled={exportReport.isPending}>
            {t('report.csv')}
          </button>
          <button type="button" className="primary" onClick={() => exportReport.mutate('xlsx')} disabled={exportReport.isPending}>
            {t('report.xlsx')}
          </button>
        </div>
      </div>
      <section className="reports-card">
        <h2>{r.fair.name}</h2>
        <dl className="reports-facts">
          {facts.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
        <p className="hint">{t('report.generated', { at: formatTimestamp(r.generatedAt, language) })}</p>
      </section>
      <div className="reports-columns">
        <Breakdown
          title={t('byDay.title')}
          rows={r.byDay}
          rowKey={(d) => d.day}
          columns={[
            { label: t('byDay.day'), cell: (d) => formatDay(d.day, language) },
            { label: t('revenue'), cell: (d) => money(d.revenue), num: true, total: money(r.revenue.total) },
            { label: t('byDay.visitors'), cell: (d) => num(d.visitors), num: true, total: num(r.visitors.total) },
          ]}
        />
        <Breakdown
          title={t('byZone.title')}
          rows={r.byZone}
          rowKey={(z) => z.zoneId ?? ''}
          columns={[
            { label: t('byZone.name'), cell: (z) => z.name || t('noZone') },
            { label: t('byZone.booths'), cell: (z) => num(z.booths), num: true, total: num(r.booths.total) },
            { label: t('revenue'), cell: (z) => money(z.revenue), num: true, total: money(r.revenue.total) },
          ]}
        />
        <Breakdown
          title={t('byCategory.title')}
          rows={r.byCategory}
          rowKey={(c) => c.category}
          columns={[
            { label: t('byCategory.name'), cell: (c) => c.category || t('noCategory') },
            { label: t('byCategory.exhibitors'), cell: (c) => num(c.exhibitors), num: true },
            { label: t('revenue'), cell: (c) => money(c.revenue), num: true, total: money(r.revenue.total) },
          ]}
        />
      </div>
      <Breakdown
        title={t('report.top')}
        rows={r.topExhibitors}
        rowKey={(e) => e.exhibitorId}
        columns={[
          { label: t('byExhibitor.name'), cell: (e) => e.legalName },
          { label: t('byExhibitor.booths'), cell: (e) => e.boothNumbers.join(', ') },
          { label: t('revenue'), cell: (e) => money(e.revenue), num: true },
        ]}
      />
    </div>
  );
}
