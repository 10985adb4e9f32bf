import i18next, { type TOptions } from 'i18next';
import type { Language } from '../model/fair';
import { documents } from './documents';
import { printed } from './printed';
import { reasons, sayReason } from './reasons';
import { report } from './report';
import { sheets } from './sheets';
import { vocabulary } from './vocabulary';

/**
 * The catalogue's namespaces the main process writes with (PDF, sheets, CSV, file names, reasons):
 * the renderer's resources include them too, so one table serves screen and paper alike.
 */
export const sharedNamespaces = { vocabulary, printed, sheets, report, documents, reasons };
export type SharedNamespace = keyof typeof sharedNamespaces;

const pick = (language: Language) =>
  Object.fromEntries(Object.entries(sharedNamespaces).map(([ns, m]) => [ns, m[language]])) as Record<string, Record<string, unknown>>;

const instances = new Map<Language, ReturnType<typeof i18next.createInstance>>();

/** An i18next instance of the shared namespaces for one language: interpolation and plural forms as on screen. */
function instance(language: Language) {
  let i = instances.get(language);
  if (!i) {
    i = i18next.createInstance();
    void i.init({
      resources: { [language]: pick(language) },
      lng: language,
      fallbackLng: false,
      ns: Object.keys(sharedNamespaces),
      defaultNS: 'vocabulary',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    instances.set(language, i);
  }
  return i;
}

/** Keys of a namespace, plural forms folded: `voided_one`/`voided_other` → `voided`. */
export type KeyOf<N extends SharedNamespace> = FlatKeys<(typeof sharedNamespaces)[N]['en']>;
type FlatKeys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K extends `${infer B}_${'one' | 'other'}` ? B : K}` : FlatKeys<T[K], `${P}${K}.`>;
}[keyof T & string];

/** The keys of a namespace under one prefix: `Under<'receipt', 'documents'>` → `title` | `no` | … */
export type Under<P extends string, N extends SharedNamespace = 'documents'> =
  KeyOf<N> extends infer K ? (K extends `${P}.${infer R}` ? R : never) : never;

export type Translate<N extends SharedNamespace> = (key: KeyOf<N>, values?: TOptions & Record<string, unknown>) => string;

/** The words of one namespace in one language, for the main process (it cannot use the renderer's hook). */
export function translator<N extends SharedNamespace>(language: Language, ns: N): Translate<N> {
  // Loosely typed here: the renderer's typed keys (CustomTypeOptions) are not this instance's; KeyOf<N> checks the key.
  const t = instance(language).t as unknown as (key: string, options?: TOptions) => string;
  return (key, values) => t(`${ns}:${key}`, values);
}

/** A stored reason in one language (see reasons.ts): for the main process's PDFs and sheets. */
export const reasonIn = (language: Language, stored: string | null | undefined): string => {
  const t = translator(language, 'reasons');
  return sayReason(stored, (key, values) => t(key, values));
};
