import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

type Translate = (key: string, options?: unknown) => string;

/**
 * A `t` that remembers each word looked up without options; with options (counts, names) every call
 * is passed through, since the words differ.
 */
export function rememberWords<T extends Translate>(t: T): T {
  const known = new Map<string, string>();
  const remembered = (key: string, options?: unknown) => {
    if (options !== undefined) return t(key, options);
    let word = known.get(key);
    if (word === undefined) known.set(key, (word = t(key)));
    return word;
  };
  return remembered as T;
}

/**
 * The feature's `t`, remembering its words until the language changes (react-i18next hands out a
 * new `t` then): panels re-rendered on every press of a booth look up the same thirty labels each time.
 */
export function useWords(ns: 'plan'): ReturnType<typeof useTranslation<'plan'>>['t'] {
  const { t } = useTranslation(ns);
  return useMemo(() => rememberWords(t as unknown as Translate) as unknown as typeof t, [t]);
}
