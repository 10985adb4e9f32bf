import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Libraries the server and the desktop app load the first time they are needed (electron/services/lazy-modules.ts, the updater), never at start. */
const ON_FIRST_USE = ['pdfkit', 'exceljs', 'docx', 'qrcode', 'fflate', 'electron-updater'];

/** What browser mode loads after it has printed its address and sent the page (electron/server/late-start.ts). */
const AFTER_THE_PAGE = ['zod', 'better-sqlite3', 'i18next', 'papaparse'];

/**
 * The packages a bundle loads when it starts: its static imports, and those of the chunks it imports
 * statically (a dynamic `import()` loads on first use, from a chunk of its own when `splitting`).
 */
async function loadedAtStart(entry: string, splitting = false): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    external: ['electron'],
    write: false,
    outdir: '/tmp/fairfloor-start-imports',
    splitting,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const [entryFile] = Object.entries(outputs).find(([, o]) => o.entryPoint)!;
  const loaded = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of outputs[file]!.imports) {
      if (i.kind !== 'import-statement') continue;
      if (i.external) loaded.add(i.path);
      else walk(i.path);
    }
  };
  walk(entryFile);
  return [...loaded];
}

describe('what loads at start', () => {
  it.each(['electron/server/serve-main.ts', 'electron/main.ts'])(
    '%s loads no document, archive or update library at start',
    async (entry) => {
      const atStart = await loadedAtStart(entry);
      expect(atStart).toContain('better-sqlite3'); // the check sees the static imports
      for (const name of ON_FIRST_USE) expect(atStart, name).not.toContain(name);
    },
  );

  it('browser mode, built in chunks as the build does, serves the page before it loads the rules and the database driver', async () => {
    const atStart = await loadedAtStart('electron/server/serve-main.ts', true);
    expect(atStart).toContain('node:util'); // the check sees the entry's own imports
    for (const name of AFTER_THE_PAGE) expect(atStart, name).not.toContain(name);
  });
});
