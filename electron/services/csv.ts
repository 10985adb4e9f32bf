import Papa from 'papaparse';

/**
 * A spreadsheet treats a cell that begins with one of these as a formula (tab and carriage return
 * as well, in some). Text cells that do are written with a leading apostrophe, as OWASP advises;
 * cells already beginning with apostrophes before such a character get one more, so that
 * `readCsvCell` gives back exactly the text that was written.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A text cell as it is written to every CSV FairFloor makes. Numbers stay numbers. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `csvCell` when a CSV comes back in: the apostrophe FairFloor added goes, the text stays. */
export function readCsvCell(text: string): string {
  return FORMULA_START.test(text) && text.startsWith("'") ? text.slice(1) : text;
}

/** Every CSV export: UTF-8 with the byte-order mark Excel needs to read Vietnamese letters, formulas neutralised. */
export function toCsv(rows: readonly (readonly unknown[])[]): Buffer {
  const text =
    '\uFEFF' +
    Papa.unparse(
      rows.map((row) => row.map(csvCell)),
      { newline: '\r\n' },
    );
  return Buffer.from(text, 'utf8');
}
