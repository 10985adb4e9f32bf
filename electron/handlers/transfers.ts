import type { transfersMethods } from '../../shared/api/transfers';
import type { HandlersOf } from '../../shared/api/define';
import type { HandlerContext } from '../api/context';
import type { StatementTaskInput } from '../services/jobs/job-worker';
import { getFairBank, setFairBank } from '../services/transfers/bank';
import { listPaymentsDue } from '../services/transfers/due';
import { analyzeStatement, confirmTransfers, type StatementReader } from '../services/transfers/record';
import { readStatement } from '../services/transfers/statement';
import { jobs as printJobs } from './print';
import { paymentRequestPdf } from '../services/transfers/request-pdf';

export const transfersHandlers: HandlersOf<typeof transfersMethods, HandlerContext> = {
  getFairBank: ({ fairId }, ctx) => getFairBank(ctx.library.db(fairId)),
  setFairBank: ({ fairId, bank }, ctx) => setFairBank(ctx.library.db(fairId), bank, ctx.actor()),
  listPaymentsDue: ({ fairId }, ctx) => listPaymentsDue(ctx.library.db(fairId), fairId),
  paymentRequestPdf: async ({ fairId, exhibitorId, language }, ctx) => {
    const pdf = await paymentRequestPdf(ctx.library.db(fairId), fairId, exhibitorId, language);
    return { fileName: pdf.fileName, mimeType: 'application/pdf', base64: pdf.bytes.toString('base64') };
  },
  analyzeStatement: (input, ctx) => analyzeStatement(ctx.library.db(input.fairId), input, new Date(), readOffThread(ctx)),
  confirmTransfers: (input, ctx) => confirmTransfers(ctx.library.db(input.fairId), input, ctx.actor(), new Date(), readOffThread(ctx)),
};

/**
 * A bank statement read and checked in the job worker (a year of lines never queues a sale); its
 * refusals come back typed. Matching and recording stay here, against the fair's balances of now.
 */
const readOffThread =
  (ctx: HandlerContext): StatementReader =>
  (file, mapping) => {
    const bytes = ctx.files.bytes(file);
    const input: StatementTaskInput = { bytes, fileName: file.fileName, mapping };
    return printJobs.offThread('bankStatement', input, () => readStatement(bytes, file.fileName, mapping));
  };
