import { startTransition, useEffect, useState } from 'react';

export const SECTIONS = ['plan', 'exhibitors', 'transfers', 'sales', 'reports'] as const;
export type Section = (typeof SECTIONS)[number];

export type Route = { screen: 'library' } | { screen: 'fair'; fairId: string; section: Section };

/** `#/fair/<id>/<section>`: the location survives a reload and the back button works. */
export function parseRoute(hash: string): Route {
  const [, kind, fairId, section] = hash.replace(/^#/, '').split('/');
  if (kind === 'fair' && fairId) {
    return {
      screen: 'fair',
      fairId: decodeURIComponent(fairId),
      section: (SECTIONS as readonly string[]).includes(section ?? '') ? (section as Section) : 'plan',
    };
  }
  return { screen: 'library' };
}

export function routeHref(route: Route): string {
  return route.screen === 'library' ? '#/' : `#/fair/${encodeURIComponent(route.fairId)}/${route.section}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    // A transition: the screen on show stays until the next one's code is here, rather than a
    // "loading" line that React then holds for at least 300 ms.
    const onChange = () => startTransition(() => setRoute(parseRoute(window.location.hash)));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
