import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_MAP_OPTIONS, type PrintRequest } from '../../../shared/model/print';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { PrintJobButtons, PrintJobStatus } from './PrintJobView';
import { NUMBER_LIMITS, PrintOptionsForm, type NumberField, type PrintForm } from './PrintOptionsForm';
import { printChoicesKey } from './keys';
import { usePrintJob } from './usePrintJob';
import './print.css';

/** The typed numbers, checked: a request to print, or the fields that need fixing. */
function toRequest(form: PrintForm): { request: PrintRequest | null; invalid: Set<NumberField> } {
  const invalid = new Set<NumberField>();
  const read = (name: NumberField) => {
    const value = Number(form[name].trim());
    const [min, max] = NUMBER_LIMITS[name];
    if (!form[name].trim() || !Number.isInteger(value) || value < min || value > max) invalid.add(name);
    return value;
  };
  const paper = { ...form.map.paper, marginMm: read('marginMm') };
  const tiled = form.kind === 'map' && form.layout === 'tile' && form.map.variant !== 'exhibitor';
  const site = form.kind === 'map' && form.layout === 'site' && form.map.variant !== 'exhibitor';
  const layout = tiled
    ? { mode: 'tile' as const, scale: read('scale'), overlapMm: read('overlapMm') }
    : site
      ? { mode: 'site' as const }
      : { mode: 'fit' as const };
  if (invalid.size) return { request: null, invalid };
  const request: PrintRequest =
    form.kind === 'report'
      ? { kind: 'report', options: { paper, language: form.language, heatMap: form.heatMap } }
      : { kind: 'map', options: { ...form.map, paper, layout, language: form.language } };
  return { request, invalid };
}

/** Print / PDF: choose the options, make the PDF with progress, look at its first page, then save or print it. */
export function PrintDialog({ fairId, onClose }: { fairId: string; onClose: () => void }) {
  const { t } = useTranslation(['print', 'common']);
  const api = useApi();
  const language = useLanguage();
  const choices = useQuery({ queryKey: printChoicesKey(fairId), queryFn: () => api.getPrintChoices({ fairId }) });
  const [form, setForm] = useState<PrintForm>(() => ({
    kind: 'map',
    map: { ...DEFAULT_MAP_OPTIONS },
    layout: 'fit',
    scale: '100',
    overlapMm: '10',
    marginMm: String(DEFAULT_MAP_OPTIONS.paper.marginMm),
    language,
    heatMap: true,
  }));
  const [shown, setShown] = useState<Set<NumberField>>(new Set());
  const [madeFor, setMadeFor] = useState<string | null>(null);
  const { state, start, stop } = usePrintJob(fairId);
  const { request, invalid } = useMemo(() => toRequest(form), [form]);
  const stale = state.phase === 'done' && madeFor !== JSON.stringify(request);
  const running = state.phase === 'running';

  const make = () => {
    setShown(invalid);
    if (!request) return;
    setMadeFor(JSON.stringify(request));
    void start(request);
  };
  const hasNoBooths = choices.data && choices.data.areas.every((a) => a.booths === 0);

  return (
    <Dialog
      title={t('title')}
      open
      wide
      onClose={onClose}
      footer={<PrintJobButtons state={state} stale={stale} onMake={make} onClose={onClose} />}
    >
      <div className="print-layout">
        <PrintOptionsForm
          form={form}
          choices={choices.data}
          invalid={new Set([...shown].filter((f) => invalid.has(f)))}
          disabled={running}
          onChange={setForm}
        />
        <div className="print-side">
          {hasNoBooths && form.kind === 'map' && <p className="hint">{t('noBooths')}</p>}
          <PrintJobStatus state={state} stale={stale} onStop={stop} />
        </div>
      </div>
    </Dialog>
  );
}
