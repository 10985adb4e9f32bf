import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The feature's `t`, remembering each word looked up without options (until the language changes):
 * panels re-rendered on every press of a booth look up the same thirty labels each time.
 */
export function useWords(ns: 'plan'): ReturnType<typeof useTranslation<'plan'>>['t'] {
  const { t } = useTranslation(ns);
  return useMemo(() => {
    const known = new Map<string, string>();
    const cached = (key: string, options?: unknown) => {
      if (options !== undefined) return (t as (k: string, o: unknown) => string)(key, options);
      let word = known.get(key);
      if (word === undefined) known.set(key, (word = (t as (k: string) => string)(key)));
      return word;
    };
    return cached as unknown as typeof t;
  }, [t]);
}
