import { useTranslation } from 'react-i18next';
import { formatDong } from '../../shared/money';
import type { PhoneEntry } from './outbox';
import { DuplicateQuestion } from './Question';
import { refusalText } from './refusals';

/**
 * The phone's last entries, newest first, each with its state; while it still counts, it can be
 * corrected or undone. An entry the organizer's computer asked about ("recorded already?") asks here.
 */
export function RecentEntries({
  entries,
  loaded,
  editingId,
  onUndo,
  onCorrect,
  onAnswer,
}: {
  entries: readonly PhoneEntry[];
  /** False until the phone has read its stored entries: "nothing recorded" is not known yet. */
  loaded: boolean;
  editingId: string | null;
  onUndo: (id: string) => void;
  onCorrect: (entry: PhoneEntry) => void;
  onAnswer: (id: string, recordAnyway: boolean) => void;
}) {
  const { t, i18n } = useTranslation(['staff', 'sales', 'common']);
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const shown = entries.slice(0, 15);
  const changedText = (how: NonNullable<PhoneEntry['changedBy']>) =>
    how.kind === 'corrected'
      ? t('phone.changedBy.corrected', { by: how.by })
      : how.reason
        ? t('phone.changedBy.voidedWhy', { by: how.by, reason: how.reason })
        : t('phone.changedBy.voided', { by: how.by });
  const amountOf = (id: string | undefined) => {
    const entry = id ? entries.find((e) => e.id === id) : undefined;
    return entry ? formatDong(entry.amountDong, language) : '';
  };
  return (
    <section className="phone-recent">
      <h2>{t('phone.recent')}</h2>
      {shown.length === 0 && <p className="phone-hint">{loaded ? t('phone.noRecent') : t('phone.reading')}</p>}
      <ul>
        {shown.map((e) => {
          const amount = formatDong(e.amountDong, language);
          const gone = e.state !== 'waiting' && e.state !== 'sent';
          const live = !gone && !e.undoRequested;
          const state =
            e.correctedBy && live
              ? t('phone.states.correcting')
              : e.state === 'changed' && e.changedBy
                ? changedText(e.changedBy)
                : t(`phone.states.${e.state}`);
          const why = e.refused && !e.duplicateOf ? refusalText(e.refused, t) : '';
          return (
            <li
              key={e.id}
              className={`phone-entry phone-entry-${e.state}${e.id === editingId ? ' phone-entry-editing' : ''}`}
              data-testid="phone-entry"
            >
              <div className="phone-entry-line">
                <div>
                  <strong>{e.boothNumber}</strong> <span className="phone-entry-amount">{amount}</span>
                  <small>
                    {t(`sales:methods.${e.method}`)} · {state}
                    {e.corrects && amountOf(e.corrects) ? ` · ${t('phone.correctionOf', { amount: amountOf(e.corrects) })}` : ''}
                    {e.restored && live ? ` · ${t('phone.restored')}` : ''}
                    {e.problem
                      ? ` · ${t(`phone.problems.${e.problem}`)}`
                      : why
                        ? ` · ${e.state === 'sent' ? t('phone.undoRefused', { why }) : why}`
                        : ''}
                  </small>
                </div>
                {live && !e.correctedBy && (
                  <span className="phone-entry-actions">
                    <button
                      type="button"
                      aria-label={t('phone.correctLabel', { amount, booth: e.boothNumber })}
                      disabled={e.id === editingId}
                      onClick={() => onCorrect(e)}
                    >
                      {t('phone.correct')}
                    </button>
                    <button type="button" aria-label={t('phone.undoLabel', { amount, booth: e.boothNumber })} onClick={() => onUndo(e.id)}>
                      {t('phone.undo')}
                    </button>
                  </span>
                )}
              </div>
              {e.state === 'refused' && e.duplicateOf && (
                <DuplicateQuestion
                  testId="phone-entry-duplicate"
                  entry={e}
                  twin={e.duplicateOf}
                  onAnswer={(again) => onAnswer(e.id, again)}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
