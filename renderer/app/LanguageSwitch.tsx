import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/model/fair';
import { useApi } from '../api/client';
import { setLanguage, useLanguage } from '../i18n';
import { useNotices } from '../ui/notices';

const LANGUAGES: Language[] = ['vi', 'en'];

/** Switches the interface language at once and remembers the choice in the app's settings. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const api = useApi();
  const notices = useNotices();
  const language = useLanguage();
  const save = useMutation({
    mutationFn: (next: Language) => api.updateSettings({ language: next }),
    onError: notices.error,
  });
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language')}</span>
      <select
        aria-label={t('language')}
        value={language}
        onChange={(e) => {
          const next = e.target.value as Language;
          void setLanguage(next);
          save.mutate(next);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`languageName.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
