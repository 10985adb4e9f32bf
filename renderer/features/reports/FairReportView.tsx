import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFormat } from '../../../shared/api/reports';
import { fairDays, formatDay } from '../../../shared/dates';
import { composeReport } from '../../../shared/report/compose';
import { useApi } from '../../api/client';
import { saveFile } from '../../api/files';
import { useLanguage } from '../../i18n';
import { useNotices } from '../../ui/notices';
import { reportKeys } from '../sales/keys';
import { AgreementsPanel } from './AgreementsPanel';
import { ReportPaper } from './ReportPaper';
import { ReportSettingsDialog } from './ReportSettingsDialog';

const FORMATS: ReportFormat[] = ['docx', 'pdf', 'xlsx', 'csv'];

/** The Department's report: the same document on screen, in Word, PDF, Excel and CSV; for the whole fair or one day. */
export function FairReportView({ fairId }: { fairId: string }) {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const [day, setDay] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [withMap, setWithMap] = useState(true);
  const report = useQuery({
    queryKey: [...reportKeys.fairReport(fairId), day],
    queryFn: () => api.getFairReport({ fairId, day }),
  });
  const exportReport = useMutation({
    mutationFn: async (format: ReportFormat) => {
      const file = await api.exportFairReport({ fairId, format, language, day, heatMap: withMap });
      return (await saveFile(file)) ? file.fileName : null;
    },
    onSuccess: (fileName) => fileName && notices.info(t('admin.saved', { fileName })),
    onError: notices.error,
  });
  const r = report.data;
  const doc = useMemo(() => (r ? composeReport(r, language) : null), [r, language]);
  if (!r || !doc) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(doc.press);
      notices.info(t('admin.press.copied'));
    } catch (error) {
      notices.error(error);
    }
  };
  return (
    <div className="reports-fair-report">
      <div className="reports-report-bar">
        <p className="hint">{t('admin.intro')}</p>
        <label className="field inline">
          <span>{t('admin.scope')}</span>
          <select value={day ?? ''} onChange={(e) => setDay(e.target.value || null)}>
            <option value="">{t('admin.wholeFair')}</option>
            {fairDays(r.fair.firstDay, r.fair.lastDay).map((d) => (
              <option key={d} value={d}>
                {formatDay(d, language)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={withMap} onChange={(e) => setWithMap(e.target.checked)} />
          {t('admin.heatMap')}
        </label>
        <div className="actions">
          <button type="button" onClick={() => setEditing(true)}>
            {t('admin.settings')}
          </button>
          {FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              className={format === 'docx' ? 'primary' : undefined}
              onClick={() => exportReport.mutate(format)}
              disabled={exportReport.isPending}
            >
              {t(`admin.${format}`)}
            </button>
          ))}
        </div>
      </div>
      <section className="reports-card" aria-labelledby="press-title">
        <div className="reports-card-head">
          <h2 id="press-title">{t('admin.press.title')}</h2>
          <button type="button" onClick={() => void copy()}>
            {t('admin.press.copy')}
          </button>
        </div>
        <p className="hint">{t('admin.press.hint')}</p>
        <p className="reports-press" data-testid="press-summary">
          {doc.press}
        </p>
      </section>
      <AgreementsPanel fairId={fairId} />
      <section className="reports-card" aria-label={t('admin.preview')}>
        <ReportPaper doc={doc} language={language} />
      </section>
      {editing && <ReportSettingsDialog fairId={fairId} report={r} onClose={() => setEditing(false)} />}
    </div>
  );
}
