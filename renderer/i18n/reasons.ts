import { reasonIn } from '../../shared/i18n';
import { useLanguage } from '.';

/** Says a stored reason or note in the UI language: the app's own by its code, a person's as typed. */
export function useSayReason(): (stored: string | null | undefined) => string {
  const language = useLanguage();
  return (stored) => reasonIn(language, stored);
}
