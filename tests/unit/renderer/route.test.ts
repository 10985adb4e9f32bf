import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../../renderer/app/route';

describe('routes', () => {
  it('round-trips every screen through the address bar', () => {
    const fair = { screen: 'fair', fairId: 'a1b2-c3', section: 'sales' } as const;
    expect(parseRoute(routeHref(fair))).toEqual(fair);
    expect(parseRoute(routeHref({ screen: 'library' }))).toEqual({ screen: 'library' });
  });
  it('falls back to the plan for an unknown section, and to the library for anything else', () => {
    expect(parseRoute('#/fair/x/nonsense')).toEqual({ screen: 'fair', fairId: 'x', section: 'plan' });
    expect(parseRoute('#/elsewhere')).toEqual({ screen: 'library' });
    expect(parseRoute('')).toEqual({ screen: 'library' });
  });
});
