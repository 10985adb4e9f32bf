import type { Language } from '../../../shared/model/fair';
import { translator, type KeyOf } from '../../../shared/i18n';

/** What printed pages say: the catalogue's `printed` namespace (shared/i18n/printed.ts), the screen's words. */
export type LabelKey = KeyOf<'printed'>;
export type Labels = (key: LabelKey, values?: Record<string, string | number>) => string;

export function labelsFor(language: Language): Labels {
  return translator(language, 'printed');
}
