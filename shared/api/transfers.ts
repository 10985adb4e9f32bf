import { z } from 'zod';
import { method } from './define';
import { Id } from '../model/common';
import { FileBytes, Language } from '../model/fair';
import { ConfirmTransfersInput, ConfirmTransfersResult, FairBank, PaymentDue, StatementAnalysis, StatementInput } from '../model/transfers';

const FairId = z.object({ fairId: Id });

/** Booth fees by bank transfer: the fair's account, payment requests with VietQR, statements matched to payments. */
export const transfersMethods = {
  getFairBank: method({ input: FairId, output: FairBank.nullable(), errors: ['NOT_FOUND'] }),
  setFairBank: method({ input: z.object({ fairId: Id, bank: FairBank }), output: FairBank, errors: ['NOT_FOUND', 'VALIDATION'] }),
  /** Every exhibitor who still owes booth fees, with the memo code their transfer should carry. */
  listPaymentsDue: method({ input: FairId, output: z.array(PaymentDue), errors: ['NOT_FOUND'] }),
  /** A one-page PDF: what is due, the bank details and a VietQR code for the amount. */
  paymentRequestPdf: method({
    input: z.object({ fairId: Id, exhibitorId: Id, language: Language }),
    output: FileBytes,
    errors: ['NOT_FOUND', 'VALIDATION'],
  }),
  /** Reads a bank statement and proposes the payments its memo codes name; records nothing. */
  analyzeStatement: method({ input: StatementInput, output: StatementAnalysis, errors: ['FILE_INVALID', 'VALIDATION', 'NOT_FOUND'] }),
  /** Records the confirmed proposals as booth payments, all or none. */
  confirmTransfers: method({
    input: ConfirmTransfersInput,
    output: ConfirmTransfersResult,
    errors: ['FILE_INVALID', 'VALIDATION', 'CONFLICT', 'NOT_FOUND'],
  }),
};
