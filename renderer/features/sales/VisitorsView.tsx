import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../shared/dates';
import type { SetVisitorsInput } from '../../../shared/model/sales';
import { formatNumber } from '../../../shared/money';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { useNotices } from '../../ui/notices';
import { useSaleErrors } from './errors';
import { salesKeys, useSalesChanged } from './keys';

/** Visitor counts per day, optionally per gate; a count typed again for the same gate replaces it. */
export function VisitorsView({ fairId, days }: { fairId: string; days: string[] }) {
  const { t } = useTranslation(['sales', 'common']);
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const changed = useSalesChanged(fairId);
  const toErrors = useSaleErrors();
  const [day, setDay] = useState(days[0] ?? '');
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
    onError: (e) => setError(Object.values(toErrors(e))[0] ?? null),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(count.replace(/[.,\s]/g, ''));
    if (!count.trim() || !Number.isInteger(n) || n < 0) return setError(t('visitors.badCount'));
    save.mutate({ fairId, day, gate, count: n });
  };

  const rows = visitors.data ?? [];
  const total = rows.reduce((n, r) => n + r.count, 0);
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
            aria-invalid={error ? true : undefined}
            onChange={(e) => (setCount(e.target.value), setError(null))}
          />
          {error && <span className="field-error">{error}</span>}
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
                      onClick={() => save.mutate({ fairId, day: r.day, gate: r.gate, count: null })}
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
    </div>
  );
}
