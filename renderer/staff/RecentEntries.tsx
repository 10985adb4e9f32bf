import { useTranslation } from 'react-i18next';
import { formatDong } from '../../shared/money';
import type { PhoneEntry } from './outbox';

/** The phone's last entries, newest first, each with its state and an undo while it can still be undone. */
export function RecentEntries({ entries, onUndo }: { entries: readonly PhoneEntry[]; onUndo: (id: string) => void }) {
  const { t, i18n } = useTranslation(['staff', 'sales']);
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const shown = entries.slice(0, 15);
  return (
    <section className="phone-recent">
      <h2>{t('phone.recent')}</h2>
      {shown.length === 0 && <p className="phone-hint">{t('phone.noRecent')}</p>}
      <ul>
        {shown.map((e) => {
          const amount = formatDong(e.amountDong, language);
          const gone = e.state === 'undone' || e.state === 'undoing' || e.undoRequested;
          return (
            <li key={e.id} className={`phone-entry phone-entry-${e.state}`} data-testid="phone-entry">
              <div>
                <strong>{e.boothNumber}</strong> <span className="phone-entry-amount">{amount}</span>
                <small>
                  {t(`sales:methods.${e.method}`)} · {t(`phone.states.${e.state}`)}
                  {e.error ? ` · ${e.error}` : ''}
                </small>
              </div>
              {!gone && e.state !== 'refused' && (
                <button type="button" aria-label={t('phone.undoLabel', { amount, booth: e.boothNumber })} onClick={() => onUndo(e.id)}>
                  {t('phone.undo')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
