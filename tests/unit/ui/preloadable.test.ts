import { createElement, Suspense, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { preloadableNamed } from '../../../renderer/ui/lazyNamed';

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
  });
});
