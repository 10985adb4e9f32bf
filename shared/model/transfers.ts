import { z } from 'zod';
import { Id, IsoDay, requiredText } from './common';
import { FileBytes } from './fair';

/** The organizer's receiving account, named on payment requests and in their VietQR codes. */
export const FairBank = z.object({
  /** NAPAS BIN of the bank (6 digits). */
  bin: z.string().regex(/^\d{6}$/, 'bin'),
  accountNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{1,19}$/, 'accountNumber'),
  /** As the bank holds it, usually upper case without accents ("SO CONG THUONG TP HAI PHONG"). */
  accountName: requiredText(100),
});
export type FairBank = z.infer<typeof FairBank>;

/** Which column of a statement holds what; the credit amount and the description are needed. */
export const StatementField = z.enum(['date', 'description', 'credit', 'reference']);
export type StatementField = z.infer<typeof StatementField>;
export const StatementMapping = z.partialRecord(StatementField, z.number().int().min(0).max(1000));
export type StatementMapping = z.infer<typeof StatementMapping>;

export const StatementInput = z.object({ fairId: Id, file: FileBytes, mapping: StatementMapping.optional() });
export type StatementInput = z.infer<typeof StatementInput>;

/** One booth payment a transfer becomes: what it pays on which booking. */
export const ProposedPayment = z.object({ allocationId: Id, boothNumber: z.string(), amountDong: z.number().int().positive() });

/** A statement line FairFloor recognised: whom it pays, for which booths, how much. */
export const TransferProposal = z.object({
  /** The bank's reference, else date + amount + description: the same line is never recorded twice. */
  key: z.string(),
  /** The spreadsheet row (1-based). */
  row: z.number().int(),
  paidOn: IsoDay,
  amountDong: z.number().int().positive(),
  description: z.string(),
  exhibitorId: Id,
  exhibitorName: z.string(),
  payments: z.array(ProposedPayment),
  /** Still due on those booths before this transfer. */
  dueDong: z.number().int(),
});
export type TransferProposal = z.infer<typeof TransferProposal>;

/** Why a line that looked like ours was not proposed. */
export const TransferProblem = z.enum([
  'otherFair', // the memo names another fair
  'unknownBooth', // no booth of this fair, or nobody holds it
  'notPayable', // a held or cancelled booking takes no payment
  'nothingDue', // already paid in full
  'moreThanDue', // more money than the booths still owe
  'alreadyRecorded', // this line was recorded before
  'badAmount',
  'badDate',
]);
export type TransferProblem = z.infer<typeof TransferProblem>;

export const StatementAnalysis = z.object({
  format: z.enum(['xlsx', 'csv']),
  headers: z.array(z.string()),
  mapping: StatementMapping,
  /** Lines with money coming in. */
  creditLines: z.number().int(),
  proposals: z.array(TransferProposal),
  problems: z.array(z.object({ row: z.number().int(), problem: TransferProblem, description: z.string(), amountDong: z.number().int() })),
  /** Credit lines without any memo code: other income, left alone. */
  unrelated: z.number().int(),
});
export type StatementAnalysis = z.infer<typeof StatementAnalysis>;

export const ConfirmTransfersInput = StatementInput.extend({
  mapping: StatementMapping,
  /** The proposals the organizer confirmed, by key; each is recomputed and must still stand. */
  keys: z.array(z.string().min(1).max(300)).min(1).max(10_000),
});
export type ConfirmTransfersInput = z.infer<typeof ConfirmTransfersInput>;

export const ConfirmTransfersResult = z.object({ recorded: z.number().int(), totalDong: z.number().int() });

/** An exhibitor with money still due, as the payment requests list shows them. */
export const PaymentDue = z.object({
  exhibitorId: Id,
  exhibitorName: z.string(),
  boothNumbers: z.array(z.string()),
  dueDong: z.number().int(),
  memo: z.string(),
});
export type PaymentDue = z.infer<typeof PaymentDue>;
