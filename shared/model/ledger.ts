import { z } from 'zod';
import { AMOUNT_MAX } from '../amount';
import { Dong, Id, IsoDay, PaymentMethod } from './common';

/** One money row of a booking: nothing here is ever rewritten; a mistaken payment is voided. */
export const LedgerKind = z.enum(['payment', 'refund', 'credit', 'retain']);
export type LedgerKind = z.infer<typeof LedgerKind>;

/** How money came in: the sales methods, or the exhibitor's credit kept from a cancelled booth. */
export const PaidWith = z.enum([...PaymentMethod.options, 'credit']);
export type PaidWith = z.infer<typeof PaidWith>;
/** Money given back leaves as cash or a transfer. */
export const RefundMethod = z.enum(['cash', 'bank_transfer']);
export type RefundMethod = z.infer<typeof RefundMethod>;

/** A booking's money: never 0, never above 100 tỷ. */
export const LedgerAmount = Dong.min(1, 'positive').max(AMOUNT_MAX, 'tooLarge');

export const LedgerRow = z.object({
  id: Id,
  kind: LedgerKind,
  allocationId: Id.nullable(),
  exhibitorId: Id,
  boothNumber: z.string().nullable(),
  amountDong: Dong,
  paidOn: IsoDay,
  method: z.enum([...PaidWith.options, 'none']),
  payer: z.string(),
  note: z.string(),
  reference: z.string(),
  refundOf: Id.nullable(),
  /** Phiếu thu number in the fair's sequence; payments made with money (not credit) only. */
  receiptNo: z.number().int().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  voidedAt: z.string().nullable(),
  voidedBy: z.string().nullable(),
  voidReason: z.string().nullable(),
});
export type LedgerRow = z.infer<typeof LedgerRow>;

/** The receipt's number as printed: PT-000012. */
export const receiptLabel = (receiptNo: number) => `PT-${String(receiptNo).padStart(6, '0')}`;

/**
 * The compare-and-set token of a booking: the `updatedAt` the screen showed. Every money write
 * moves it, so a write based on what another window has since changed is refused.
 */
const Expected = { expectedUpdatedAt: z.string().max(40).optional() };

export const PaymentInput = z.object({
  amountDong: LedgerAmount,
  paidOn: IsoDay,
  method: PaidWith,
  /** Who handed the money over, printed on the receipt; the exhibitor's name when blank. */
  payer: z.string().trim().max(200).default(''),
  note: z.string().trim().max(500).default(''),
  /** The bank's reference of a transfer, when known. */
  reference: z.string().trim().max(100).default(''),
  ...Expected,
});
export type PaymentInput = z.input<typeof PaymentInput>;

export const VoidInput = z.object({ paymentId: Id, reason: z.string().trim().min(1, 'Required').max(300), ...Expected });
export type VoidInput = z.input<typeof VoidInput>;

export const RefundInput = z.object({
  allocationId: Id,
  amountDong: LedgerAmount,
  method: RefundMethod,
  reason: z.string().trim().min(1, 'Required').max(300),
  paidOn: IsoDay,
  /** The payment this refund gives back, when it answers one. */
  refundOf: Id.optional(),
  ...Expected,
});
export type RefundInput = z.input<typeof RefundInput>;

/** What becomes of the money a booking holds when it is cancelled; the parts add up to all of it. */
export const Settlement = z.object({
  refundDong: Dong.max(AMOUNT_MAX),
  refundMethod: RefundMethod.default('cash'),
  creditDong: Dong.max(AMOUNT_MAX),
  retainDong: Dong.max(AMOUNT_MAX),
  reason: z.string().trim().max(300).default(''),
});
export type Settlement = z.input<typeof Settlement>;

export const CancelInput = z.object({ allocationId: Id, settlement: Settlement.optional(), ...Expected });
export type CancelInput = z.input<typeof CancelInput>;

/**
 * The fair's money, reconciled: what was invoiced less what is still receivable equals what was
 * received less what was refunded and less the credit held for exhibitors.
 */
export const MoneyTotals = z.object({
  /** Net fees of active bookings, plus deposits retained on cancellation. */
  invoicedDong: Dong,
  /** Money received (payments made from credit are not new money). */
  paidDong: Dong,
  receivableDong: Dong,
  refundedDong: Dong,
  /** Credit held for exhibitors, not yet used or refunded. */
  creditDong: Dong,
  retainedDong: Dong,
  creditUsedDong: Dong,
});
export type MoneyTotals = z.infer<typeof MoneyTotals>;
