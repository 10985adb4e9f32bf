import type { Doc } from './document';

/** A glyph as the font engine (fontkit) gives it. */
interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
/** The parts of pdfkit's embedded font used to write text without its layout machinery. */
export interface EmbeddedFont {
  id: string;
  ascender: number;
  descender: number;
  lineGap: number;
  /** 1000 / units per em. */
  scale: number;
  font: { glyphForCodePoint(codePoint: number): Glyph };
  /** The glyphs this document embeds: a glyph's id in the subset. */
  subset: { includeGlyph(glyphId: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}
interface DocInternals {
  _font: EmbeddedFont;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: string): unknown;
}

/** A face registered on the document, as pdfkit embeds it. */
export function embeddedFont(doc: Doc, face: string): EmbeddedFont {
  doc.font(face);
  return (doc as unknown as DocInternals)._font;
}

/** A word (no spaces) as written: its glyphs in the subset (hex) and its advance at 1 pt. */
interface Word {
  hex: string;
  advance: number;
}

/** Marks that are not part of a precomposed letter need the shaper to be placed. */
const MARK = /\p{M}/u;
const num = (n: number) => Math.round(n * 100) / 100;

/**
 * Many short lines of text (a long table's cells) written as one content-stream operation per
 * batch. pdfkit's `text()` shapes, measures and writes a dozen operations for every line, which
 * cost seconds on a 2,500-row list. Here each character maps to its glyph through the font's own
 * character map, as Word sets Times New Roman (no kerning, no ligatures): NFC Vietnamese has a
 * precomposed glyph for every letter. Text the map cannot carry (a loose mark, a character the face
 * lacks) is refused, and the caller writes it with pdfkit instead.
 */
export class TextBatch {
  private ops: string[] = [];
  private readonly used = new Set<EmbeddedFont>();
  /** Words already mapped, per face: a report repeats the same words thousands of times. */
  private readonly words = new Map<EmbeddedFont, Map<string, Word | null>>();
  /** The text state of the open text object, so a line repeats neither its font nor its absolute position. */
  private state = { font: '', x: 0, y: 0 };

  constructor(private readonly doc: Doc) {}

  private word(font: EmbeddedFont, text: string): Word | null {
    let byText = this.words.get(font);
    if (!byText) this.words.set(font, (byText = new Map()));
    let w = byText.get(text);
    if (w !== undefined) return w;
    w = { hex: '', advance: 0 };
    for (const ch of text) {
      const glyph = MARK.test(ch) ? null : font.font.glyphForCodePoint(ch.codePointAt(0)!);
      if (!glyph || glyph.id === 0) {
        w = null;
        break;
      }
      // As pdfkit's own encode: the glyph joins the subset with its width and the text it stands for (copy and search).
      const gid = font.subset.includeGlyph(glyph.id);
      font.widths[gid] ??= glyph.advanceWidth * font.scale;
      // The text a glyph stands for is the character mapped here: a glyph the shaper made first may carry none.
      if (!font.unicode[gid]?.length) font.unicode[gid] = [ch.codePointAt(0)!];
      w.hex += gid.toString(16).padStart(4, '0');
      w.advance += (glyph.advanceWidth * font.scale) / 1000;
    }
    byText.set(text, w);
    return w;
  }

  /** Width in points of `text` as `line` writes it, or null when it cannot write it. */
  width(font: EmbeddedFont, text: string, size: number): number | null {
    const words = text.split(' ');
    let unit = 0;
    for (const part of words) {
      const w = this.word(font, part);
      if (!w) return null;
      unit += w.advance;
    }
    if (words.length > 1) {
      const space = this.word(font, ' ');
      if (!space) return null;
      unit += space.advance * (words.length - 1);
    }
    return unit * size;
  }

  /**
   * Adds one line of NFC text with its top-left at (x, y) in page points (y down), each space
   * widened by `wordGap` points (a justified line); false when it cannot write the text.
   */
  line(font: EmbeddedFont, size: number, x: number, y: number, text: string, wordGap = 0): boolean {
    if (!text) return true;
    const words = text.split(' ');
    let hex = '';
    if (words.length === 1) {
      const w = this.word(font, text);
      if (!w) return false;
      hex = w.hex;
    } else {
      const space = this.word(font, ' ');
      if (!space) return false;
      // Text space moves by −n/1000 of the font size for a number n in a TJ array.
      const between = wordGap ? `${space.hex}> ${num((-wordGap * 1000) / size)} <` : space.hex;
      for (let i = 0; i < words.length; i++) {
        const w = this.word(font, words[i]!);
        if (!w) return false;
        hex += i ? between + w.hex : w.hex;
      }
    }
    const page = (this.doc as unknown as DocInternals).page;
    const baseline = page.height - y - (font.ascender / 1000) * size;
    const s = this.state;
    const tf = `/${font.id} ${num(size)}`;
    if (tf !== s.font) this.ops.push(`${tf} Tf`);
    this.ops.push(`${num(x - s.x)} ${num(baseline - s.y)} Td [<${hex}>] TJ`);
    this.state = { font: tf, x: num(x - s.x) + s.x, y: num(baseline - s.y) + s.y };
    this.used.add(font);
    return true;
  }

  /**
   * Writes the lines added since the last flush on the current page, in black, or in the fill
   * colour already set on the document when `color` is 'current' (a map's white-on-red label).
   */
  flush(color: 'black' | 'current' = 'black'): void {
    if (!this.ops.length) return;
    const d = this.doc as unknown as DocInternals;
    for (const font of this.used) d.page.fonts[font.id] ??= font.ref();
    // The page's user space is flipped (y down); text is written in PDF's own space, y up.
    const fill = color === 'black' ? '0 g ' : '';
    d.addContent(`q ${fill}1 0 0 -1 0 ${num(d.page.height)} cm BT ${this.ops.join(' ')} ET Q`);
    this.ops = [];
    this.used.clear();
    this.state = { font: '', x: 0, y: 0 };
  }
}
