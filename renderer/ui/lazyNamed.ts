import { createElement, lazy, useEffect, useState, type ComponentType } from 'react';
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

/**
 * A lazy component whose module can be loaded ahead (`preload`): once loaded, the component shows
 * at once. React's lazy suspends on its first render even when the module is already here, and a
 * Suspense fallback, once shown, stays at least 300 ms: opening a fair paid that twice in a row
 * (the workspace, then its plan screen) before the plan was even asked for.
 */
export function preloadableNamed<P extends object, K extends string>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  // With the strings of the screens past the library, as `lazyNamed`.
  const preload = (): Promise<ComponentType<P>> => (loading ??= withCatalogues(load).then((m) => (loaded = m[name])));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Preloadable(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component would remount it.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? (Lazy as unknown as ComponentType<P>));
    return createElement(Component, props);
  }
  /**
   * True once the module is here (asking for it if need be): a screen can show its own "loading"
   * line until then instead of suspending (a failed load is true too: the component then throws it).
   */
  function useLoaded(): boolean {
    const [done, setDone] = useState(() => loaded !== null);
    useEffect(() => {
      if (done) return;
      let live = true;
      const settle = () => live && setDone(true);
      preload().then(settle, settle);
      return () => {
        live = false;
      };
    }, [done]);
    return done;
  }
  return { Component: Preloadable, preload, useLoaded };
}
