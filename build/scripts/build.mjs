// Builds the main process, the preload, the browser-mode server and the renderer into dist/.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { desktopCoreBuildOptions, mainBuildOptions } from './desktop.mjs';
import { preloadBuildOptions } from './preload.mjs';
import { nodeBundle as common, root } from './node-bundle.mjs';
import { serverBuildOptions } from './server.mjs';

export async function buildAll({ quiet = false } = {}) {
  const started = Date.now();
  // Chunk names carry a hash: the last build's chunks would pile up beside the new ones.
  rmSync(`${root}/dist/server/chunks`, { recursive: true, force: true });
  await Promise.all([
    // The window first, the rules from a bundle of their own (build/scripts/desktop.mjs).
    mainBuildOptions().then(esbuild),
    esbuild(desktopCoreBuildOptions()),
    // The sandboxed preload can require nothing but Electron: it carries the method names only.
    preloadBuildOptions().then(esbuild),
    esbuild(serverBuildOptions()),
    // The job worker thread (PDFs off the main thread), beside each of the two bundles that start it.
    esbuild({
      ...common,
      entryPoints: ['electron/services/jobs/job-worker.ts'],
      outfile: 'dist/electron/job-worker.cjs',
      format: 'cjs',
      packages: 'external',
    }),
    esbuild({
      ...common,
      entryPoints: ['electron/services/jobs/job-worker.ts'],
      outfile: 'dist/server/job-worker.mjs',
      format: 'esm',
      packages: 'external',
    }),
    viteBuild({ configFile: `${root}/vite.config.ts`, logLevel: quiet ? 'warn' : 'info' }),
  ]);
  if (!quiet) console.log(`Built FairFloor in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildAll({ quiet: process.argv.includes('--quiet') }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
