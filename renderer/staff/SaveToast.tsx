import { useTranslation } from 'react-i18next';
import { formatDong } from '../../shared/money';
import type { PhoneEntry } from './outbox';
import { refusalText } from './refusals';

/** What the last tap on Save did: an entry (or a correction) followed until the organizer's computer answers, or a sentence. */
export type Toast = { entryId: string; correction: boolean } | { text: string };

/**
 * The line under Save. An entry is only "saved" once the organizer's computer acknowledged it: until
 * then it says the entry is kept on the phone and waits to be sent, and a refusal that comes later
 * (an outbox sent after an outage) replaces it with why, as the entry in the list below says too.
 */
export function SaveToast({ toast, entries }: { toast: Toast | null; entries: readonly PhoneEntry[] }) {
  const { t, i18n } = useTranslation(['staff', 'sales', 'common']);
  const language = i18n.language === 'en' ? 'en' : 'vi';
  if (!toast) return null;
  let text: string;
  let tone = '';
  if ('text' in toast) text = toast.text;
  else {
    const entry = entries.find((e) => e.id === toast.entryId);
    if (!entry) return null;
    const figures = { amount: formatDong(entry.amountDong, language), booth: entry.boothNumber };
    if (entry.state === 'undoing' || entry.state === 'undone') return null;
    if (entry.state === 'waiting') {
      tone = ' phone-toast-waiting';
      text = t(toast.correction ? 'phone.correctionQueuedToast' : 'phone.queuedToast', figures);
    } else if (entry.state === 'refused') {
      tone = ' phone-toast-refused';
      const why = entry.duplicateOf ? t('phone.answerBelow') : entry.refused ? refusalText(entry.refused, t) : t('phone.states.refused');
      text = t('phone.notSavedToast', { ...figures, why });
    } else text = t(toast.correction ? 'phone.correctedToast' : 'phone.savedToast', figures);
  }
  return (
    <p className={`phone-toast${tone}`} role="status" aria-live="polite" data-testid="phone-toast">
      {text}
    </p>
  );
}
