import { z } from 'zod';
import { method } from './define';
import { AmountDong, Dong, Id, IsoDay } from '../model/common';
import { FileBytes, Language } from '../model/fair';
import { PricingRule, RepricingChoice, RepricingItem } from '../model/exhibitor-pricing';
import { CancelInput, RefundInput, RefundMethod, VoidInput } from '../model/ledger';
import { Booth } from '../model/plan';
import { ColumnMapping, ImportAnalysis, ImportResult, OnDuplicate } from '../model/exhibitor-import';
import {
  Allocation,
  AllocationStatus,
  Exhibitor,
  ExhibitorInput,
  HistoryEntry,
  Occupancy,
  Payment,
  PaymentInput,
} from '../model/exhibitor';

const FairId = z.object({ fairId: Id });
const WaitlistEntry = z.object({
  id: Id,
  zoneId: Id,
  zoneName: z.string(),
  exhibitorId: Id,
  exhibitorName: z.string(),
  note: z.string(),
  createdAt: z.string(),
  position: z.number().int(),
});
const BoothRef = z.object({ fairId: Id, boothId: Id });
const AllocationRef = z.object({ fairId: Id, allocationId: Id });
const Target = z.object({
  fairId: Id,
  boothId: Id,
  exhibitorId: Id,
  status: z.enum(['held', 'reserved', 'confirmed']).optional(),
  holdExpiresOn: IsoDay.nullable().optional(),
});

