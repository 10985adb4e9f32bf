import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/fair';
import type { HeatMapPrintOptions, PrintRequest } from '../../../shared/model/print';
import type { HeatMetric } from '../../../shared/report/heat';
import { useLanguage } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { PrintJobButtons, PrintJobStatus } from '../print/PrintJobView';
import { Field, PaperFields } from '../print/PrintOptionsForm';
import { usePrintJob } from '../print/usePrintJob';
import '../print/print.css';

interface Props {
  fairId: string;
  area: { id: string; name: string };
  /** null: the whole fair. */
  day: string | null;
  scopeLabel: string;
  metric: HeatMetric;
  onClose: () => void;
}

/** The heat map as printed: the view's day and colouring, on the paper chosen here; then save or print. */
export function HeatPrintDialog({ fairId, area, day, scopeLabel, metric, onClose }: Props) {
  const { t } = useTranslation(['reports', 'print', 'common']);
  const [paper, setPaper] = useState<HeatMapPrintOptions['paper']>({ size: 'A3', orientation: 'landscape', marginMm: 10 });
  const [allAreas, setAllAreas] = useState(false);
  const uiLanguage = useLanguage();
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const { state, start, stop } = usePrintJob(fairId);
  const request: PrintRequest = useMemo(
    () => ({ kind: 'heatMap', options: { areaId: allAreas ? null : area.id, day, metric, paper, language } }),
    [allAreas, area.id, day, metric, paper, language],
  );
  const [madeFor, setMadeFor] = useState<string | null>(null);
  const stale = state.phase === 'done' && madeFor !== JSON.stringify(request);
  const running = state.phase === 'running';
  const make = () => {
    setMadeFor(JSON.stringify(request));
    void start(request);
  };
  return (
    <Dialog
      title={t('heat.printTitle')}
      open
      wide
      onClose={onClose}
      footer={<PrintJobButtons state={state} stale={stale} onMake={make} onClose={onClose} />}
    >
      <div className="print-layout">
        <fieldset className="print-options" disabled={running}>
          <p className="hint">
            {t('heat.printWhat', { scope: scopeLabel, metric: t(metric === 'revenue' ? 'heat.revenue' : 'heat.revenuePerM2') })}
          </p>
          <Field label={t('heat.printArea')}>
            {(id) => (
              <select id={id} value={allAreas ? 'all' : 'one'} onChange={(e) => setAllAreas(e.target.value === 'all')}>
                <option value="one">{t('heat.thisArea', { name: area.name })}</option>
                <option value="all">{t('heat.everyArea')}</option>
              </select>
            )}
          </Field>
          <div className="field-row">
            <PaperFields paper={paper} onChange={setPaper} />
          </div>
          <Field label={t('print:language')}>
            {(id) => (
              <select id={id} value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'vi')}>
                <option value="vi">{t('common:languageName.vi')}</option>
                <option value="en">{t('common:languageName.en')}</option>
              </select>
            )}
          </Field>
        </fieldset>
        <div className="print-side">
          <PrintJobStatus state={state} stale={stale} onStop={stop} />
        </div>
      </div>
    </Dialog>
  );
}
