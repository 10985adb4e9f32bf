import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffSession } from '../../shared/model/staff';
import { isNetworkError, type StaffApi } from './api';
import { LanguageToggle } from './LanguageToggle';
import { keepRefusal, refusalText } from './refusals';

/** The person types their name; the code came in the QR code's address (or is typed from the screen). */
export function JoinScreen({ api, initialCode, onJoined }: { api: StaffApi; initialCode: string; onJoined: (s: StaffSession) => void }) {
  const { t } = useTranslation(['staff', 'sales', 'common']);
  const [name, setName] = useState(() => localStorage.getItem('fairfloor.staff.name') ?? '');
  const [code, setCode] = useState(initialCode);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !name.trim() || !code.trim()) return;
    setBusy(true);
    setProblem('');
    const reply = await api.join(code.trim(), name.trim());
    setBusy(false);
    if (reply.ok) {
      localStorage.setItem('fairfloor.staff.name', name.trim());
      onJoined(reply.value);
      return;
    }
    setProblem(isNetworkError(reply.error) ? t('phone.offline') : refusalText(keepRefusal(reply.error), t));
  };

  return (
    <main className="phone">
      <header className="phone-bar">
        <strong>{t('phone.title')}</strong>
        <LanguageToggle />
      </header>
      <form className="phone-join" onSubmit={(e) => void submit(e)}>
        <h1>{t('phone.joinTitle')}</h1>
        <p className="phone-hint">{t('phone.joinIntro')}</p>
        <label className="phone-field">
          <span>{t('phone.name')}</span>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('phone.namePlaceholder')}
            autoComplete="name"
            maxLength={60}
            required
            autoFocus
          />
        </label>
        {!initialCode && (
          <label className="phone-field">
            <span>{t('phone.code')}</span>
            <input value={code} onChange={(e) => setCode(e.target.value)} autoCapitalize="characters" autoComplete="off" maxLength={32} />
            <small className="phone-hint">{t('phone.codeHint')}</small>
          </label>
        )}
        {problem && (
          <p role="alert" className="phone-refusal">
            {problem}
          </p>
        )}
        <button type="submit" className="phone-primary" disabled={busy || !name.trim() || !code.trim()}>
          {busy ? t('phone.joining') : t('phone.join')}
        </button>
      </form>
    </main>
  );
}
