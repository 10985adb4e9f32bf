import { useState } from 'react';
import { formatPhone } from '../../../shared/phone';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../shared/money';
import type { Exhibitor } from '../../../shared/model/exhibitor';
import { useLanguage } from '../../i18n';
import type { Zone } from '../../../shared/model/plan';
import { HistoryList } from './HistoryList';
import { CreditRefundDialog } from './LedgerDialogs';
import { ExhibitorWaitlist } from './Waitlist';
import { StatusBadge } from './StatusBadge';

/** One exhibitor at a glance: contact, booths held and their history. */
export function ExhibitorDetail({
  fairId,
  exhibitor,
  zones,
  onClose,
  onEdit,
  onBooth,
}: {
  fairId: string;
  exhibitor: Exhibitor;
  zones: Zone[];
  onClose: () => void;
  onEdit: () => void;
  onBooth?: (boothId: string) => void;
}) {
  const { t } = useTranslation(['exhibitors', 'common']);
  const language = useLanguage();
  const [refundingCredit, setRefundingCredit] = useState(false);
  const line = (label: string, value: string | null) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    ) : null;
  return (
    <aside className="exh-detail" aria-label={exhibitor.legalName}>
      <header className="exh-detail-head">
        <h2>{exhibitor.legalName}</h2>
        <button type="button" className="link" onClick={onClose} aria-label={t('detail.close')}>
          ✕
        </button>
      </header>
      <dl className="exh-facts">
        {line(t('form.shortName'), exhibitor.shortName)}
        {line(t('form.contactPerson'), exhibitor.contactPerson)}
        {line(t('form.phone'), formatPhone(exhibitor.phone))}
        {line(t('form.email'), exhibitor.email)}
        {line(t('form.address'), exhibitor.address)}
        {line(t('form.province'), exhibitor.province)}
        {line(t('form.taxCode'), exhibitor.taxCode)}
        {line(t('form.category'), exhibitor.category)}
        {line(t('form.ocopStars'), exhibitor.ocopStars ? '★'.repeat(exhibitor.ocopStars) : null)}
        {line(t('ledger.balance'), exhibitor.balanceDong > 0 ? formatDong(exhibitor.balanceDong, language) : null)}
        {line(t('ledger.totals.credit'), exhibitor.creditDong > 0 ? formatDong(exhibitor.creditDong, language) : null)}
      </dl>
      {exhibitor.creditDong > 0 && (
        <button type="button" className="link" onClick={() => setRefundingCredit(true)}>
          {t('ledger.creditRefund')}
        </button>
      )}
      {refundingCredit && (
        <CreditRefundDialog
          fairId={fairId}
          exhibitorId={exhibitor.id}
          creditDong={exhibitor.creditDong}
          onClose={() => setRefundingCredit(false)}
        />
      )}
      <button type="button" onClick={onEdit}>
        {t('common:edit')}
      </button>
      <h3>{t('detail.booths')}</h3>
      {exhibitor.boothIds.length === 0 && <p className="hint">{t('detail.noBooths')}</p>}
      <ul className="exh-booth-list" aria-label={t('detail.booths')}>
        {exhibitor.boothIds.map((id, i) => (
          <li key={id}>
            {onBooth ? (
              <button type="button" className="link" onClick={() => onBooth(id)}>
                {exhibitor.boothNumbers[i]}
              </button>
            ) : (
              exhibitor.boothNumbers[i]
            )}{' '}
            <StatusBadge status={exhibitor.statuses[i]!} />
          </li>
        ))}
      </ul>
      <ExhibitorWaitlist
        fairId={fairId}
        exhibitorId={exhibitor.id}
        exhibitorName={exhibitor.shortName || exhibitor.legalName}
        zones={zones}
      />
      <HistoryList fairId={fairId} of={{ exhibitorId: exhibitor.id }} />
    </aside>
  );
}
