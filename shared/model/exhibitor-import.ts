import { z } from 'zod';
import { EXHIBITOR_FIELDS } from './exhibitor';

/** The fields a column of a spreadsheet can fill. */
export const ImportField = z.enum(EXHIBITOR_FIELDS);
export type ImportField = z.infer<typeof ImportField>;

/** Which column (0-based) fills each field; a missing field is left blank. */
export const ColumnMapping = z.partialRecord(ImportField, z.number().int().min(0).max(1000));
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** Why a file was refused as a whole; the renderer translates the key. */
export const FILE_PROBLEMS = [
  'empty',
  'notSpreadsheet',
  'oldExcel',
  'tooManyRows',
  'notUtf8',
  'damaged',
  'noHeader',
  'tooManyColumns',
  'tooLarge',
] as const;
export type FileProblem = (typeof FILE_PROBLEMS)[number];

/** One problem of one row: the spreadsheet row number, the column as headed in the file, and why. */
export const ImportIssue = z.object({
  row: z.number().int(),
  column: z.string(),
  field: ImportField.nullable(),
  /** A rule key: 'Required', 'phone', 'email', 'taxCode', 'ocop', 'tooLong', 'duplicateInFile'. */
  message: z.string(),
  value: z.string(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

export const OnDuplicate = z.enum(['skip', 'update']);
export type OnDuplicate = z.infer<typeof OnDuplicate>;

export const ImportAnalysis = z.object({
  format: z.enum(['xlsx', 'csv']),
  sheetName: z.string().nullable(),
  /** The spreadsheet row (1-based) the headers were found on. */
  headerRow: z.number().int(),
  headers: z.array(z.string()),
  mapping: ColumnMapping,
  totalRows: z.number().int(),
  /** The first rows as they would be imported. */
  preview: z.array(z.object({ row: z.number().int(), values: z.partialRecord(ImportField, z.string()) })),
  errors: z.array(ImportIssue),
  errorCount: z.number().int(),
  /** Rows matching an exhibitor already in the fair (same tax code, or same name and phone). */
  duplicates: z.number().int(),
  newCount: z.number().int(),
});
export type ImportAnalysis = z.infer<typeof ImportAnalysis>;

export const ImportResult = z.object({ created: z.number().int(), updated: z.number().int(), skipped: z.number().int() });
export type ImportResult = z.infer<typeof ImportResult>;
