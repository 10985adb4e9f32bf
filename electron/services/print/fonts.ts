import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/**
 * The embedded TTFs. Be Vietnam Pro is drawn for Vietnamese; DejaVu Sans fills in the characters
 * it lacks (Greek, Cyrillic, symbols). `@fontsource` files are split into subsets and cannot be used.
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  bold: '@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf',
  fallback: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  fallbackBold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;

export type FaceName = keyof typeof FONT_FILES;

/**
 * The Times-style serif administrative documents use (Decree 30): Tinos has the metrics of Times
 * New Roman, so a page laid out here breaks where Word's does, and has every Vietnamese letter.
 */
const SERIF_FILES = {
  serif: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  serifBold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  serifItalic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  serifBoldItalic: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
} as const;
export type SerifFace = keyof typeof SERIF_FILES;
export const SERIF_FACES = Object.keys(SERIF_FILES) as SerifFace[];
const FILES: Record<FaceName | SerifFace, string> = { ...FONT_FILES, ...SERIF_FILES };

// The main process is bundled as CommonJS (has __dirname); browser mode and tests run as ES modules.
const resolveBase =
  typeof __dirname === 'string' ? join(__dirname, 'index.js') : resolve(process.argv[1] ?? join(process.cwd(), 'index.js'));

const cache = new Map<FaceName | SerifFace, Buffer>();

/** The bytes of one face, read once per process: pdfkit subsets them into each PDF. */
export function fontBytes(face: FaceName | SerifFace): Buffer {
  let bytes = cache.get(face);
  if (!bytes) {
    let path: string;
    try {
      path = createRequire(resolveBase).resolve(FILES[face]);
    } catch {
      path = createRequire(join(process.cwd(), 'index.js')).resolve(FILES[face]);
    }
    bytes = readFileSync(path);
    cache.set(face, bytes);
  }
  return bytes;
}

export const FACES = Object.keys(FONT_FILES) as FaceName[];

/** A face as pdfkit's font engine parsed it: what `registerFont` also accepts in place of the bytes. */
interface ParsedFace {
  layout: (...args: never[]) => unknown;
}
/** What is reached into on a pdfkit document: the font it draws with, parsed. */
interface FontHolder {
  font(name: string): unknown;
  registerFont(name: string, src: Buffer): unknown;
  _font: { font: ParsedFace };
}
const parsed = new Map<FaceName | SerifFace, ParsedFace>();

/**
 * Registers faces on a document. The first document parses each face's tables (a good part of a
 * small PDF's time); later ones get that parsed face, which draws the same glyphs. Each document
 * still keeps its own subset of the glyphs it uses.
 */
export function registerFaces(doc: object, faces: readonly (FaceName | SerifFace)[]): void {
  const d = doc as FontHolder;
  for (const face of faces) {
    const known = parsed.get(face);
    d.registerFont(face, (known as unknown as Buffer | undefined) ?? fontBytes(face));
    if (!known) {
      d.font(face);
      parsed.set(face, d._font.font);
    }
  }
}
