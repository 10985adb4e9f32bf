import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { ApiError } from '../../../../shared/api/errors';
import type { FileProblem } from '../../../../shared/model/exhibitor-import';
import { readCsvCell } from '../../csv';

export const MAX_ROWS = 100_000;
const MAX_COLUMNS = 200;

export interface Sheet {
  format: 'xlsx' | 'csv';
  sheetName: string | null;
  /** Every row as text cells, trailing empty rows dropped; row i is spreadsheet row i + 1. */
  rows: string[][];
}

export function fileProblem(reason: FileProblem, message: string, extra: Record<string, unknown> = {}): ApiError {
  return new ApiError('FILE_INVALID', message, { reason, ...extra });
}

const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** A cell as the person sees it: formulas give their result, rich text its text, dates an ISO day. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return 'result' in value && value.result !== undefined ? cellText(value.result as ExcelJS.CellValue) : '';
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  // Error cells (#N/A, #REF!) carry no usable value.
  return '';
}

async function readXlsx(bytes: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fileProblem('damaged', 'This .xlsx file is damaged or not a workbook.');
  }
  const sheet = workbook.worksheets.find((w) => w.actualRowCount > 0);
  if (!sheet) throw fileProblem('empty', 'The workbook has no data.');
  if (sheet.actualRowCount > MAX_ROWS + 1)
    throw fileProblem('tooManyRows', `The sheet has more than ${MAX_ROWS.toLocaleString('en')} rows.`, { max: MAX_ROWS });
  if (sheet.actualColumnCount > MAX_COLUMNS) throw fileProblem('tooManyColumns', `The sheet has more than ${MAX_COLUMNS} columns.`);
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    // Merged cells repeat the top-left value in exceljs; the header step de-duplicates names.
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (col <= MAX_COLUMNS) cells[col - 1] = cellText(cell.value).trim();
    });
    rows[number - 1] = Array.from(cells, (c) => c ?? '');
  });
  return { format: 'xlsx', sheetName: sheet.name, rows: Array.from(rows, (r) => r ?? []) };
}

function readCsv(bytes: Buffer): Sheet {
  if (bytes.includes(0)) throw fileProblem('notSpreadsheet', 'This file is not a spreadsheet (.xlsx or .csv).');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fileProblem('notUtf8', 'This CSV file is not UTF-8. Save it from Excel as "CSV UTF-8".');
  }
  text = text.replace(/^\uFEFF/, '').normalize('NFC');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  if (parsed.data.length > MAX_ROWS + 1)
    throw fileProblem('tooManyRows', `The file has more than ${MAX_ROWS.toLocaleString('en')} rows.`, { max: MAX_ROWS });
  return { format: 'csv', sheetName: null, rows: parsed.data.map((r) => r.slice(0, MAX_COLUMNS).map((c) => readCsvCell(c).trim())) };
}

/** Reads an .xlsx or .csv file, refusing anything else by its bytes, not only by its name. */
export async function readSheet(bytes: Buffer, fileName: string): Promise<Sheet> {
  if (bytes.length === 0) throw fileProblem('empty', 'The file is empty.');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    throw fileProblem('oldExcel', 'This is an old Excel file (.xls). Save it as .xlsx and import again.');
  const sheet = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])
    ? await readXlsx(bytes)
    : /\.(csv|txt|tsv)$/i.test(fileName)
      ? readCsv(bytes)
      : null;
  if (!sheet) throw fileProblem('notSpreadsheet', 'This file is not a spreadsheet (.xlsx or .csv).');
  while (sheet.rows.length > 0 && sheet.rows.at(-1)!.every((c) => c === '')) sheet.rows.pop();
  if (sheet.rows.length === 0) throw fileProblem('empty', 'The file has no rows.');
  return sheet;
}
