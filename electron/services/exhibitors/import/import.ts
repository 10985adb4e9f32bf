import { ApiError } from '../../../../shared/api/errors';
import { ExhibitorInput, type ExhibitorFields } from '../../../../shared/model/exhibitor';
import type {
  ColumnMapping,
  ImportAnalysis,
  ImportField,
  ImportIssue,
  ImportResult,
  OnDuplicate,
} from '../../../../shared/model/exhibitor-import';
import type { Db } from '../../../db/open';
import { namePhoneKey } from '../directory';
import { findHeaderRow, suggestMapping, uniqueHeaders } from './columns';
import { existingKeys, landExhibitors, matchExisting } from './land';
import { fileProblem, readSheet, type Sheet } from './read-sheet';

const PREVIEW_ROWS = 20;
const ERRORS_SHOWN = 500;

/** "4", "4 sao", "★★★★", "4*" → 4; blank → null; anything else is left for the schema to refuse. */
function parseStars(text: string): number | null | string {
  const t = text.trim();
  if (t === '' || t === '-' || t === '—') return null;
  const stars = [...t].filter((c) => c === '★' || c === '⭐').length;
  if (stars > 0) return stars;
  const n = /^(\d)\s*(\*|sao|stars?)?$/i.exec(t);
  return n ? Number(n[1]) : t;
}

/** Excel drops the leading 0 of numbers typed as numbers: a 9-digit tax code or phone gets it back. */
const restoreZero = (text: string) => (/^[1-9]\d{8}$/.test(text) ? `0${text}` : text);

interface Parsed {
  sheet: Sheet;
  headerIndex: number;
  headers: string[];
  dataRows: { row: number; cells: string[] }[];
}

async function parse(bytes: Buffer, fileName: string): Promise<Parsed> {
  const sheet = await readSheet(bytes, fileName);
  const headerIndex = findHeaderRow(sheet.rows);
  if (headerIndex < 0) throw fileProblem('noHeader', 'No header row found: the first rows should name the columns.');
  const headers = uniqueHeaders(sheet.rows[headerIndex]!);
  const dataRows = sheet.rows
    .slice(headerIndex + 1)
    .map((cells, i) => ({ row: headerIndex + i + 2, cells }))
    .filter((r) => r.cells.some((c) => c !== ''));
  if (dataRows.length === 0) throw fileProblem('empty', 'The file has headers but no exhibitors.');
  return { sheet, headerIndex, headers, dataRows };
}

function fieldsOf(cells: string[], mapping: ColumnMapping): { raw: Partial<Record<ImportField, string>>; fields: ExhibitorFields } {
  const raw: Partial<Record<ImportField, string>> = {};
  for (const [field, col] of Object.entries(mapping) as [ImportField, number][]) raw[field] = cells[col] ?? '';
  // A sheet has one star column: it becomes one OCOP product named after what the exhibitor sells.
  const stars = raw.ocopStars === undefined ? null : parseStars(raw.ocopStars);
  const product = stars === null ? [] : [{ name: raw.category || raw.shortName || raw.legalName || 'OCOP', stars: stars as number }];
  const fields: ExhibitorFields = {
    legalName: raw.legalName ?? '',
    shortName: raw.shortName,
    contactPerson: raw.contactPerson,
    phone: raw.phone === undefined ? undefined : restoreZero(raw.phone),
    email: raw.email,
    address: raw.address,
    province: raw.province,
    taxCode: raw.taxCode === undefined ? undefined : restoreZero(raw.taxCode),
    category: raw.category,
    ocopProducts: product,
    notes: raw.notes,
  };
  return { raw, fields };
}

const missingName = () =>
  new ApiError('VALIDATION', 'Choose the column that holds the exhibitor name.', {
    issues: [{ path: ['mapping', 'legalName'], message: 'Required' }],
  });

interface Checked {
  valid: { row: number; input: ExhibitorInput }[];
  issues: ImportIssue[];
  preview: ImportAnalysis['preview'];
}

