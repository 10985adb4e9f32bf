import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { parseCount } from '../../../shared/count';
import { formatDay } from '../../../shared/dates';
import { visitorsOfDay, type SetVisitorsInput, type VisitorCount } from '../../../shared/model/sales';
import { formatNumber } from '../../../shared/money';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { useNotices } from '../../ui/notices';
import { refusedRule, useSaleErrors } from './errors';
import { salesKeys, useSalesChanged } from './keys';
import { useAsk } from './useAsk';

/** What the main side said the day holds, when a count of the other kind was refused. */
function otherMode(error: unknown): { countedAs: 'gates' | 'single'; count: number; gates: string[] } | null {
  if (!(error instanceof ApiError) || error.code !== 'CONFLICT' || !refusedRule(error, 'visitorsOtherMode')) return null;
  const d = error.details as { countedAs?: string; count?: number; gates?: string[] } | undefined;
  return { countedAs: d?.countedAs === 'gates' ? 'gates' : 'single', count: d?.count ?? 0, gates: d?.gates ?? [] };
}

/**
 * Visitor counts per day, either per gate or as one figure for all gates, never both added;
 * a count typed again for the same gate replaces it; switching a day's way of counting asks.
 */
export function VisitorsView({ fairId, days, initialDay }: { fairId: string; days: string[]; initialDay: string }) {
  const { t } = useTranslation(['sales', 'common']);
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const changed = useSalesChanged(fairId);
  const toErrors = useSaleErrors();
  const [ask, askDialog] = useAsk();
  const [day, setDay] = useState(days.includes(initialDay) ? initialDay : (days[0] ?? ''));
  const [gate, setGate] = useState('');
  const [count, setCount] = useState('');
  const [error, setError] = useState<string | null>(null);
  const visitors = useQuery({ queryKey: salesKeys.visitors(fairId), queryFn: () => api.listVisitors({ fairId }) });
  const save = useMutation({
    mutationFn: (input: SetVisitorsInput) => api.setVisitors(input),
    onSuccess: (_r, input) => {
      if (input.count !== null) notices.info(t('visitors.saved'));
      setCount('');
      setError(null);
      void changed();
    },
    onError: (e, input) => {
      const other = otherMode(e);
      if (!other) return setError(Object.values(toErrors(e))[0] ?? null);
      const toGates = other.countedAs === 'single';
      const values = { day: formatDay(input.day, language), visitors: formatNumber(other.count, language), gates: other.gates.join(', ') };
      void ask({
        title: t(toGates ? 'visitors.toGatesTitle' : 'visitors.toSingleTitle', values),
        body: toGates ? t('visitors.toGatesBody', values) : t('visitors.toSingleBody', values),
        confirmLabel: t(toGates ? 'visitors.toGatesConfirm' : 'visitors.toSingleConfirm'),
      }).then((agreed) => agreed && save.mutate({ ...input, replaceOtherMode: true }));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseCount(count);
    if (!parsed.ok) return setError(t(`visitors.countErrors.${parsed.error}`));
    save.mutate({ fairId, day, gate, count: parsed.count, replaceOtherMode: false });
  };

  const rows = visitors.data ?? [];
  const byDay = new Map<string, VisitorCount[]>();
  for (const r of rows) byDay.set(r.day, [...(byDay.get(r.day) ?? []), r]);
  const total = [...byDay.values()].reduce((n, counts) => n + visitorsOfDay(counts), 0);
  const thisDay = byDay.get(day) ?? [];
  const countedAs = thisDay.length === 0 ? null : thisDay.some((r) => r.gate !== '') ? 'modeGates' : 'modeSingle';
  return (
    <div className="sales-visitors">
      <p className="hint">{t('visitors.hint')}</p>
      <form className="sales-form-row" onSubmit={submit} noValidate>
        <label className="field">
          <span>{t('visitors.day')}</span>
          <select value={day} onChange={(e) => setDay(e.target.value)}>
            {days.map((d) => (
              <option key={d} value={d}>
                {formatDay(d, language)}
              </option>
            ))}
          </select>
          <span className="hint" data-testid="visitors-mode">
            {countedAs ? `${t('visitors.mode')}: ${t(`visitors.${countedAs}`)}` : '\u00a0'}
          </span>
        </label>
        <label className="field">
          <span>{t('visitors.gate')}</span>
          <input value={gate} placeholder={t('visitors.gatePlaceholder')} maxLength={60} onChange={(e) => setGate(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('visitors.count')}</span>
          <input
            value={count}
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            onChange={(e) => (setCount(e.target.value), setError(null))}
          />
          {error && (
            <span className="field-error" role="alert">
              {error}
            </span>
          )}
        </label>
        <button type="submit" className="primary sales-save" disabled={save.isPending}>
          {t('visitors.add')}
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="empty-state">{t('visitors.empty')}</p>
      ) : (
        <table className="table sales-visitors-table">
          <thead>
            <tr>
              <th>{t('visitors.day')}</th>
              <th>{t('visitors.gate')}</th>
              <th className="num">{t('visitors.count')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.day}/${r.gate}`}>
                <td>{formatDay(r.day, language)}</td>
                <td>{r.gate || t('visitors.allGates')}</td>
                <td className="num">{formatNumber(r.count, language)}</td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="link"
                      aria-label={t('visitors.removeLabel', { day: formatDay(r.day, language), gate: r.gate || t('visitors.allGates') })}
                      onClick={() => save.mutate({ fairId, day: r.day, gate: r.gate, count: null, replaceOtherMode: false })}
                    >
                      {t('visitors.remove')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th colSpan={2}>{t('visitors.total')}</th>
              <td className="num">
                <strong>{formatNumber(total, language)}</strong>
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      {askDialog}
    </div>
  );
}
