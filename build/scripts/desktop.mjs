// The desktop main process's build: main.cjs makes the window; the rules (contract, handlers, database
// driver) are desktop-core.cjs beside it, which main.cjs loads once the window is up.
import { contractMethodNames, electronBundle as common } from './preload.mjs';

/** main.ts's `import('./desktop-core')` stays a load of the built file at run time, never bundled in. */
const coreApart = {
  name: 'desktop-core-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/desktop-core$/ }, () => ({ path: './desktop-core.cjs', external: true }));
  },
};

/** esbuild options for dist/electron/main.cjs (`write: false` in tests that look into it). */
export async function mainBuildOptions(overrides = {}) {
  return {
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.cjs',
    // Dependencies stay in node_modules: native better-sqlite3 and pdfkit's data files must not be bundled.
    packages: 'external',
    external: ['electron'],
    plugins: [coreApart],
    // Every `import()` becomes a `require()` run later: Electron's ESM loader has not always found files
    // inside the app's asar archive, its CommonJS loader always has.
    supported: { 'dynamic-import': false },
    define: {
      // The update feed is fixed when the installers are built (empty: updates are off, said once in the log).
      __FAIRFLOOR_UPDATE_URL__: JSON.stringify(process.env.FAIRFLOOR_UPDATE_URL ?? ''),
      // The IPC channels are registered before the rules load: their names, as for the preload.
      __FAIRFLOOR_METHOD_NAMES__: JSON.stringify(await contractMethodNames()),
    },
    ...overrides,
  };
}

/** esbuild options for dist/electron/desktop-core.cjs. */
export function desktopCoreBuildOptions(overrides = {}) {
  return {
    ...common,
    entryPoints: ['electron/desktop-core.ts'],
    outfile: 'dist/electron/desktop-core.cjs',
    packages: 'external',
    ...overrides,
  };
}
