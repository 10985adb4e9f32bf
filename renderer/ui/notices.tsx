import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/errors';

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

/** Explains an error in the person's language; English shows the server's more precise words. */
export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const e = error instanceof ApiError ? error : new ApiError('INTERNAL', String(error));
      return i18n.language === 'en' && e.code !== 'INTERNAL' ? e.message : t(`errors.${e.code}`);
    },
    [t, i18n.language],
  );
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
