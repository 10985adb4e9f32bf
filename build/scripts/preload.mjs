// The preload's build: the contract's method names are computed here and written in as a constant,
// so the sandboxed preload bundles no zod and no schema (it needs the names only).
import { build } from 'esbuild';
import { nodeBundle, root } from './node-bundle.mjs';

/** Loads shared/api/contract.ts through esbuild (it is TypeScript) and returns its method names. */
export async function contractMethodNames() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['shared/api/contract.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const source = result.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  return [...module.METHOD_NAMES];
}

/** What every bundle of the desktop app (main, core, preload) is built with: CommonJS for Electron's Node. */
export const electronBundle = { ...nodeBundle, format: 'cjs' };

/** esbuild options for dist/electron/preload.cjs (`write: false` in tests that measure it). */
export async function preloadBuildOptions(overrides = {}) {
  return {
    ...electronBundle,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    external: ['electron'],
    define: { __FAIRFLOOR_METHOD_NAMES__: JSON.stringify(await contractMethodNames()) },
    ...overrides,
  };
}
