import type * as Docx from 'docx';
import type ExcelJS from 'exceljs';
import type * as Fflate from 'fflate';
import type PDFKit from 'pdfkit';
import type QRCode from 'qrcode';

/** Big libraries are loaded the first time they are needed, not when the app starts: the server prints its address sooner. */
function lazy<T>(load: () => Promise<unknown>): () => Promise<T> {
  let loaded: Promise<T> | null = null;
  return () => (loaded ??= load().then((m) => ((m as { default?: T }).default ?? m) as T));
}

/** exceljs: the first time a workbook is read or written. */
export const loadExcel = lazy<typeof ExcelJS>(() => import('exceljs'));

/** pdfkit (and its font engine): the first time a PDF is made. */
export const loadPdfKit = lazy<typeof PDFKit>(() => import('pdfkit'));

/** docx (the Word writer): the first time a report is saved as .docx. */
export const loadDocx = lazy<typeof Docx>(() => import('docx'));

/** qrcode: the first time a sign, a payment request or a staff invitation carries a QR code. */
export const loadQrCode = lazy<typeof QRCode>(() => import('qrcode'));

/** fflate (zip): the first time a workbook or a Word report is packed. */
export const loadFflate = lazy<typeof Fflate>(() => import('fflate'));
