import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDay, formatTimestamp } from '../../../shared/dates';
import type { SaleHistoryEntry } from '../../../shared/model/sales';
import { formatDong, formatNumber } from '../../../shared/money';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { useSayReason } from '../../i18n/reasons';
import { salesKeys } from './keys';

/** The audit trail of sales and visitor counts, newest first: read-only by design. */
export function HistoryView({ fairId }: { fairId: string }) {
  const { t } = useTranslation('sales');
  const language = useLanguage();
  const say = useSayReason();
  const api = useApi();
  const history = useQuery({
    queryKey: [...salesKeys.all(fairId), 'history'],
    queryFn: () => api.listSalesHistory({ fairId, limit: 500 }),
  });
  const rows = history.data ?? [];
  const amount = (r: SaleHistoryEntry) => {
    if (r.action === 'visitors.set') {
      const where = r.gate ? ` (${r.gate})` : '';
      return (
        (r.visitors === null ? t('history.removed') : t('history.visitors', { formatted: formatNumber(r.visitors, language) })) + where
      );
    }
    const now = r.amountDong === null ? '' : formatDong(r.amountDong, language);
    return r.previousDong === null ? now : `${formatDong(r.previousDong, language)} → ${now}`;
  };
  return (
    <div className="sales-history">
      <p className="hint">{t('history.hint')}</p>
      {history.isSuccess && rows.length === 0 && <p className="empty-state">{t('history.empty')}</p>}
      {rows.length > 0 && (
        <table className="table sales-table">
          <thead>
            <tr>
              <th>{t('history.at')}</th>
              <th>{t('history.actor')}</th>
              <th>{t('history.action')}</th>
              <th>{t('history.booth')}</th>
              <th>{t('history.day')}</th>
              <th className="num">{t('history.amount')}</th>
              <th>{t('history.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{formatTimestamp(r.at, language)}</td>
                <td>{r.actor}</td>
                <td>{t(`history.actions.${r.action}`)}</td>
                <td>{r.booth}</td>
                <td>{r.day && formatDay(r.day, language)}</td>
                <td className="num">{amount(r)}</td>
                <td>{say(r.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
