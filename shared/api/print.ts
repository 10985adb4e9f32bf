import { z } from 'zod';
import { method } from './define';
import { Id } from '../model/common';
import { PrintChoices, PrintJob, PrintRequest } from '../model/print';

/** Printed maps and the fair report as PDF: made in the background, polled for progress. */
export const printMethods = {
  getPrintChoices: method({ input: z.object({ fairId: Id }), output: PrintChoices, errors: ['NOT_FOUND'] }),
  startPrint: method({
    input: z.object({ fairId: Id, request: PrintRequest }),
    output: z.object({ jobId: Id }),
    errors: ['NOT_FOUND', 'VALIDATION'],
  }),
  getPrintJob: method({ input: z.object({ jobId: Id }), output: PrintJob, errors: ['NOT_FOUND'] }),
  cancelPrint: method({ input: z.object({ jobId: Id }), output: z.object({ cancelled: z.boolean() }), errors: [] }),
};
