import type ExcelJS from 'exceljs';

let excel: Promise<typeof ExcelJS> | null = null;

/** exceljs is big: it is loaded the first time a workbook is read or written, not when the app starts. */
export function loadExcel(): Promise<typeof ExcelJS> {
  excel ??= import('exceljs').then((m) => (m as { default?: typeof ExcelJS }).default ?? (m as unknown as typeof ExcelJS));
  return excel;
}