/** Validates every row with the directory's own schema; also catches the same exhibitor twice in the file. */
function check(parsed: Parsed, mapping: ColumnMapping): Checked {
  if (mapping.legalName === undefined) throw missingName();
  const columnOf = (field: ImportField) => parsed.headers[mapping[field] ?? -1] ?? field;
  const valid: Checked['valid'] = [];
  const issues: ImportIssue[] = [];
  const preview: Checked['preview'] = [];
  const seenTax = new Map<string, number>();
  const seenNamePhone = new Map<string, number>();
  for (const { row, cells } of parsed.dataRows) {
    const { raw, fields } = fieldsOf(cells, mapping);
    if (preview.length < PREVIEW_ROWS) preview.push({ row, values: raw });
    const result = ExhibitorInput.safeParse(fields);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = (issue.path[0] === 'ocopProducts' ? 'ocopStars' : issue.path[0]) as ImportField;
        issues.push({
          row,
          column: columnOf(field),
          field,
          message: field === 'ocopStars' ? 'ocop' : issue.message,
          value: raw[field] ?? '',
        });
      }
      continue;
    }
    const input = result.data;
    const key = namePhoneKey(input.legalName, input.phone);
    const earlier = (input.taxCode && seenTax.get(input.taxCode)) || (!input.taxCode && seenNamePhone.get(key));
    if (earlier) {
      const field: ImportField = input.taxCode ? 'taxCode' : 'legalName';
      issues.push({ row, column: columnOf(field), field, message: 'duplicateInFile', value: `${raw[field] ?? ''} (${earlier})` });
      continue;
    }
    if (input.taxCode) seenTax.set(input.taxCode, row);
    seenNamePhone.set(key, row);
    valid.push({ row, input });
  }
  return { valid, issues, preview };
}

/**
 * What a file holds before the fair's own exhibitors are looked at: plain data, so the job worker
 * can read a 10,000-row workbook and check every row while the app keeps answering sales.
 */
export interface ImportReading {
  analysis: Omit<ImportAnalysis, 'duplicates' | 'newCount'>;
  /** The rows ready to land; null when no column is chosen for the name yet. */
  valid: ExhibitorInput[] | null;
}

/** Reads and checks a file against a mapping (the suggested one when none is given); touches no fair. */
export async function readImport(bytes: Uint8Array, fileName: string, mapping?: ColumnMapping): Promise<ImportReading> {
  const parsed = await parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName);
  const used = mapping ?? suggestMapping(parsed.headers);
  const base = {
    format: parsed.sheet.format,
    sheetName: parsed.sheet.sheetName,
    headerRow: parsed.headerIndex + 1,
    headers: parsed.headers,
    mapping: used,
    totalRows: parsed.dataRows.length,
  };
  if (used.legalName === undefined) {
    const preview = parsed.dataRows.slice(0, PREVIEW_ROWS).map((r) => ({ row: r.row, values: {} }));
    return { analysis: { ...base, preview, errors: [], errorCount: 0 }, valid: null };
  }
  const checked = check(parsed, used);
  return {
    analysis: { ...base, preview: checked.preview, errors: checked.issues.slice(0, ERRORS_SHOWN), errorCount: checked.issues.length },
    valid: checked.valid.map((v) => v.input),
  };
}

/** Reports what an import would do, changing nothing: the reading, with this fair's duplicates counted. */
export function analyzeReading(db: Db, { analysis, valid }: ImportReading): ImportAnalysis {
  if (!valid) return { ...analysis, duplicates: 0, newCount: 0 };
  const existing = existingKeys(db);
  const duplicates = valid.filter((input) => matchExisting(existing, input)).length;
  return { ...analysis, duplicates, newCount: valid.length - duplicates };
}

/** Imports the whole reading in one transaction, or nothing if any row is wrong. */
export function landReading(
  db: Db,
  actor: string,
  { analysis, valid }: ImportReading,
  fileName: string,
  onDuplicate: OnDuplicate,
): ImportResult {
  if (!valid) throw missingName();
  if (analysis.errorCount > 0) {
    throw new ApiError('VALIDATION', `${analysis.errorCount} row problem(s); nothing was imported.`, {
      rows: analysis.errors,
      count: analysis.errorCount,
    });
  }
  return landExhibitors(db, actor, valid, onDuplicate, { fileName });
}

/** Reads a file and reports what an import would do, changing nothing. */
export async function analyzeImport(db: Db, bytes: Buffer, fileName: string, mapping?: ColumnMapping): Promise<ImportAnalysis> {
  return analyzeReading(db, await readImport(bytes, fileName, mapping));
}

/** Imports the whole file in one transaction, or nothing if any row is wrong. */
export async function runImport(
  db: Db,
  actor: string,
  bytes: Buffer,
  fileName: string,
  mapping: ColumnMapping,
  onDuplicate: OnDuplicate,
): Promise<ImportResult> {
  if (mapping.legalName === undefined) throw missingName();
  return landReading(db, actor, await readImport(bytes, fileName, mapping), fileName, onDuplicate);
}
