import { createElement, lazy, useEffect, useState, type ComponentType } from 'react';

/**
 * A component loaded with its module the first time it is shown (a dialog opened from the library,
 * a file dropped on the window): its code stays out of the bundle that shows the library.
 */
export function lazyNamed<P extends object, K extends string>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
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
  const preload = (): Promise<ComponentType<P>> => (loading ??= load().then((m) => (loaded = m[name])));
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
