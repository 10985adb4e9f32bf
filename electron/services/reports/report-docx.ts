import type * as Docx from 'docx';
import type { FileBytes, Language } from '../../../shared/model/fair';
import type { Align, ReportDoc, ReportTable } from '../../../shared/report/document';
import { loadDocx } from '../lazy-modules';
import { placeTables, tableXml } from './docx-table';

/** The docx library: large, so loaded the first time a Word file is asked for, not when the app starts. */
let docx: typeof Docx;

/** Decree 30/2020/NĐ-CP: Times New Roman, A4 portrait, margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
const FONT = 'Times New Roman';
const MM = 56.6929; // twips per millimetre
const PAGE = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Half-points: body 14 pt, header lines 13 pt, tables 12 pt, the exhibitor list 11 pt. */
const SIZE = { body: 28, header: 26, table: 24, small: 22, recipients: 22 };

const NONE: Docx.IBorderOptions = { style: 'none', size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** docx's alignment values are these same words. */
const ALIGN: Record<Align, (typeof Docx.AlignmentType)[keyof typeof Docx.AlignmentType]> = {
  left: 'left',
  center: 'center',
  right: 'right',
};

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}
const run = (text: string, style: RunStyle = {}) =>
  new docx.TextRun({ text: text.normalize('NFC'), font: FONT, size: SIZE.body, ...style });

function line(text: string, style: RunStyle & { align?: Align; after?: number; before?: number; rule?: boolean; indent?: number } = {}) {
  const { align = 'center', after = 0, before = 0, rule, indent, ...runStyle } = style;
  return new docx.Paragraph({
    alignment: ALIGN[align],
    spacing: { after, before },
    // A short rule under the line, as wide as the words: the rule of the national motto and of the issuing body.
    border: rule ? { bottom: { style: docx.BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } : undefined,
    indent: indent ? { left: indent, right: indent } : undefined,
    children: [run(text, runStyle)],
  });
}

/** Body text: justified, first line indented 1 cm, 6 pt after, line spacing 1.15. */
const bodyPara = (text: string, italics = false) =>
  new docx.Paragraph({
    alignment: docx.AlignmentType.JUSTIFIED,
    spacing: { after: 120, line: 276 },
    indent: { firstLine: Math.round(10 * MM) },
    children: [run(text, { italics })],
  });

function headerBlock(doc: ReportDoc): Docx.Table {
  const h = doc.header;
  const left = [
    line(h.parentBody, { size: SIZE.table }),
    line(h.issuingBody, { size: SIZE.table, bold: true, rule: true, indent: Math.round(8 * MM) }),
    line(h.number, { size: SIZE.header, before: 120 }),
  ];
  const right = [
    line(h.nation, { size: SIZE.header - 2, bold: true }),
    line(h.motto, { size: SIZE.header + 2, bold: true, rule: true, indent: Math.round(14 * MM) }),
    line(h.placeDate, { size: SIZE.body, italics: true, before: 120 }),
  ];
  // The national title and motto each keep to one line (Word's default cell margins took the room they need).
  const cell = (children: Docx.Paragraph[], width: number) =>
    new docx.TableCell({ children, width: { size: width, type: docx.WidthType.DXA }, borders: NO_BORDERS, margins: { left: 0, right: 0 } });
  const leftW = Math.round(TEXT_WIDTH * 0.4);
  return new docx.Table({
    width: { size: TEXT_WIDTH, type: docx.WidthType.DXA },
    columnWidths: [leftW, TEXT_WIDTH - leftW],
    layout: docx.TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new docx.TableRow({ children: [cell(left, leftW), cell(right, TEXT_WIDTH - leftW)] })],
  });
}

