import type { Language } from '../../../shared/model/fair';
import { cellText, type ReportTable } from '../../../shared/report/document';
import { wrap } from './fit-label';
import type { Progress } from './progress';
import type { Weight } from './typeset';
import { BOTTOM, MARGINS, SIZE, WIDTH, type Writer } from './report-pdf-writer';

/** Room for a table's title and unit lines; tables of up to this many rows are never split. */
const TABLE_TITLE_PT = 40;
const SHORT_TABLE_ROWS = 12;
const PAD = 3;
const FACE: Record<Weight, 'serif' | 'serifBold'> = { regular: 'serif', bold: 'serifBold' };

/**
 * An appendix table ("Biểu"): bordered cells, wrapped text, the header row repeated on every page.
 * Cells are wrapped here and written in one batch per row (see TextBatch): the exhibitor list of a
 * national expo has thousands of rows.
 */
export class ReportTables {
  constructor(
    private readonly w: Writer,
    private readonly language: Language,
  ) {}

  async draw(t: ReportTable, progress: Progress): Promise<void> {
    const { w } = this;
    const { measure, batch } = w;
    const size = t.columns.length > 5 ? SIZE.small : SIZE.table;
    const widths = t.columns.map((c) => c.width * WIDTH);
    const xs = widths.map((_v, i) => MARGINS.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const lineH = measure.lineHeight(size);
    /** Each cell's lines, wrapped to its column (a word wider than the column is broken). */
    const layout = (cells: string[], weight: Weight) =>
      cells.map((c, i) =>
        c
          .normalize('NFC')
          .split(/\r?\n/)
          .flatMap((part) => wrap(measure, part, size, widths[i]! - 2 * PAD, weight) ?? [part]),
      );
    const heightOf = (lines: string[][]) => Math.max(1, ...lines.map((l) => l.length)) * lineH + 2 * PAD;
    const drawRow = (lines: string[][], weight: Weight, header: boolean) => {
      const h = heightOf(lines);
      // The row's borders as one path: its outline and the lines between its cells.
      let path = `q 0.5 w 0 G ${r(MARGINS.left)} ${r(w.y)} ${r(WIDTH)} ${r(h)} re`;
      for (let i = 1; i < xs.length; i++) path += ` ${r(xs[i]!)} ${r(w.y)} m ${r(xs[i]!)} ${r(w.y + h)} l`;
      w.doc.addContent(`${path} S Q`);
      lines.forEach((cell, i) => {
        const align = header ? 'center' : t.columns[i]!.align;
        const inner = widths[i]! - 2 * PAD;
        cell.forEach((text, n) => {
          const free = align === 'left' ? 0 : inner - measure.width(text, size, weight);
          const x = xs[i]! + PAD + (align === 'center' ? free / 2 : free);
          const y = w.y + PAD + n * lineH;
          w.line(text, FACE[weight], size, x, y);
        });
      });
      batch.flush();
      w.y += h;
    };
    const headers = layout(
      t.columns.map((c) => c.header),
      'bold',
    );
    const rows = [
      ...t.rows.map((row, i) => ({ cells: row, bold: !!t.boldRows?.includes(i) })),
      ...(t.total ? [{ cells: t.total, bold: true }] : []),
    ];
    const rowLines = (row: (typeof rows)[number]) =>
      layout(
        row.cells.map((c) => cellText(c, this.language)),
        row.bold ? 'bold' : 'regular',
      );
    // The title and header never end a page alone: a short table stays whole, a long one keeps its first rows.
    const kept = rows.length <= SHORT_TABLE_ROWS ? rows : rows.slice(0, 3);
    const keptHeight = kept.reduce((h, row) => h + heightOf(rowLines(row)), 0);
    if (w.y + TABLE_TITLE_PT + heightOf(headers) + keptHeight > BOTTOM) w.page();
    w.text(`${t.label}. ${t.title}`, { face: 'serifBold', align: 'center', gap: 1 });
    if (t.unit) w.text(t.unit, { face: 'serifItalic', size: SIZE.table, align: 'right', gap: 2 });
    drawRow(headers, 'bold', true);
    for (const [i, row] of rows.entries()) {
      const lines = rowLines(row);
      if (w.y + heightOf(lines) > BOTTOM) {
        w.page();
        drawRow(headers, 'bold', true);
      }
      drawRow(lines, row.bold ? 'bold' : 'regular', false);
      if (i % 200 === 199) await progress.step(200);
    }
    w.y += 12;
  }
}

const r = (n: number) => Math.round(n * 1000) / 1000;
