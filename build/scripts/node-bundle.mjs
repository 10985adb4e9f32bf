// What every esbuild bundle that runs in Node (the main process, its rules, the preload, the server,
// the job worker) is built with; each adds its entry, output and module format.
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export const nodeBundle = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
};