/** The exhibitor directory, booth allocation, fees and payments. */
export const exhibitorsMethods = {
  listExhibitors: method({ input: FairId, output: z.array(Exhibitor), errors: ['NOT_FOUND'] }),
  createExhibitor: method({
    input: z.object({ fairId: Id, exhibitor: ExhibitorInput }),
    output: Exhibitor,
    errors: ['VALIDATION', 'CONFLICT'],
  }),
  updateExhibitor: method({
    input: z.object({ fairId: Id, exhibitorId: Id, exhibitor: ExhibitorInput }),
    output: Exhibitor,
    errors: ['VALIDATION', 'CONFLICT', 'NOT_FOUND'],
  }),
  /** `onBooths` says what happens to booths they hold: cancel those bookings, or refuse the delete. */
  deleteExhibitor: method({
    input: z.object({ fairId: Id, exhibitorId: Id, onBooths: z.enum(['cancel', 'refuse']) }),
    output: z.object({ cancelledBoothIds: z.array(Id) }),
    errors: ['CONFLICT', 'NOT_FOUND'],
  }),

  /** Active bookings of the fair (expired holds are cancelled first), or all of one booth/exhibitor. */
  listAllocations: method({
    input: z.object({ fairId: Id, boothId: Id.optional(), exhibitorId: Id.optional(), includeCancelled: z.boolean().optional() }),
    output: z.array(Allocation),
    errors: ['NOT_FOUND'],
  }),
  allocateBooth: method({ input: Target, output: Allocation, errors: ['CONFLICT', 'NOT_FOUND', 'VALIDATION'] }),
  replaceAllocation: method({ input: Target, output: Allocation, errors: ['CONFLICT', 'NOT_FOUND', 'VALIDATION'] }),
  moveAllocation: method({
    input: z.object({ fairId: Id, fromBoothId: Id, toBoothId: Id, replace: z.boolean().optional() }),
    output: Allocation,
    errors: ['CONFLICT', 'NOT_FOUND', 'VALIDATION'],
  }),
  swapAllocations: method({
    input: z.object({ fairId: Id, boothA: Id, boothB: Id }),
    output: z.array(Allocation),
    errors: ['CONFLICT', 'NOT_FOUND'],
  }),
  unassignBooth: method({ input: BoothRef, output: z.object({ boothId: Id }), errors: ['CONFLICT', 'NOT_FOUND'] }),
  setAllocationStatus: method({
    input: z.object({ fairId: Id, allocationId: Id, status: AllocationStatus, holdExpiresOn: IsoDay.nullable().optional() }),
    output: Allocation,
    errors: ['VALIDATION', 'CONFLICT', 'NOT_FOUND'],
  }),
  setAllocationFee: method({
    input: z.object({
      fairId: Id,
      allocationId: Id,
      feeDong: AmountDong,
      discountDong: AmountDong,
      discountReason: z.string().max(300),
      expectedUpdatedAt: z.string().max(40).optional(),
    }),
    output: Allocation,
    errors: ['VALIDATION', 'NOT_FOUND', 'CONFLICT'],
  }),
  /** Money received on a booking (a receipt number is given); `expectedUpdatedAt` refuses a stale screen. */
  recordPayment: method({
    input: z.object({ fairId: Id, allocationId: Id, payment: PaymentInput }),
    output: z.object({ payment: Payment, allocationStatus: z.string(), allocation: Allocation }),
    errors: ['VALIDATION', 'NOT_FOUND', 'CONFLICT'],
  }),
  /** A payment entered by mistake: voided with a reason, never deleted. */
  voidPayment: method({ input: VoidInput.extend({ fairId: Id }), output: Payment, errors: ['VALIDATION', 'NOT_FOUND', 'CONFLICT'] }),
  /** Money given back on a booking, as a linked refund row; never more than the booking holds. */
  refundPayment: method({ input: RefundInput.extend({ fairId: Id }), output: Payment, errors: ['VALIDATION', 'NOT_FOUND', 'CONFLICT'] }),
  /** An exhibitor's credit (kept from a cancelled booth) paid back to them. */
  refundCredit: method({
    input: z.object({
      fairId: Id,
      exhibitorId: Id,
      amountDong: Dong.min(1),
      method: RefundMethod,
      reason: z.string().trim().min(1).max(300),
      paidOn: IsoDay,
    }),
    output: Payment,
    errors: ['VALIDATION', 'NOT_FOUND', 'CONFLICT'],
  }),
  /** Cancels a booking; the money it holds is refunded, kept as credit or retained, in parts adding up to all of it. */
  cancelAllocation: method({
    input: CancelInput.extend({ fairId: Id }),
    output: Allocation,
    errors: ['VALIDATION', 'NOT_FOUND', 'CONFLICT'],
  }),
  /** The phiếu thu of one payment as a PDF (number, payer, booth, amount in figures and words, method, collector). */
  printReceipt: method({
    input: z.object({ fairId: Id, paymentId: Id, language: Language.default('vi') }),
    output: FileBytes,
    errors: ['VALIDATION', 'NOT_FOUND'],
  }),
  listPayments: method({ input: AllocationRef, output: z.array(Payment), errors: ['NOT_FOUND'] }),
  /** Every money row of one exhibitor (all their bookings and their credit). */
  listExhibitorLedger: method({ input: z.object({ fairId: Id, exhibitorId: Id }), output: z.array(Payment), errors: ['NOT_FOUND'] }),
  getHistory: method({
    input: z.object({ fairId: Id, boothId: Id.optional(), exhibitorId: Id.optional() }),
    output: z.array(HistoryEntry),
    errors: ['NOT_FOUND'],
  }),
  getOccupancy: method({ input: FairId, output: Occupancy, errors: ['NOT_FOUND'] }),

  /** Reads an .xlsx/.csv file and reports what importing it would do; changes nothing. */
  analyzeExhibitorImport: method({
    input: z.object({ fairId: Id, file: FileBytes, mapping: ColumnMapping.optional() }),
    output: ImportAnalysis,
    errors: ['FILE_INVALID', 'VALIDATION', 'PAYLOAD_TOO_LARGE', 'NOT_FOUND'],
  }),
  /** Imports the whole file or nothing; VALIDATION lists the rows at fault in `details.rows`. */
  importExhibitors: method({
    input: z.object({ fairId: Id, file: FileBytes, mapping: ColumnMapping, onDuplicate: OnDuplicate }),
    output: ImportResult,
    errors: ['FILE_INVALID', 'VALIDATION', 'PAYLOAD_TOO_LARGE', 'NOT_FOUND'],
  }),
  /** Prices the selected booths by a rule (per m² by zone, premiums by booth type; zero-dong free). */
  applyPricing: method({
    input: z.object({
      fairId: Id,
      boothIds: z.array(Id).min(1).max(50_000),
      rule: PricingRule,
      /** The booths as the person saw them: any that changed meanwhile refuse the whole pricing (CONFLICT). */
      expected: z.array(Booth).max(50_000).optional(),
    }),
    output: z.object({ changed: z.number().int(), totalDong: Dong }),
    errors: ['VALIDATION', 'NOT_FOUND', 'CONFLICT'],
  }),
  /** Bookings whose fee no longer matches their booth's price, unless the organizer chose to keep it. */
  listRepricing: method({ input: FairId, output: z.array(RepricingItem), errors: ['NOT_FOUND'] }),
  /**
   * Re-prices the chosen bookings to their booth's price, or keeps their fee (recorded, so they are
   * not listed again until the price changes). All or nothing; a booking or price changed since refuses it (CONFLICT).
   */
  resolveRepricing: method({
    input: z.object({ fairId: Id, decision: z.enum(['reprice', 'keep']), choices: z.array(RepricingChoice).min(1).max(10_000) }),
    output: z.object({ changed: z.number().int() }),
    errors: ['VALIDATION', 'NOT_FOUND', 'CONFLICT'],
  }),
  listWaitlist: method({ input: FairId, output: z.array(WaitlistEntry), errors: ['NOT_FOUND'] }),
  addToWaitlist: method({
    input: z.object({ fairId: Id, zoneId: Id, exhibitorId: Id, note: z.string().trim().max(300).default('') }),
    output: WaitlistEntry,
    errors: ['CONFLICT', 'NOT_FOUND'],
  }),
  removeFromWaitlist: method({ input: z.object({ fairId: Id, entryId: Id }), output: z.object({}), errors: ['NOT_FOUND'] }),
  /** The exhibitor first in line for a free booth's zone, to offer it to them. */
  nextInLine: method({ input: BoothRef, output: WaitlistEntry.nullable(), errors: ['NOT_FOUND'] }),
  exportExhibitors: method({ input: z.object({ fairId: Id, format: z.enum(['xlsx', 'csv']) }), output: FileBytes, errors: ['NOT_FOUND'] }),
  copyExhibitors: method({
    input: z.object({ fairId: Id, fromFairId: Id, onDuplicate: OnDuplicate }),
    output: ImportResult,
    errors: ['NOT_FOUND', 'VALIDATION', 'FILE_INVALID', 'FAIR_TOO_NEW'],
  }),
};
