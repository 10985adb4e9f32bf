import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Libraries the server and the desktop app load the first time they are needed (electron/services/lazy-modules.ts, the updater), never at start. */
const ON_FIRST_USE = ['pdfkit', 'exceljs', 'docx', 'qrcode', 'fflate', 'electron-updater'];

/** The packages a bundle loads when it starts: its static imports (a dynamic `import()` loads on first use). */
async function loadedAtStart(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    external: ['electron'],
    write: false,
    outdir: '/tmp/fairfloor-start-imports',
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint)!;
  return output.imports.filter((i) => i.external && i.kind === 'import-statement').map((i) => i.path);
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
});
