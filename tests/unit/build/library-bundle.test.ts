import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';

/** What a screen other than the library needs: it loads when that screen or dialog is first opened. */
const NOT_AT_START = [
  'node_modules/recharts/',
  'node_modules/konva/',
  'node_modules/pdfjs-dist/',
  'node_modules/dxf/',
  'shared/api/contract.ts',
  'node_modules/zod/',
];

/** Every module the organizer's window loads before it can show the library: the entry and its static imports. */
async function libraryBundle(): Promise<string[]> {
  const built = (await build({ configFile: 'vite.config.ts', logLevel: 'silent', build: { write: false } })) as Rollup.RollupOutput;
  const chunks = new Map(built.output.flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
  const entry = [...chunks.values()].find((c) => c.isEntry && c.name === 'main')!;
  const seen = new Set<string>();
  const walk = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const next of chunks.get(fileName)!.imports) walk(next);
  };
  walk(entry.fileName);
  return [...seen].flatMap((f) => Object.keys(chunks.get(f)!.modules));
}

/** The strings of every screen past the library: they load with the first of those screens (loadCatalogues). */
const LATER_STRINGS = [/renderer\/features\/(?!library\/)[^/]+\/(.+\/)?messages[^/]*\.ts$/, /shared\/i18n\/(?!define\.ts$)[^/]+\.ts$/];

describe('the bundle that shows the library', () => {
  it('holds the library screen but no charts, canvas, PDF reader, drawing reader or contract schemas', async () => {
    const modules = await libraryBundle();
    expect(modules.some((m) => m.endsWith('renderer/features/library/LibraryScreen.tsx'))).toBe(true);
    for (const part of NOT_AT_START) expect(modules.filter((m) => m.includes(part)).slice(0, 3), part).toEqual([]);
    // The library's own strings are there; no other screen's are.
    expect(modules.some((m) => m.endsWith('renderer/features/library/messages.ts'))).toBe(true);
    for (const later of LATER_STRINGS) expect(modules.filter((m) => later.test(m)).slice(0, 3), String(later)).toEqual([]);
  }, 180_000);
});
