// Finds a Chromium for the end-to-end tests and benchmarks: Playwright's own when installed,
// else the system's; on a fresh Debian machine as root with neither, installs Debian's package.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags this machine's Chromium needs: no sandbox as root, no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export async function findChromium() {
  if (process.env.FAIRFLOOR_CHROMIUM && existsSync(process.env.FAIRFLOOR_CHROMIUM)) return process.env.FAIRFLOOR_CHROMIUM;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  return SYSTEM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export async function ensureChromium() {
  const found = await findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error('No Chromium found. Install one (Debian: apt-get install chromium) or set FAIRFLOOR_CHROMIUM to its path.');
  }
  console.log('No Chromium found: installing Debian’s chromium package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env });
  const installed = await findChromium();
  if (!installed) throw new Error('Installing chromium did not produce a browser.');
  return installed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureChromium()
    .then((path) => console.log(`Chromium for tests: ${path}`))
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}

/** For configs that cannot wait: the system's Chromium, or undefined to let Playwright use its own. */
export function systemChromium() {
  if (process.env.FAIRFLOOR_CHROMIUM && existsSync(process.env.FAIRFLOOR_CHROMIUM)) return process.env.FAIRFLOOR_CHROMIUM;
  return SYSTEM_CANDIDATES.find((p) => existsSync(p));
}
