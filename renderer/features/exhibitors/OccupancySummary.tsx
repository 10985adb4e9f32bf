import { useTranslation } from 'react-i18next';
import { formatDong, formatNumber } from '../../../shared/money';
import type { Occupancy } from '../../../shared/model/exhibitor';
import { useLanguage } from '../../i18n';
import { STATUS_COLORS } from './StatusBadge';

const STATUSES = ['held', 'reserved', 'confirmed', 'paid'] as const;

/** How much of the fair is sold, in one line above the map. */
export function OccupancySummary({ occupancy }: { occupancy: Occupancy }) {
  const { t } = useTranslation('exhibitors');
  const language = useLanguage();
  const item = (label: string, value: string, color?: string, testId?: string) => (
    <div className="exh-stat" data-testid={testId}>
      <dt>
        {color && <span className="exh-swatch" style={{ background: color }} />}
        {label}
      </dt>
      <dd>{value}</dd>
    </div>
  );
  // Every figure comes from the ledger; together they reconcile: received − refunded − credit = invoiced − receivable.
  const m = occupancy.money;
  return (
    <dl className="exh-occupancy" aria-label={t('occupancy.title')}>
      {item(t('occupancy.total'), formatNumber(occupancy.total, language))}
      {item(t('occupancy.free'), formatNumber(occupancy.free, language), STATUS_COLORS.free, 'occupancy-free')}
      {STATUSES.map((s) => item(t(`status.${s}`), formatNumber(occupancy[s], language), STATUS_COLORS[s], `occupancy-${s}`))}
      {item(t('occupancy.soldM2'), formatNumber(occupancy.soldM2, language, 1))}
      {item(t('ledger.totals.invoiced'), formatDong(m.invoicedDong, language), undefined, 'money-invoiced')}
      {item(t('ledger.totals.paid'), formatDong(m.paidDong, language), undefined, 'occupancy-paid-dong')}
      {item(t('ledger.totals.receivable'), formatDong(m.receivableDong, language), undefined, 'money-receivable')}
      {item(t('ledger.totals.refunded'), formatDong(m.refundedDong, language), undefined, 'money-refunded')}
      {item(t('ledger.totals.credit'), formatDong(m.creditDong, language), undefined, 'money-credit')}
      {m.retainedDong > 0 && item(t('ledger.totals.retained'), formatDong(m.retainedDong, language), undefined, 'money-retained')}
    </dl>
  );
}
