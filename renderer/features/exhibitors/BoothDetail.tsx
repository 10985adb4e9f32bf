import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, todayInVietnam } from '../../../shared/dates';
import { formatDong, formatNumber } from '../../../shared/money';
import { TRANSITIONS, type Allocation, type AllocationStatus } from '../../../shared/model/exhibitor';
import type { Booth, Zone } from '../../../shared/model/plan';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { useNotices } from '../../ui/notices';
import { FeeForm, Payments } from './AllocationMoney';
import { useRefresh } from './data';
import { HistoryList } from './HistoryList';
import { CancelBookingDialog } from './LedgerDialogs';
import { StatusBadge } from './StatusBadge';
import { NextInLine } from './Waitlist';
import { DateField } from '../../ui/DateField';

interface Props {
  fairId: string;
  booth: Booth;
  zone?: Zone;
  allocation?: Allocation;
  onClose: () => void;
}

/** One booth: who holds it, the workflow's next steps, fee, payments and history. */
export function BoothDetail({ fairId, booth, zone, allocation, onClose }: Props) {
  const { t } = useTranslation(['exhibitors', 'common']);
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const refresh = useRefresh(fairId);
  const [holdUntil, setHoldUntil] = useState(allocation?.holdExpiresOn ?? '');
  const [confirmCancel, setConfirmCancel] = useState(false);
  const step = useMutation({
    mutationFn: (input: { status: AllocationStatus; holdExpiresOn?: string }) =>
      api.setAllocationStatus({ fairId, allocationId: allocation!.id, ...input }),
    onSuccess: (a) => {
      notices.info(t('detail.statusSaved', { status: t(`status.${a.status}`) }));
      void refresh();
    },
    onError: notices.error,
  });

  return (
    <aside className="exh-detail" aria-label={t('detail.booth', { number: booth.number })}>
      <header className="exh-detail-head">
        <h2>{t('detail.booth', { number: booth.number })}</h2>
        <button type="button" className="link" onClick={onClose} aria-label={t('detail.close')}>
          ✕
        </button>
      </header>
      <p className="hint">
        {zone?.name ? `${zone.name} · ` : ''}
        {formatNumber(booth.widthM, language, 1)} × {formatNumber(booth.depthM, language, 1)} m · {formatDong(booth.priceDong, language)}
      </p>
      {!allocation && booth.kind !== 'non_sellable' && (
        <>
          <p className="exh-free">{t('detail.free')}</p>
          <NextInLine fairId={fairId} booth={booth} />
        </>
      )}
      {allocation && (
        <>
          <p className="exh-holder">
            <strong>{allocation.exhibitorName}</strong> <StatusBadge status={allocation.status} />
          </p>
          {allocation.status === 'held' && (
            <div className="field-row exh-hold">
              <DateField label={t('detail.holdUntil')} value={holdUntil} onChange={setHoldUntil} min={todayInVietnam()} />
              <button
                type="button"
                disabled={!holdUntil || holdUntil === allocation.holdExpiresOn}
                onClick={() => step.mutate({ status: 'held', holdExpiresOn: holdUntil })}
              >
                {t('detail.extend')}
              </button>
              {allocation.holdExpiresOn && <span className="hint">{formatDay(allocation.holdExpiresOn, language)}</span>}
            </div>
          )}
          <div className="actions exh-steps">
            {TRANSITIONS[allocation.status].map((to) => (
              <button
                key={to}
                type="button"
                className={to === 'cancelled' ? 'danger-text' : 'primary'}
                disabled={step.isPending || (to === 'paid' && allocation.balanceDong > 0)}
                onClick={() => (to === 'cancelled' ? setConfirmCancel(true) : step.mutate({ status: to }))}
              >
                {t(`detail.actions.${to}`)}
              </button>
            ))}
          </div>
          <FeeForm key={`${allocation.id}:${allocation.updatedAt}`} fairId={fairId} allocation={allocation} />
          <Payments fairId={fairId} allocation={allocation} />
        </>
      )}
      <HistoryList fairId={fairId} of={{ boothId: booth.id }} />
      {allocation && confirmCancel && (
        <CancelBookingDialog fairId={fairId} allocation={allocation} onClose={() => setConfirmCancel(false)} />
      )}
    </aside>
  );
}
