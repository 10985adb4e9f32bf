import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

type Translate = (key: string, options?: unknown) => string;
type Namespace = 'plan' | 'venue';

/**
 * A `t` that remembers each word looked up without options; with options (counts, names) every call
 * is passed through, since the words differ. `known` may be shared by every panel of one language.
 */
export function rememberWords<T extends Translate>(t: T, known = new Map<string, string>()): T {
  const remembered = (key: string, options?: unknown) => {
    if (options !== undefined) return t(key, options);
    let word = known.get(key);
    if (word === undefined) known.set(key, (word = t(key)));
    return word;
  };
  return remembered as T;
}

/**
 * The words every plan panel has looked up, one table per language and namespace: a panel mounted
 * for the first time (the inspector on the first press of a booth) finds the toolbar's and the
 * screen's words already known. Forgotten when a catalogue is added (a word asked for too early).
 */
const tables = new Map<string, Map<string, string>>();
const watched = new WeakSet<object>();
export function wordTable(language: string, ns: string, store?: { on(event: 'added', fn: () => void): void }): Map<string, string> {
  if (store && !watched.has(store)) {
    watched.add(store);
    store.on('added', () => tables.clear());
  }
  const id = `${language}|${ns}`;
  let table = tables.get(id);
  if (!table) tables.set(id, (table = new Map()));
  return table;
}

/**
 * The feature's `t`, remembering its words until the language changes (react-i18next hands out a
 * new `t` then): panels re-rendered on every press or drop of a booth look up the same labels each
 * time, and i18next takes tens of microseconds a lookup.
 */
export function useWords<N extends Namespace = 'plan'>(ns: N): ReturnType<typeof useTranslation<N>>['t'] {
  const { t, i18n } = useTranslation(ns);
  const language = i18n.language;
  return useMemo(
    () => rememberWords(t as unknown as Translate, wordTable(language, ns, i18n.store)) as unknown as typeof t,
    [t, language, ns, i18n.store],
  );
}
