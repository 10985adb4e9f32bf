import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Language } from '../../shared/model/fair';
import { pickLanguages } from './pick';
import { startNamespaces } from './resources-start';

/**
 * Starts i18next with the library's namespaces (the first bundle carries no other screen's strings);
 * `loadCatalogues` adds the rest.
 */
export function initI18n(language: Language = 'vi') {
  const resources = pickLanguages(startNamespaces);
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

let later: Promise<void> | undefined;
/**
 * The strings of a fair's screens and dialogs, in both languages (so the language switch never waits):
 * loaded once, before the first component that is not part of the library renders (`lazyNamed`, the workspace).
 */
export function loadCatalogues(): Promise<void> {
  later ??= import('./resources-later').then(({ laterNamespaces }) => {
    const tables = pickLanguages(laterNamespaces);
    for (const language of ['en', 'vi'] as const)
      for (const [ns, table] of Object.entries(tables[language])) i18next.addResourceBundle(language, ns, table, true, true);
  });
  return later;
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
