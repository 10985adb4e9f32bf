import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCount } from '../../shared/count';
import { isNetworkError, type StaffApi } from './api';
import { keepRefusal, refusalText } from './refusals';

/** The count at one gate for the day, as the gate staff read it off their clicker. Replaces that gate's count. */
export function VisitorCount({ api, fairId, day }: { api: StaffApi; fairId: string; day: string }) {
  const { t } = useTranslation(['staff', 'sales', 'common']);
  const [gate, setGate] = useState('');
  const [count, setCount] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // The day is counted the other way (all gates vs per gate): a second tap replaces those counts.
  const [replace, setReplace] = useState(false);
  // The one count reader: `1.500` is 1500, `1.5` is refused, never read as 15.
  const parsed = parseCount(count);
  const valid = parsed.ok;
  const value = parsed.ok ? parsed.count : 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    const reply = await api.call('setVisitors', { fairId, day, gate: gate.trim(), count: value, replaceOtherMode: replace });
    setBusy(false);
    setReplace(false);
    if (!reply.ok && reply.error.code === 'CONFLICT') {
      setReplace(true);
      setMessage({ ok: false, text: t('phone.visitorsOtherMode') });
    } else if (reply.ok) {
      setMessage({ ok: true, text: t('phone.visitorsSaved', { count: value, gate: gate.trim() || t('phone.allGates') }) });
      setCount('');
    } else
      setMessage({ ok: false, text: isNetworkError(reply.error) ? t('phone.visitorsOffline') : refusalText(keepRefusal(reply.error), t) });
  };

  return (
    <details className="phone-visitors">
      <summary>{t('phone.visitors')}</summary>
      <form onSubmit={(e) => void submit(e)}>
        <label className="phone-field">
          <span>{t('phone.gate')}</span>
          <input value={gate} onChange={(e) => setGate(e.target.value)} placeholder={t('phone.gatePlaceholder')} maxLength={60} />
        </label>
        <label className="phone-field">
          <span>{t('phone.visitorCount')}</span>
          <input
            value={count}
            onChange={(e) => setCount(e.target.value)}
            inputMode="decimal"
            maxLength={15}
            aria-invalid={count !== '' && !valid}
          />
        </label>
        {count.trim() !== '' && !valid && <p className="phone-refusal">{t('phone.visitorCountInvalid')}</p>}
        {message && (
          <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'phone-toast' : 'phone-refusal'}>
            {message.text}
          </p>
        )}
        <button type="submit" className="phone-primary" disabled={!valid || busy}>
          {replace ? t('phone.replaceVisitors') : t('phone.saveVisitors')}
        </button>
      </form>
    </details>
  );
}
