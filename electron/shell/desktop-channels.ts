import type { z } from 'zod';
import { FileBytes } from '../../shared/model/fair';

/**
 * The desktop-only channels' inputs, checked in the main process like every contract method
 * (the preload carries only channel names, never these schemas).
 */
export const SaveFileInput = FileBytes.pick({ fileName: true, base64: true });

const PDF_MAGIC = '%PDF-';
export const PrintPdfInput = FileBytes.pick({ fileName: true, base64: true }).refine(
  (file) => Buffer.from(file.base64.slice(0, 12), 'base64').toString('latin1').startsWith(PDF_MAGIC),
  { message: 'Only a PDF made by FairFloor can be printed.', path: ['base64'] },
);

export type SaveFileInput = z.infer<typeof SaveFileInput>;
export type PrintPdfInput = z.infer<typeof PrintPdfInput>;
