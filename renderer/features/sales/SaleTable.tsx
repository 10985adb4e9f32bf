import { useTranslation } from 'react-i18next';
import { formatDay, formatTimestamp } from '../../../shared/dates';
import type { SaleEntry } from '../../../shared/model/sales';
import { formatDong } from '../../../shared/money';
import { useLanguage } from '../../i18n';
import { useSayReason } from '../../i18n/reasons';

interface SaleTableProps {
  entries: readonly SaleEntry[];
  /** The heat map lists one booth over every day; the entry screen lists one day. */
  showDay?: boolean;
  onCorrect?: (entry: SaleEntry) => void;
  onVoid?: (entry: SaleEntry) => void;
}

/** Entries newest first; voided ones stay in place, struck through, with their reason. */
export function SaleTable({ entries, showDay, onCorrect, onVoid }: SaleTableProps) {
  const { t } = useTranslation(['sales', 'staff']);
  const language = useLanguage();
  const say = useSayReason();
  const actions = Boolean(onCorrect || onVoid);
  return (
    <table className="table sales-table">
      <thead>
        <tr>
          <th>{showDay ? t('form.day') : t('list.time')}</th>
          <th>{t('list.booth')}</th>
          <th>{t('list.exhibitor')}</th>
          <th className="num">{t('list.amount')}</th>
          <th>{t('list.method')}</th>
          <th>{t('list.note')}</th>
          <th>{t('list.by')}</th>
          <th>{t('list.status')}</th>
          {actions && <th />}
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => {
          const amount = formatDong(e.amountDong, language);
          return (
            <tr key={e.id} className={e.voidedAt ? 'sales-voided' : undefined} data-sale-id={e.id}>
              <td>{showDay ? formatDay(e.day, language) : formatTimestamp(e.recordedAt, language)}</td>
              <td>{e.boothNumber}</td>
              <td>{e.exhibitorName}</td>
              <td className="num sales-amount-cell">{amount}</td>
              <td>{t(`methods.${e.method}`)}</td>
              <td>{say(e.note)}</td>
              <td>
                {e.recordedBy}
                {e.deviceNumber !== null && <span className="hint"> · {t('staff:panel.device', { number: e.deviceNumber })}</span>}
              </td>
              <td>
                {e.voidedAt ? (
                  <span className="sales-badge sales-badge-void">
                    {e.correctedBySaleId ? t('list.corrected') : t('list.voided', { reason: say(e.voidReason) })}
                  </span>
                ) : e.correctsSaleId ? (
                  <span className="sales-badge">{t('list.correction')}</span>
                ) : null}
                {e.voidedAt && e.correctedBySaleId && <span className="hint sales-reason">{say(e.voidReason)}</span>}
              </td>
              {actions && (
                <td>
                  <div className="row-actions">
                    {!e.voidedAt && onCorrect && (
                      <button
                        type="button"
                        aria-label={t('list.correctLabel', { booth: e.boothNumber, amount })}
                        onClick={() => onCorrect(e)}
                      >
                        {t('list.correct')}
                      </button>
                    )}
                    {!e.voidedAt && onVoid && (
                      <button
                        type="button"
                        className="danger-text"
                        aria-label={t('list.voidLabel', { booth: e.boothNumber, amount })}
                        onClick={() => onVoid(e)}
                      >
                        {t('list.void')}
                      </button>
                    )}
                  </div>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
