import { build, type BuildOptions, type Metafile } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { desktopCoreBuildOptions, mainBuildOptions } from '../../../build/scripts/desktop.mjs';
import { METHOD_NAMES } from '../../../shared/api/contract';
import { DESKTOP_CALL_CHANNELS } from '../../../electron/preload-api';

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

  it('run with a stand-in for Electron: the window is made before the rules load, every channel is in place, and the first call is answered', async () => {
    mkdirSync('dist', { recursive: true });
    const dir = mkdtempSync(join(process.cwd(), 'dist', 'desktop-main-test-'));
    const data = mkdtempSync(join(tmpdir(), 'fairfloor-desktop-main-'));
    try {
      await build({
        ...((await mainBuildOptions()) as BuildOptions),
        sourcemap: false,
        outfile: join(dir, 'main.cjs'),
        logLevel: 'silent',
      });
      await build({
        ...(desktopCoreBuildOptions() as BuildOptions),
        sourcemap: false,
        outfile: join(dir, 'desktop-core.cjs'),
        logLevel: 'silent',
      });
      const said = execFileSync(process.execPath, [join(__dirname, 'fixtures', 'electron-stand-in.mjs'), join(dir, 'main.cjs'), data], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      const seen = JSON.parse(said.trim().split('\n').pop()!) as {
        window: number;
        atWindow: string[];
        channelsAtWindow: number;
        afterCall: string[];
        reply: { ok: boolean; value?: { fairs: Array<{ name: string }> } };
      };
      expect(seen.window).toBe(1);
      // Nothing of the rules had loaded when the window was made...
      expect(seen.atWindow).toEqual([]);
      // ...yet every channel the page can call was registered in the same tick, before it could call.
      expect(seen.channelsAtWindow).toBe(METHOD_NAMES.length + DESKTOP_CALL_CHANNELS.length);
      // The first call loaded them (desktop-core.cjs, zod, the database driver) and was answered: the demo fair.
      expect(seen.afterCall.some((f) => f.endsWith('desktop-core.cjs'))).toBe(true);
      expect(seen.afterCall.some((f) => f.startsWith('better-sqlite3'))).toBe(true);
      expect(seen.reply.ok).toBe(true);
      expect(seen.reply.value?.fairs.length).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(data, { recursive: true, force: true });
    }
  }, 90_000);
});
