import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAppCore } from '../electron/app-core';
import { startHttpServer } from '../electron/server/http';

const dataDir = mkdtempSync(join(tmpdir(), 'ff-look-'));
const core = createAppCore({ dataDir, mode: 'browser', version: 'look', seedDemo: true });
const server = await startHttpServer({ dispatch: core.dispatch, feed: core.feed, staticDir: resolve('dist/renderer') });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
await page.goto(server.appUrl);
await page.waitForTimeout(4000);
await page.screenshot({ path: '/tmp/shots/1-library.png' });
console.log(await page.locator('body').innerText().then((t) => t.slice(0, 600)));
await browser.close();
await server.close();
core.close();
