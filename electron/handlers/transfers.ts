import type { transfersMethods } from '../../shared/api/transfers';
import type { HandlersOf } from '../../shared/api/define';
import type { HandlerContext } from '../api/context';
import { getFairBank, setFairBank } from '../services/transfers/bank';
import { listPaymentsDue } from '../services/transfers/due';
import { analyzeStatement, confirmTransfers } from '../services/transfers/record';
import { paymentRequestPdf } from '../services/transfers/request-pdf';

export const transfersHandlers: HandlersOf<typeof transfersMethods, HandlerContext> = {
  getFairBank: ({ fairId }, ctx) => getFairBank(ctx.library.db(fairId)),
  setFairBank: ({ fairId, bank }, ctx) => setFairBank(ctx.library.db(fairId), bank, ctx.actor()),
  listPaymentsDue: ({ fairId }, ctx) => listPaymentsDue(ctx.library.db(fairId), fairId),
  paymentRequestPdf: async ({ fairId, exhibitorId, language }, ctx) => {
    const pdf = await paymentRequestPdf(ctx.library.db(fairId), fairId, exhibitorId, language);
    return { fileName: pdf.fileName, mimeType: 'application/pdf', base64: pdf.bytes.toString('base64') };
  },
  analyzeStatement: (input, ctx) => analyzeStatement(ctx.library.db(input.fairId), input, new Date(), ctx.files),
  confirmTransfers: (input, ctx) => confirmTransfers(ctx.library.db(input.fairId), input, ctx.actor(), new Date(), ctx.files),
};
