import type { Align } from '../../../shared/report/document';
import type { Doc } from './document';
import { wrap, type Measure } from './fit-label';
import { SERIF_FACES, type SerifFace } from './fonts';
import { embeddedFont, TextBatch, type EmbeddedFont } from './text-batch';
import type { Weight } from './typeset';

/** Decree 30/2020/NĐ-CP: A4 portrait; margins top 20, bottom 20, left 30, right 15 mm. */
export const MM = 72 / 25.4;
export const A4: [number, number] = [595.28, 841.89];
export const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
export const WIDTH = A4[0] - MARGINS.left - MARGINS.right;
export const BOTTOM = A4[1] - MARGINS.bottom;
/** Points, as the .docx: body 14, header lines 12–13, tables 12, the exhibitor list 10. Tinos has Times's metrics. */
export const SIZE = { body: 14, header: 12.5, table: 11.5, small: 10 };
export const LINE_GAP = 1.5;

export interface Style {
  face?: SerifFace;
  size?: number;
  align?: Align | 'justify';
  /** First-line indent, in points. */
  indent?: number;
  gap?: number;
}

const WEIGHT_FACE: Record<Weight, SerifFace> = { regular: 'serif', bold: 'serifBold' };

/**
 * Writes the report down A4 pages: paragraphs wrapped, aligned or justified, and moved to a new
 * page when they would not fit. Text goes through one TextBatch (see there) and only what its
 * character map cannot carry through pdfkit's own shaping writer.
 */
export class Writer {
  y = MARGINS.top;
  readonly batch: TextBatch;
  private readonly fonts: Record<SerifFace, EmbeddedFont>;
  /** Serif widths in points, for wrapping: the batch's, else pdfkit's. */
  readonly measure: Measure;

  constructor(readonly doc: Doc) {
    this.batch = new TextBatch(doc);
    this.fonts = Object.fromEntries(SERIF_FACES.map((f) => [f, embeddedFont(doc, f)])) as Record<SerifFace, EmbeddedFont>;
    this.measure = {
      width: (text, size, weight = 'regular') => this.width(text, WEIGHT_FACE[weight], size),
      lineHeight: (size) => this.lineHeight('serif', size),
    };
  }

  page(): void {
    this.doc.addPage({ size: A4, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    this.y = MARGINS.top;
  }

  /** Width in points of one line of NFC text. */
  width(text: string, face: SerifFace, size: number): number {
    return this.batch.width(this.fonts[face], text, size) ?? this.doc.font(face).fontSize(size).widthOfString(text);
  }

  /** The distance from one line to the next, as pdfkit spaces lines (the face's own gap, plus LINE_GAP). */
  lineHeight(face: SerifFace, size: number): number {
    const f = this.fonts[face];
    return ((f.ascender - f.descender + f.lineGap) / 1000) * size + LINE_GAP;
  }

  /** Writes one line with its top-left at (x, y); pdfkit writes what the batch cannot. */
  line(text: string, face: SerifFace, size: number, x: number, y: number, wordGap = 0): void {
    if (this.batch.line(this.fonts[face], size, x, y, text, wordGap)) return;
    this.batch.flush();
    this.doc.font(face).fontSize(size).fillColor('#000000');
    this.doc.text(text, x, y, { lineBreak: false, ...(wordGap ? { wordSpacing: wordGap } : {}) });
  }

  /** A paragraph's lines within `width` (the first `indent` narrower); a line break in the text starts a new line. */
  lines(text: string, s: Style, width: number): string[] {
    const size = s.size ?? SIZE.body;
    const weight: Weight = s.face === 'serifBold' ? 'bold' : 'regular';
    const face = s.face ?? 'serif';
    const measure: Measure = { ...this.measure, width: (t, z) => this.width(t, face, z) };
    const out: string[] = [];
    for (const raw of text.normalize('NFC').split(/\r?\n/)) {
      const part = raw.replace(/\s+/g, ' ').trim();
      const indent = out.length === 0 ? (s.indent ?? 0) : 0;
      // The first line is `indent` narrower: wrap it alone, then the rest at full width.
      const first = wrap(measure, part, size, width - indent, weight) ?? [part];
      if (first.length <= 1 || !indent) out.push(...first);
      else {
        out.push(first[0]!);
        const rest = part.slice(first[0]!.length).trim();
        out.push(...(wrap(measure, rest, size, width, weight) ?? [rest]));
      }
    }
    return out;
  }

  height(text: string, width: number, s: Style): number {
    return this.lines(text, s, width).length * this.lineHeight(s.face ?? 'serif', s.size ?? SIZE.body);
  }

  /** Writes a paragraph at (x, y) within width; moves to a new page first when its first lines would not fit. */
  text(text: string, s: Style = {}, x = MARGINS.left, width = WIDTH): number {
    const face = s.face ?? 'serif';
    const size = s.size ?? SIZE.body;
    const lines = this.lines(text, s, width);
    const lineH = this.lineHeight(face, size);
    const h = lines.length * lineH;
    if (this.y + Math.min(h, 3 * size) > BOTTOM) this.page();
    lines.forEach((line, i) => {
      if (this.y + lineH > BOTTOM + LINE_GAP) {
        this.batch.flush();
        this.page();
      }
      const indent = i === 0 ? (s.indent ?? 0) : 0;
      const room = width - indent;
      const w = this.width(line, face, size);
      const align = s.align ?? 'left';
      const words = line.split(' ').length;
      // Justified lines stretch their spaces to the full width; the paragraph's last line stays as it is.
      const stretch = align === 'justify' && i < lines.length - 1 && words > 1 ? (room - w) / (words - 1) : 0;
      const dx = align === 'center' ? (room - w) / 2 : align === 'right' ? room - w : 0;
      this.line(line, face, size, x + indent + dx, this.y, Math.max(0, stretch));
      this.y += lineH;
    });
    this.batch.flush();
    this.y += s.gap ?? 0;
    return h;
  }

  /** A centred rule under a line of text, as wide as the text (the motto and issuing body rules). */
  rule(cx: number, width: number, y: number): void {
    this.doc
      .moveTo(cx - width / 2, y)
      .lineTo(cx + width / 2, y)
      .lineWidth(0.6)
      .stroke('#000000');
  }

  textWidth(text: string, face: SerifFace, size: number): number {
    return this.width(text.normalize('NFC'), face, size);
  }
}
