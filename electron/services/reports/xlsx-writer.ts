import { loadFflate } from '../lazy-modules';
import { escapeXml } from './xml';

/**
 * A small SpreadsheetML (.xlsx) writer for print-ready report sheets. exceljs builds and
 * de-duplicates a style object per cell and took seconds on a 2,500-unit list; a report needs a
 * dozen styles, so cells name one of those and the sheet is written as text.
 */

export type XlsxValue = string | number | null;

export interface XlsxStyle {
  bold?: boolean;
  italic?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle';
  wrap?: boolean;
  border?: boolean;
  /** '#,##0' for whole numbers, '#,##0.0' for one decimal. */
  numFmt?: '#,##0' | '#,##0.0';
}

export interface XlsxRow {
  cells: XlsxValue[];
  /** One style for the row, or one per cell. */
  style?: XlsxStyle | XlsxStyle[];
}

export interface XlsxSheet {
  name: string;
  /** Column widths in characters. */
  columns: number[];
  rows: XlsxRow[];
  /** Rows (1-based) whose cells are merged across every column. */
  spans?: number[];
  landscape?: boolean;
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** A row (1-based) repeated at the top of every printed page, and the rows above it frozen on screen. */
  headerRow?: number;
  /** Page footer in Excel's codes, e.g. '&C&P/&N'. */
  footer?: string;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** 0 → A, 25 → Z, 26 → AA. */
function column(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The workbook's cell formats: each distinct style once, referred to by index. */
class Styles {
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly index = new Map<string, number>([['', 0]]);
  private readonly known = new WeakMap<XlsxStyle, number>();

  of(style: XlsxStyle | undefined): number {
    if (!style) return 0;
    // A style object shared by many cells is looked up once.
    const seen = this.known.get(style);
    if (seen !== undefined) return seen;
    const key = JSON.stringify(style);
    let i = this.index.get(key);
    if (i !== undefined) {
      this.known.set(style, i);
      return i;
    }
    const font = (style.bold ? 1 : 0) + (style.italic ? 2 : 0);
    const numFmt = style.numFmt === '#,##0' ? 3 : style.numFmt === '#,##0.0' ? 164 : 0;
    const align =
      style.horizontal || style.vertical || style.wrap
        ? `<alignment${style.horizontal ? ` horizontal="${style.horizontal}"` : ''}${
            style.vertical ? ` vertical="${style.vertical === 'middle' ? 'center' : 'top'}"` : ''
          }${style.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    this.xfs.push(
      `<xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="${style.border ? 1 : 0}" xfId="0"` +
        `${numFmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${style.border ? ' applyBorder="1"' : ''}` +
        `${align ? ` applyAlignment="1">${align}</xf>` : '/>'}`,
    );
    i = this.xfs.length - 1;
    this.index.set(key, i);
    this.known.set(style, i);
    return i;
  }

  xml(): string {
    const font = (b: boolean, i: boolean) =>
      `<font>${b ? '<b/>' : ''}${i ? '<i/>' : ''}<sz val="11"/><name val="Times New Roman"/><family val="1"/></font>`;
    const thin = '<left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/>';
    return (
      `${XML}<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0"/></numFmts>` +
      `<fonts count="4">${font(false, false)}${font(true, false)}${font(false, true)}${font(true, true)}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin}</border></borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }
}

function sheetXml(sheet: XlsxSheet, styles: Styles): string {
  const width = Math.max(1, sheet.columns.length);
  const rows: string[] = [];
  sheet.rows.forEach((row, r) => {
    const n = r + 1;
    let cells = '';
    row.cells.forEach((value, c) => {
      const style = styles.of(Array.isArray(row.style) ? row.style[c] : row.style);
      const ref = `${column(c)}${n}`;
      const s = style ? ` s="${style}"` : '';
      if (typeof value === 'number' && Number.isFinite(value)) cells += `<c r="${ref}"${s}><v>${value}</v></c>`;
      else if (typeof value === 'string' && value !== '')
        cells += `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value.normalize('NFC'))}</t></is></c>`;
      else if (style) cells += `<c r="${ref}"${s}/>`;
    });
    rows.push(`<row r="${n}">${cells}</row>`);
  });
  const last = `${column(width - 1)}${Math.max(1, sheet.rows.length)}`;
  const frozen = sheet.headerRow
    ? `<pane ySplit="${sheet.headerRow}" topLeftCell="A${sheet.headerRow + 1}" activePane="bottomLeft" state="frozen"/>`
    : '';
  const spans = sheet.spans ?? [];
  const m = sheet.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  return (
    `${XML}<worksheet ${NS} ${NS_R}><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${frozen}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${sheet.columns.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    (spans.length && width > 1
      ? `<mergeCells count="${spans.length}">${spans.map((r) => `<mergeCell ref="A${r}:${column(width - 1)}${r}"/>`).join('')}</mergeCells>`
      : '') +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="9" orientation="${sheet.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>` +
    (sheet.footer ? `<headerFooter><oddFooter>${escapeXml(sheet.footer)}</oddFooter></headerFooter>` : '') +
    '</worksheet>'
  );
}

/** The workbook as .xlsx bytes: one print-ready sheet per entry, A4, fitted to the page width. */
export async function writeXlsx(sheets: XlsxSheet[], creator: string): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await loadFflate();
  const styles = new Styles();
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet, styles))));
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;
  const titles = sheets
    .map((s, i) =>
      s.headerRow
        ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(quoted(s.name))}!$${s.headerRow}:$${s.headerRow}</definedName>`
        : '',
    )
    .join('');
  const sheetList = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/${type}" Target="${target}"/>`;
  const at = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  Object.assign(files, {
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets
          .map(
            (_s, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        rel('rId1', 'officeDocument/2006/relationships/officeDocument', 'xl/workbook.xml') +
        rel('rId2', 'package/2006/relationships/metadata/core-properties', 'docProps/core.xml') +
        '</Relationships>',
    ),
    'docProps/core.xml': strToU8(
      `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<dc:creator>${escapeXml(creator)}</dc:creator>` +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created></cp:coreProperties>`,
    ),
    'xl/workbook.xml': strToU8(
      `${XML}<workbook ${NS} ${NS_R}><bookViews><workbookView/></bookViews><sheets>${sheetList}</sheets>` +
        `${titles ? `<definedNames>${titles}</definedNames>` : ''}</workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets.map((_s, i) => rel(`rId${i + 1}`, 'officeDocument/2006/relationships/worksheet', `worksheets/sheet${i + 1}.xml`)).join('') +
        rel(`rId${sheets.length + 1}`, 'officeDocument/2006/relationships/styles', 'styles.xml') +
        '</Relationships>',
    ),
    'xl/styles.xml': strToU8(styles.xml()),
  });
  return zipSync(files, { level: 6 });
}
