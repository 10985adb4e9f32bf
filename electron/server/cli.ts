import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AppCore } from '../app-core';
import { startHttpServer } from './http';
import { startWhenPageRests } from './late-start';

/** Where fairs live in browser mode unless told otherwise. */
export function defaultDataDir(): string {
  return process.env.FAIRFLOOR_DATA_DIR ?? join(homedir(), '.fairfloor');
}

/** dist/server/serve.mjs sits two folders below package.json. */
function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No system browser here: the printed URL is enough.
  }
}

/** The app's rules behind the transport, and the worker thread that makes PDFs (built beside this file). */
async function loadCore(dataDir: string, staticDir: string, seedDemo: boolean): Promise<AppCore> {
  const { startAppCore } = await import('../app-core');
  const workerFile = join(import.meta.dirname, 'job-worker.mjs');
  return startAppCore({ dataDir, mode: 'browser', version: packageVersion(), seedDemo, staff: { staticDir }, workerFile });
}

/** `npm run serve`: browser mode, the same app over HTTP on 127.0.0.1. */
export async function serve(argv: string[] = process.argv.slice(2)): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      'static-dir': { type: 'string' },
      open: { type: 'boolean', default: true },
      'no-open': { type: 'boolean', default: false },
      'no-demo': { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const staticDir = resolve(values['static-dir'] ?? join(import.meta.dirname, '..', 'renderer'));
  // The address is printed as soon as the page can be served; the rules (contract schemas, handlers,
  // the database driver) load once the page's scripts are sent, while the browser evaluates them, and
  // the page's first calls wait for them.
  let core: AppCore | undefined;
  let load!: (core: Promise<AppCore>) => void;
  const loading = new Promise<AppCore>((resolve) => (load = resolve)).then((loaded) => (core = loaded));
  loading.catch(() => undefined); // said when awaited below
  let loadNow = () => {};
  const running = await startHttpServer({
    dispatch: (method, input) => core!.dispatch(method, input),
    get feed() {
      return core?.feed;
    },
    get uploads() {
      return core?.ctx.files;
    },
    ready: () => {
      loadNow();
      return loading;
    },
    staticDir,
    port,
  });
  console.log(`FairFloor is running in browser mode. Open ${running.appUrl}`);
  console.log(`Fairs are kept in ${dataDir}`);
  if (values.open && !values['no-open'] && !process.env.CI) openInBrowser(running.appUrl);
  loadNow = startWhenPageRests(running.server, () => load(loadCore(dataDir, staticDir, !values['no-demo'])));
  const stop = async () => {
    await running.close();
    await loading.catch(() => undefined);
    core?.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await loading;
}
