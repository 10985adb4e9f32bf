import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../../shared/dates';
import { formatDong } from '../../../shared/money';
import { AllocationStatus, type HistoryEntry } from '../../../shared/model/exhibitor';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { useSayReason } from '../../i18n/reasons';
import { exhibitorsKey } from './data';

const KNOWN = [
  'allocation.create',
  'allocation.status',
  'allocation.cancel',
  'allocation.expire',
  'allocation.extend_hold',
  'allocation.move',
  'allocation.fee',
  'allocation.reprice',
  'allocation.keep_fee',
  'payment.record',
  'exhibitor.create',
  'exhibitor.update',
  'exhibitor.delete',
  'exhibitor.import',
] as const;
type Known = (typeof KNOWN)[number];
const LEDGER = ['payment.void', 'payment.refund', 'allocation.settle', 'credit.refund'] as const;
const isLedger = (action: string): action is (typeof LEDGER)[number] => (LEDGER as readonly string[]).includes(action);
const isKnown = (action: string): action is Known => (KNOWN as readonly string[]).includes(action);

/** Who did what, when, to one booth's or one exhibitor's bookings: read from the audit log. */
export function HistoryList({ fairId, of }: { fairId: string; of: { boothId: string } | { exhibitorId: string } }) {
  const { t } = useTranslation('exhibitors');
  const language = useLanguage();
  const say = useSayReason();
  const api = useApi();
  const entries = useQuery({ queryKey: exhibitorsKey(fairId, 'history', of), queryFn: () => api.getHistory({ fairId, ...of }) });
  const status = (value: unknown) => {
    const parsed = AllocationStatus.safeParse(value);
    return parsed.success ? t(`status.${parsed.data}`) : String(value ?? '');
  };
  const describe = (h: HistoryEntry) => {
    const d = h.details;
    const values = {
      booth: String(d.boothNumber ?? ''),
      from: h.action === 'allocation.move' ? String(d.fromBoothNumber ?? '') : status(d.from),
      to: h.action === 'allocation.extend_hold' ? String(d.to ?? '') : status(d.to),
      status: status(d.status),
      amount: typeof d.amountDong === 'number' ? formatDong(d.amountDong, language) : '',
      reason: say(String(d.reason ?? '')),
      refund: formatDong(Number(d.refundDong ?? 0), language),
      credit: formatDong(Number(d.creditDong ?? 0), language),
      retain: formatDong(Number(d.retainDong ?? 0), language),
      fromAmount: formatDong(Number(d.fromDong ?? 0), language),
      toAmount: formatDong(Number(d.toDong ?? 0), language),
      fee: formatDong(Number(d.feeDong ?? 0), language),
      price: formatDong(Number(d.priceDong ?? 0), language),
    };
    if (isLedger(h.action)) return t(`ledgerActions.${h.action}`, values);
    return isKnown(h.action) ? t(`actions.${h.action}`, values) : t('actions.other', { action: h.action });
  };
  return (
    <section className="exh-history" aria-label={t('detail.history')}>
      <h3>{t('detail.history')}</h3>
      {entries.data?.length === 0 && <p className="hint">{t('detail.noHistory')}</p>}
      <ol>
        {entries.data?.map((h) => (
          <li key={h.id}>
            <time className="hint">{formatTimestamp(h.at, language)}</time> <strong>{h.actor}</strong> {describe(h)}
          </li>
        ))}
      </ol>
    </section>
  );
}
