/** The administrative report as blocks: one description that the screen, PDF, .docx, .xlsx and .csv all render. */
import { formatNumber } from '../money';

export type Cell = string | number;
export type Align = 'left' | 'center' | 'right';

export interface ReportColumn {
  header: string;
  /** Share of the table's width, the columns summing to 1. */
  width: number;
  align: Align;
  /** Whole numbers printed grouped ("1.283.500.000"); spreadsheets keep them as numbers. */
  numeric?: boolean;
}

export interface ReportTable {
  /** "Biểu 1" */
  label: string;
  title: string;
  /** "Đơn vị tính: đồng", or the column that says it per row. */
  unit: string;
  columns: ReportColumn[];
  rows: Cell[][];
  /** "Tổng cộng" row, printed bold. */
  total?: Cell[];
  /** Rows printed bold (group headings), by index. */
  boldRows?: number[];
}

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'para'; text: string; italic?: boolean }
  | { kind: 'bullet'; text: string };

export interface ReportDoc {
  header: {
    parentBody: string;
    issuingBody: string;
    /** "Số: 125/BC-SCT" */
    number: string;
    nation: string;
    motto: string;
    placeDate: string;
  };
  /** "BÁO CÁO" and the line under it. */
  kind: string;
  title: string;
  body: ReportBlock[];
  closing: string;
  recipientsLabel: string;
  recipients: string[];
  signer: { authority: string; title: string; name: string };
  appendixTitle: string;
  appendixNote: string;
  tables: ReportTable[];
  /** One paragraph for the press. */
  press: string;
  /** File name without extension. */
  fileBase: string;
}

/** A cell as printed: numbers grouped in the report's language ("1.283.500.000"), text as it is. */
export function cellText(cell: Cell, language: 'vi' | 'en'): string {
  if (typeof cell === 'string') return cell;
  // The shared formatter is made once: building one per cell cost seconds on a 2,500-unit list.
  return formatNumber(cell, language, 1);
}
