import { lazy, type ComponentType } from 'react';
import { loadCatalogues } from '../i18n';

/**
 * A component loaded with its module the first time it is shown (a dialog opened from the library,
 * a file dropped on the window): its code, and the strings of the screens past the library, stay out
 * of the bundle that shows the library.
 */
export function lazyNamed<P extends object, K extends string>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(() => withCatalogues(load).then((m) => ({ default: m[name] })));
}

/** Loads a module of the screens past the library together with their strings. */
export function withCatalogues<M>(load: () => Promise<M>): Promise<M> {
  return Promise.all([load(), loadCatalogues()]).then(([m]) => m);
}
