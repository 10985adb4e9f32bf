import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAppCore, type AppCore } from '../../electron/app-core';
import { startHttpServer } from '../../electron/server/http';

export interface RunningApp {
  /** The URL with the session token, as `npm start` prints it. */
  url: string;
  dataDir: string;
  core: AppCore;
}

interface Options {
  /** Start with the demo fair, as a first run does (default), or with an empty library. */
  seedDemo: boolean;
  /** The name the app asked for on first start; null starts as a first run that still asks. */
  userName: string | null;
  /** The UI language the app starts in, whatever the browser's locale (`locale` in test.use). */
  uiLanguage: 'vi' | 'en';
}

/** Each test gets browser mode on its own port with a fresh, throw-away data folder. */
export const test = base.extend<Options & { app: RunningApp }>({
  seedDemo: [true, { option: true }],
  userName: ['Nguyễn Thị Lan', { option: true }],
  uiLanguage: ['vi', { option: true }],
  app: async ({ seedDemo, userName, uiLanguage }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fairfloor-e2e-'));
    if (userName !== null) writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ language: uiLanguage, userName }));
    // Staff mode in tests offers the loopback address only: no byte ever goes to a real network.
    const staff = { staticDir: resolve('dist/renderer'), networks: () => [{ name: 'loopback', address: '127.0.0.1' }], port: 0 };
    const core = createAppCore({ dataDir, mode: 'browser', version: 'test', seedDemo, checkOutputs: true, staff });
    const server = await startHttpServer({
      dispatch: core.dispatch,
      feed: core.feed,
      uploads: core.ctx.files,
      staticDir: resolve('dist/renderer'),
    });
    await use({ url: server.appUrl, dataDir, core });
    await server.close();
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** Opens the app as a person does after `npm start`: the printed URL, in the browser. */
export async function openApp(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
