import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Language } from '../../shared/model/fair';
import { resources } from './resources';
import { reasonIn } from '../../shared/i18n';

export function initI18n(language: Language = 'vi') {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    defaultNS: 'common',
    ns: Object.keys(resources.en),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The current UI language, as the model's `Language`. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'vi';
}

/** The UI language outside React (canvas gestures drawing their own labels). */
export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'vi';
}

/** Says a stored reason or note in the UI language: the app's own by its code, a person's as typed. */
export function useSayReason(): (stored: string | null | undefined) => string {
  const language = useLanguage();
  return (stored) => reasonIn(language, stored);
}