function signatureBlock(doc: ReportDoc): Docx.Table {
  const leftW = Math.round(TEXT_WIDTH * 0.5);
  const left = [
    new docx.Paragraph({ children: [run(doc.recipientsLabel, { bold: true, italics: true, size: SIZE.table })] }),
    ...doc.recipients.map((r) => new docx.Paragraph({ children: [run(r, { size: SIZE.recipients })] })),
  ];
  const right = [
    ...(doc.signer.authority ? [line(doc.signer.authority, { bold: true })] : []),
    line(doc.signer.title, { bold: true }),
    line('', { after: 1400 }),
    line(doc.signer.name, { bold: true }),
  ];
  const cell = (children: Docx.Paragraph[], width: number) =>
    new docx.TableCell({ children, width: { size: width, type: docx.WidthType.DXA }, borders: NO_BORDERS });
  return new docx.Table({
    width: { size: TEXT_WIDTH, type: docx.WidthType.DXA },
    columnWidths: [leftW, TEXT_WIDTH - leftW],
    layout: docx.TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new docx.TableRow({ children: [cell(left, leftW), cell(right, TEXT_WIDTH - leftW)] })],
  });
}

/** A table's title and unit lines, and the marker its WordprocessingML takes the place of after packing. */
function dataTable(t: ReportTable, index: number, language: Language, xml: Map<string, string>): Docx.Paragraph[] {
  const marker = `FAIRFLOOR-TABLE-${index}`;
  xml.set(
    marker,
    tableXml(t, language, {
      widths: t.columns.map((c) => Math.round(c.width * TEXT_WIDTH)),
      size: t.columns.length > 5 ? SIZE.small : SIZE.table,
    }),
  );
  return [
    line(`${t.label}. ${t.title}`, { bold: true, before: 240 }),
    line(t.unit, { italics: true, align: 'right', size: SIZE.table, after: 60 }), // empty when a column gives the unit per row
    new docx.Paragraph({ children: [new docx.TextRun(marker)] }),
  ];
}

/** The report as a Word document: editable, in the Decree 30 layout, page numbers from page 2. */
export async function reportDocx(doc: ReportDoc, language: Language): Promise<FileBytes> {
  docx ??= await loadDocx();
  const children: (Docx.Paragraph | Docx.Table)[] = [
    headerBlock(doc),
    line(doc.kind, { bold: true, before: 360 }),
    line(doc.title, { bold: true, rule: true, indent: Math.round(35 * MM), after: 240 }),
  ];
  for (const b of doc.body) {
    if (b.kind === 'heading') children.push(line(b.text, { bold: true, align: 'left', before: 120, after: 60 }));
    else if (b.kind === 'subheading')
      children.push(
        new docx.Paragraph({ spacing: { after: 60 }, indent: { firstLine: Math.round(10 * MM) }, children: [run(b.text, { bold: true })] }),
      );
    else if (b.kind === 'bullet') children.push(bodyPara(`- ${b.text}`));
    else children.push(bodyPara(b.text, b.italic));
  }
  children.push(bodyPara(doc.closing));
  children.push(signatureBlock(doc));
  const tables = new Map<string, string>();
  const appendix: (Docx.Paragraph | Docx.Table)[] = [
    line(doc.appendixTitle, { bold: true }),
    line(doc.appendixNote, { italics: true, after: 120 }),
    ...doc.tables.flatMap((t, i) => dataTable(t, i, language, tables)),
  ];
  const pageNumber = new docx.Header({
    children: [
      new docx.Paragraph({
        alignment: docx.AlignmentType.CENTER,
        children: [new docx.TextRun({ children: [docx.PageNumber.CURRENT], font: FONT, size: SIZE.header })],
      }),
    ],
  });
  const properties = {
    page: {
      size: { ...PAGE, orientation: docx.PageOrientation.PORTRAIT },
      margin: { ...MARGIN, header: Math.round(10 * MM), footer: Math.round(10 * MM) },
    },
  };
  const document = new docx.Document({
    creator: 'FairFloor',
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [
      // The first page carries no number (Decree 30: numbers from page 2, centred at the top).
      {
        properties: { ...properties, titlePage: true },
        headers: { default: pageNumber, first: new docx.Header({ children: [] }) },
        footers: { first: new docx.Footer({ children: [] }) },
        children,
      },
      {
        properties: { ...properties, page: { ...properties.page, pageNumbers: {} } },
        headers: { default: pageNumber },
        children: appendix,
      },
    ],
  });
  const buffer = await placeTables(await docx.Packer.toBuffer(document), tables);
  return {
    fileName: `${doc.fileBase}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    base64: buffer.toString('base64'),
  };
}
