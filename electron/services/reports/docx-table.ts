import { loadFflate } from '../lazy-modules';
import type { Language } from '../../../shared/model/fair';
import { cellText, type Align, type ReportTable } from '../../../shared/report/document';
import { escapeXml } from './xml';

/**
 * The report's tables written as WordprocessingML directly. The `docx` library builds a tree of
 * objects per cell and took half a minute on a 2,500-unit exhibitor list; a table is a few plain
 * elements, so it is written as text and put in place of a marker paragraph after packing.
 */

const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right' };

export interface TableLook {
  /** Twips, one per column. */
  widths: number[];
  /** Half-points. */
  size: number;
}

function cellXml(text: string, width: number, align: Align, bold: boolean, size: number): string {
  const rPr = `<w:rPr>${bold ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  // An empty cell's height comes from its paragraph mark, which then carries the table's size.
  const content = text
    ? `<w:pPr><w:jc w:val="${JC[align]}"/></w:pPr><w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text.normalize('NFC'))}</w:t></w:r>`
    : `<w:pPr><w:jc w:val="${JC[align]}"/>${rPr}</w:pPr>`;
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p>${content}</w:p></w:tc>`;
}

/** A bordered table: header row repeated on every page, rows never split across pages, totals bold. */
export function tableXml(t: ReportTable, language: Language, look: TableLook): string {
  const { widths, size } = look;
  const line = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const total = widths.reduce((a, b) => a + b, 0);
  const parts: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>`,
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(line).join('')}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/>',
    '<w:tblCellMar><w:top w:w="20" w:type="dxa"/><w:left w:w="60" w:type="dxa"/><w:bottom w:w="20" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar>',
    '</w:tblPr>',
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>${t.columns.map((c, i) => cellXml(c.header, widths[i]!, 'center', true, size)).join('')}</w:tr>`,
  ];
  const bold = new Set(t.boldRows ?? []);
  const row = (cells: readonly (string | number)[], isBold: boolean) =>
    `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells
      .map((v, i) => cellXml(cellText(v, language), widths[i]!, t.columns[i]!.align, isBold, size))
      .join('')}</w:tr>`;
  t.rows.forEach((r, i) => parts.push(row(r, bold.has(i))));
  if (t.total) parts.push(row(t.total, true));
  parts.push('</w:tbl>');
  return parts.join('');
}

/** The paragraph `docx` writes for a bare text run: the marker a table takes the place of. */
export const markerParagraph = (marker: string) => `<w:p><w:r><w:t xml:space="preserve">${marker}</w:t></w:r></w:p>`;

/** Puts each table's XML where its marker paragraph stands in the packed document. */
export async function placeTables(packed: Uint8Array, tables: ReadonlyMap<string, string>): Promise<Buffer> {
  const { unzipSync, zipSync } = await loadFflate();
  const files = unzipSync(packed);
  const path = 'word/document.xml';
  let xml = new TextDecoder().decode(files[path]);
  for (const [marker, table] of tables) {
    const at = xml.indexOf(markerParagraph(marker));
    if (at < 0) throw new Error(`report .docx: no place for ${marker}`);
    xml = xml.slice(0, at) + table + xml.slice(at + markerParagraph(marker).length);
  }
  files[path] = new TextEncoder().encode(xml);
  // Level 1: the tables repeat the same few elements, so the file is hardly larger and is made several times faster.
  return Buffer.from(zipSync(files, { level: 1 }));
}
