import type { FileBytes, Language } from '../../../shared/model/fair';
import type { ReportDoc } from '../../../shared/report/document';
import { reportCsv, reportXlsx } from './export';
import { reportDocx } from './report-docx';

/** The composed fair report as a workbook, a CSV or a Word file (made in the job worker when there is one). */
export async function reportFile(doc: ReportDoc, format: 'xlsx' | 'csv' | 'docx', language: Language): Promise<FileBytes> {
  if (format === 'xlsx') return reportXlsx(doc);
  if (format === 'csv') return reportCsv(doc);
  return reportDocx(doc, language);
}
