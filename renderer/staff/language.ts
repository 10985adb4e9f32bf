import i18next from 'i18next';
import type { Language } from '../../shared/model/fair';

const KEY = 'fairfloor.staff.language';

/** The phone's own choice, else its system language, else Vietnamese. */
export function phoneLanguage(): Language {
  const saved = localStorage.getItem(KEY);
  if (saved === 'vi' || saved === 'en') return saved;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export async function switchPhoneLanguage(language: Language): Promise<void> {
  localStorage.setItem(KEY, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
