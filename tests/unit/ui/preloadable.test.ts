import { createElement, Suspense, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { preloadableNamed } from '../../../renderer/ui/lazyNamed';

// The strings of the screens past the library load with their code: counted here, not loaded.
const catalogues = vi.hoisted(() => ({ loads: 0 }));
vi.mock('../../../renderer/i18n', () => ({ loadCatalogues: async () => void catalogues.loads++ }));

/** A module with one screen, as a dynamic import gives it. */
const screenModule = async () => ({
  Screen: (({ name }: { name: string }) => createElement('p', null, `screen of ${name}`)) as ComponentType<{ name: string }>,
});

const inSuspense = (node: ReturnType<typeof createElement>) => renderToString(createElement(Suspense, { fallback: 'loading' }, node));

describe('a preloadable screen', () => {
  it('shows at once when its code was loaded ahead, without a fallback', async () => {
    const { Component, preload } = preloadableNamed(screenModule, 'Screen');
    await preload();
    const html = inSuspense(createElement(Component, { name: 'A' }));
    expect(html).toContain('<p>screen of A</p>');
    expect(html).not.toContain('loading');
  });

  it('suspends (the fallback shows) while its code is not here yet', () => {
    const { Component } = preloadableNamed(screenModule, 'Screen');
    expect(inSuspense(createElement(Component, { name: 'A' }))).toContain('loading');
  });

  it('loads its module once however often it is asked for', async () => {
    let loads = 0;
    const { preload } = preloadableNamed(async () => (loads++, screenModule()), 'Screen');
    await Promise.all([preload(), preload()]);
    await preload();
    expect(loads).toBe(1);
    expect(catalogues.loads).toBeGreaterThan(0);
  });
});
