import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, reasonOf } from '../../shared/api/errors';

interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

interface Notices {
  info: (text: string) => void;
  error: (error: unknown) => void;
}

const NoticeContext = createContext<Notices | null>(null);

/** Explains an error in the person's language. */
export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback((error: unknown) => explainError(error, i18n.language, t as Translate), [t, i18n.language]);
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The sentence for a refusal: a string as it is; its reason when the main side named one, else — in English — the
 * main side's own words, else the general sentence for its code.
 */
export function explainError(error: unknown, language: string, t: Translate): string {
  // A sentence already written in the person's language (the window's own refusals).
  if (typeof error === 'string') return error;
  const e = error instanceof ApiError ? error : new ApiError('INTERNAL', String(error));
  const why = reasonOf(e);
  if (why) {
    const key = why.reason === 'boothTaken' && why.values.holder !== undefined ? 'boothTakenBy' : why.reason;
    return t(`common:errors.reasons.${key}`, why.values);
  }
  return language === 'en' && e.code !== 'INTERNAL' ? e.message : t(`common:errors.${e.code}`);
}

/** Short messages at the bottom of the window: what just happened, or what went wrong. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const next = useRef(1);
  const errorText = useErrorText();
  const { t } = useTranslation();
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const push = useCallback(
    (kind: Notice['kind'], text: string) => {
      const id = next.current++;
      setNotices((all) => [...all.slice(-3), { id, kind, text }]);
      if (kind === 'info') setTimeout(() => dismiss(id), 5000);
    },
    [dismiss],
  );
  const api = useMemo<Notices>(
    () => ({ info: (text) => push('info', text), error: (e) => push('error', errorText(e)) }),
    [push, errorText],
  );
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notices" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
            <span>{n.text}</span>
            <button type="button" className="link" onClick={() => dismiss(n.id)}>
              {t('dismiss')}
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotices(): Notices {
  const notices = useContext(NoticeContext);
  if (!notices) throw new Error('useNotices outside <NoticeProvider>');
  return notices;
}
