import { build, type BuildOptions, type Metafile } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { desktopCoreBuildOptions, mainBuildOptions } from '../../../build/scripts/desktop.mjs';

/** What must wait until the window is up: the rules, their schemas, the database driver. */
const AFTER_THE_WINDOW = ['zod', 'better-sqlite3', 'i18next', 'papaparse', 'pdfkit', 'exceljs'];
const RULES = ['shared/api/contract.ts', 'electron/app-core.ts', 'electron/handlers/', 'electron/services/library.ts'];

async function built(options: BuildOptions): Promise<{ text: string; output: Metafile['outputs'][string]; inputs: string[] }> {
  const result = await build({
    ...options,
    write: false,
    metafile: true,
    sourcemap: false,
    outfile: '/tmp/fairfloor-desktop-main/out.cjs',
  });
  const [name, output] = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('.cjs'))!;
  const text = result.outputFiles.find((f) => f.path.endsWith(name.split('/').pop()!))!.text;
  return { text, output, inputs: Object.keys(output.inputs) };
}

describe('the desktop main process, as built', () => {
  it('makes the window without the rules: main.cjs carries no contract, schemas, handlers or database driver', async () => {
    const main = await built((await mainBuildOptions()) as BuildOptions);
    expect(main.inputs).toContain('electron/main.ts'); // the check sees what is bundled
    for (const part of RULES)
      expect(
        main.inputs.filter((i) => i.includes(part)),
        part,
      ).toEqual([]);
    const loaded = main.output.imports.filter((i) => i.kind !== 'dynamic-import').map((i) => i.path);
    expect(loaded).toContain('electron');
    for (const name of AFTER_THE_WINDOW)
      expect(
        loaded.filter((p) => p === name || p.startsWith(`${name}/`)),
        name,
      ).toEqual([]);
    // The rules come from desktop-core.cjs, loaded on demand, never at start.
    const core = main.output.imports.filter((i) => i.path.includes('desktop-core'));
    expect(core).toEqual([{ path: './desktop-core.cjs', kind: 'dynamic-import', external: true }]);
    expect(main.text).toContain('import("./desktop-core.cjs")');
  });

  it('builds desktop-core.cjs with the rules, loadable by the main process (no electron inside)', async () => {
    const core = await built(desktopCoreBuildOptions() as BuildOptions);
    expect(core.inputs).toContain('shared/api/contract.ts');
    expect(core.output.imports.map((i) => i.path)).not.toContain('electron');
    // Built into the project (so its packages resolve from node_modules, as in the app) and loaded as main.cjs loads it.
    mkdirSync('dist', { recursive: true });
    const dir = mkdtempSync(join(process.cwd(), 'dist', 'desktop-core-test-'));
    try {
      await build({
        ...(desktopCoreBuildOptions() as BuildOptions),
        sourcemap: false,
        outfile: join(dir, 'desktop-core.cjs'),
        logLevel: 'silent',
      });
      const loaded = (await import(pathToFileURL(join(dir, 'desktop-core.cjs')).href)) as { startDesktopCore?: unknown };
      expect(typeof loaded.startDesktopCore).toBe('function');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
