import { lazy, type ComponentType } from 'react';

/**
 * A component loaded with its module the first time it is shown (a dialog opened from the library,
 * a file dropped on the window): its code stays out of the bundle that shows the library.
 */
export function lazyNamed<P extends object, K extends string>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
