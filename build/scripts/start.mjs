// `npm start`: build, then launch the desktop app; where Electron's binary cannot be had, browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const DOWNLOAD_TIMEOUT_MS = 120_000;

/** The Electron binary if it is on disk, after one attempt to fetch it; null when it cannot be had. */
function electronBinary() {
  const pkgDir = dirname(require.resolve('electron/package.json'));
  const located = () => {
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  };
  if (located()) return located();
  if (process.env.FAIRFLOOR_BROWSER_MODE) return null;
  console.log('Fetching the Electron runtime (first launch only)…');
  const result = spawnSync(process.execPath, [join(pkgDir, 'install.js')], { stdio: 'ignore', timeout: DOWNLOAD_TIMEOUT_MS });
  return result.status === 0 ? located() : null;
}

await buildAll({ quiet: true });
const binary = electronBinary();
const args = process.argv.slice(2);
if (binary) {
  const child = spawn(binary, [root, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    "Electron's desktop runtime could not be downloaded (this computer seems to be offline), so FairFloor starts in browser mode instead.",
  );
  const child = spawn(process.execPath, [join(root, 'dist/server/serve.mjs'), ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
