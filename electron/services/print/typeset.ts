import type PDFDocument from 'pdfkit';
import { FACES, registerFaces, type FaceName } from './fonts';
import { TextBatch, type EmbeddedFont as BatchFont } from './text-batch';

type Doc = InstanceType<typeof PDFDocument>;

/** The parts of pdfkit's embedded font that tell which characters it can draw and how tall a line is. */
interface EmbeddedFont extends BatchFont {
  font: BatchFont['font'] & { hasGlyphForCodePoint: (codePoint: number) => boolean };
  widthOfString: (text: string, size: number) => number;
}

export type Weight = 'regular' | 'bold';
interface Run {
  face: FaceName;
  text: string;
}

const FALLBACK: Record<Weight, FaceName> = { regular: 'fallback', bold: 'fallbackBold' };
/** Emoji, their joiners, skin tones and presentation selectors: no embedded face draws them, so they are dropped. */
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0e|\ufe0f|\u20e3/gu;
const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/**
 * Everything a PDF writes goes through here: text is NFC-normalized, emoji are dropped, each
 * character is drawn in Be Vietnam Pro, else DejaVu Sans, else left out (CJK, Thai…) rather than
 * printed as an empty box. Widths are measured at 1 pt once and scaled, since many labels repeat.
 *
 * A run of precomposed letters (all NFC Vietnamese) is measured from its glyphs' advances and written
 * straight into the page as the report's tables are (`TextBatch`): a map draws thousands of short
 * labels, and pdfkit's `text()` shapes each one through the font engine. Anything else (a loose
 * combining mark) goes through pdfkit, measured and written by the same engine.
 */
export class Typesetter {
  private readonly batch: TextBatch;
  private readonly fonts = new Map<FaceName, EmbeddedFont>();
  private readonly faceOf = new Map<string, FaceName | null>();
  private readonly unitWidths: Record<Weight, Map<string, number>> = { regular: new Map(), bold: new Map() };
  private readonly cleaned = new Map<string, string>();

  constructor(private readonly doc: Doc) {
    this.batch = new TextBatch(doc);
    registerFaces(doc, FACES);
    for (const face of FACES) {
      doc.font(face);
      this.fonts.set(face, (doc as unknown as { _font: EmbeddedFont })._font);
    }
    doc.font('regular');
  }

  /** The text as it will be printed: NFC, one line, only characters an embedded face can draw. */
  clean(text: string): string {
    let out = this.cleaned.get(text);
    if (out !== undefined) return out;
    const simple = text
      .normalize('NFC')
      .replace(EMOJI, '')
      .replace(/[\t\n\r\v\f]+/g, ' ')
      .replace(CONTROL, '');
    out = '';
    for (const ch of simple) if (this.face(ch, 'regular')) out += ch;
    out = out.replace(/ {2,}/g, ' ').trim();
    if (this.cleaned.size > 50_000) this.cleaned.clear();
    this.cleaned.set(text, out);
    return out;
  }

  private face(ch: string, weight: Weight): FaceName | null {
    const key = weight + ch;
    let face = this.faceOf.get(key);
    if (face !== undefined) return face;
    const cp = ch.codePointAt(0)!;
    const primary: FaceName = weight;
    face = this.fonts.get(primary)!.font.hasGlyphForCodePoint(cp)
      ? primary
      : this.fonts.get(FALLBACK[weight])!.font.hasGlyphForCodePoint(cp)
        ? FALLBACK[weight]
        : null;
    this.faceOf.set(key, face);
    return face;
  }

  /** Splits cleaned text into runs of one face. */
  private runs(text: string, weight: Weight): Run[] {
    const runs: Run[] = [];
    for (const ch of text) {
      const face = this.face(ch, weight) ?? weight;
      const last = runs[runs.length - 1];
      if (last && last.face === face) last.text += ch;
      else runs.push({ face, text: ch });
    }
    return runs;
  }

  /** Width in points of cleaned text at `size`. */
  width(text: string, size: number, weight: Weight = 'regular'): number {
    const widths = this.unitWidths[weight];
    let unit = widths.get(text);
    if (unit === undefined) {
      unit = 0;
      for (const run of this.runs(text, weight)) {
        const font = this.fonts.get(run.face)!;
        unit += this.batch.width(font, run.text, 1) ?? font.widthOfString(run.text, 1);
      }
      if (widths.size > 200_000) widths.clear();
      widths.set(text, unit);
    }
    return unit * size;
  }

  /** Height of one line at `size`: the primary face's ascender to descender (Vietnamese stacks marks high). */
  lineHeight(size: number): number {
    const f = this.fonts.get('regular')!;
    return ((f.ascender - f.descender) / 1000) * size;
  }

  /** Draws cleaned text with its top-left at (x, y); fallback runs share the primary face's baseline. */
  draw(text: string, x: number, y: number, size: number, weight: Weight = 'regular'): void {
    const doc = this.doc;
    doc.fontSize(size);
    const primaryAscender = this.fonts.get(weight)!.ascender;
    let cursor = x;
    for (const run of this.runs(text, weight)) {
      const font = this.fonts.get(run.face)!;
      const top = y + ((primaryAscender - font.ascender) / 1000) * size;
      const width = this.batch.width(font, run.text, size);
      if (width !== null && this.batch.line(font, size, cursor, top, run.text)) {
        cursor += width;
        continue;
      }
      this.batch.flush('current');
      doc.font(run.face);
      doc.text(run.text, cursor, top, { lineBreak: false });
      cursor += font.widthOfString(run.text, size);
    }
    this.batch.flush('current');
  }

  /** Cleaned text cut to `maxWidth`, ending in an ellipsis when it had to be cut. */
  truncate(text: string, size: number, maxWidth: number, weight: Weight = 'regular'): string {
    if (this.width(text, size, weight) <= maxWidth) return text;
    const chars = Array.from(text);
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.width(chars.slice(0, mid).join('').trimEnd() + '…', size, weight) <= maxWidth) lo = mid;
      else hi = mid - 1;
    }
    return lo === 0 ? '' : chars.slice(0, lo).join('').trimEnd() + '…';
  }
}
