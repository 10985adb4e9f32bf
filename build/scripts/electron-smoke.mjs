// `npm run test:electron`: starts the real desktop app with Playwright's Electron driver and checks the
// shell (app:// page, bridge, menu, no Node in the page). Where Electron's binary is not installed it says
// so in one line and exits with 77 ("not run"), never 0: a smoke test that did not run is not a pass.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const NOT_RUN = 77;
const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

function electronBinary() {
  const pkgDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) {
  console.log(
    "Electron smoke test: NOT RUN — Electron's binary is not installed here (node_modules/electron/dist is missing); this is not a pass.",
  );
  process.exit(NOT_RUN);
}

await buildAll({ quiet: true });
const { _electron: electron } = await import('@playwright/test');
const dataDir = mkdtempSync(join(tmpdir(), 'fairfloor-smoke-'));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
const app = await electron.launch({
  executablePath: binary,
  args: [root, '--no-sandbox'],
  env: { ...process.env, FAIRFLOOR_DATA_DIR: dataDir, FAIRFLOOR_NO_UPDATES: '1' },
  timeout: 120_000,
});
try {
  const page = await app.firstWindow({ timeout: 120_000 });
  await page.waitForLoadState('domcontentloaded');
  check(page.url().startsWith('app://fairfloor/'), `the window shows the app from app:// (${page.url()})`);
  check(await page.evaluate(() => typeof window.require === 'undefined' && typeof window.process === 'undefined'), 'the page has no Node');
  const reply = await page.evaluate(() => window.fairfloor.listFairs({}));
  check(reply.ok === true, 'the bridge answers listFairs');
  check(await page.evaluate(() => typeof window.fairfloor.invoke === 'undefined'), 'the bridge has no generic invoke');
  const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label) ?? []);
  check(labels.includes('Tệp') && labels.includes('Trợ giúp'), `the menu is FairFloor's, in Vietnamese (${labels.join(', ')})`);
  const csp = await page.evaluate(async () => (await fetch('app://fairfloor/index.html')).headers.get('content-security-policy'));
  check(!!csp && csp.includes("default-src 'self'"), 'the page is served with the CSP');
  const escaped = await page.evaluate(async () => (await fetch('app://fairfloor/..%2F..%2Fpackage.json')).status);
  check(escaped === 404, 'app:// refuses a path outside the interface');
} finally {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
if (failures.length) {
  console.log(`Electron smoke test: FAILED (${failures.length})`);
  process.exit(1);
}
console.log('Electron smoke test: passed');
