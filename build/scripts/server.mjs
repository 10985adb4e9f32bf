// The browser-mode server's build, split: serve.mjs listens and serves the page at once; the rules load
// from chunks/ beside it (electron/server/late-start.ts).
import { nodeBundle } from './node-bundle.mjs';

/** esbuild options for dist/server/serve.mjs and its chunks (another `outdir` in tests). */
export function serverBuildOptions(overrides = {}) {
  return {
    ...nodeBundle,
    entryPoints: { serve: 'electron/server/serve-main.ts' },
    outdir: 'dist/server',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    format: 'esm',
    packages: 'external',
    ...overrides,
  };
}
