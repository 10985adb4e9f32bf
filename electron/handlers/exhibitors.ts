import { ApiError } from '../../shared/api/errors';
import type { exhibitorsMethods } from '../../shared/api/exhibitors';
import type { HandlersOf } from '../../shared/api/define';
import type { HandlerContext } from '../api/context';
import { allocateBooth, expireHolds, listAllocations, setAllocationStatus, setFee } from '../services/exhibitors/allocations';
import { moveAllocation, replaceAllocation, swapAllocations, unassignBooth } from '../services/exhibitors/moves';
import { createExhibitor, deleteExhibitor, listExhibitors, updateExhibitor } from '../services/exhibitors/directory';
import { copyExhibitors } from '../services/exhibitors/copy';
import { exportDirectory } from '../services/exhibitors/export';
import type { ExportTaskInput, ImportTaskInput } from '../services/jobs/job-worker';
import { jobs as printJobs } from './print';
import { analyzeReading, landReading, readImport, type ImportReading } from '../services/exhibitors/import/import';
import { applyPricing } from '../services/exhibitors/pricing';
import { listRepricing, resolveRepricing } from '../services/exhibitors/repricing';
import { receiptPdf } from '../services/print/receipt-pdf';
import { addToWaitlist, listWaitlist, nextInLine, removeFromWaitlist } from '../services/exhibitors/waitlist';
import {
  cancelBooking,
  history,
  listLedger,
  listPayments,
  occupancy,
  recordPayment,
  refundCredit,
  refundPayment,
  voidPayment,
} from '../services/exhibitors/payments';

/** Reads see the fair as it is today: holds past their day are cancelled first. */
const fresh = (fairId: string, ctx: HandlerContext) => {
  const db = ctx.library.db(fairId);
  expireHolds(db, ctx.actor());
  return db;
};

export const exhibitorsHandlers: HandlersOf<typeof exhibitorsMethods, HandlerContext> = {
  listExhibitors: ({ fairId }, ctx) => listExhibitors(fresh(fairId, ctx)),
  createExhibitor: ({ fairId, exhibitor }, ctx) => createExhibitor(ctx.library.db(fairId), ctx.actor(), exhibitor),
  updateExhibitor: ({ fairId, exhibitorId, exhibitor }, ctx) =>
    updateExhibitor(ctx.library.db(fairId), ctx.actor(), exhibitorId, exhibitor),
  deleteExhibitor: ({ fairId, exhibitorId, onBooths }, ctx) => deleteExhibitor(ctx.library.db(fairId), ctx.actor(), exhibitorId, onBooths),

  listAllocations: ({ fairId, ...filter }, ctx) => listAllocations(fresh(fairId, ctx), filter),
  allocateBooth: ({ fairId, ...input }, ctx) => allocateBooth(fresh(fairId, ctx), ctx.actor(), input),
  replaceAllocation: ({ fairId, ...input }, ctx) => replaceAllocation(fresh(fairId, ctx), ctx.actor(), input),
  moveAllocation: ({ fairId, ...input }, ctx) => moveAllocation(fresh(fairId, ctx), ctx.actor(), input),
  swapAllocations: ({ fairId, ...input }, ctx) => swapAllocations(fresh(fairId, ctx), ctx.actor(), input),
  unassignBooth: ({ fairId, boothId }, ctx) => unassignBooth(ctx.library.db(fairId), ctx.actor(), boothId),
  setAllocationStatus: ({ fairId, ...input }, ctx) => setAllocationStatus(fresh(fairId, ctx), ctx.actor(), input),
  setAllocationFee: ({ fairId, ...input }, ctx) => setFee(ctx.library.db(fairId), ctx.actor(), input),
  recordPayment: ({ fairId, allocationId, payment }, ctx) => recordPayment(ctx.library.db(fairId), ctx.actor(), allocationId, payment),
  voidPayment: ({ fairId, ...input }, ctx) => voidPayment(ctx.library.db(fairId), ctx.actor(), input),
  refundPayment: ({ fairId, ...input }, ctx) => refundPayment(ctx.library.db(fairId), ctx.actor(), input),
  refundCredit: ({ fairId, ...input }, ctx) => refundCredit(ctx.library.db(fairId), ctx.actor(), input),
  cancelAllocation: ({ fairId, ...input }, ctx) => cancelBooking(fresh(fairId, ctx), ctx.actor(), input),
  printReceipt: ({ fairId, paymentId, language }, ctx) => receiptPdf(ctx.library.db(fairId), paymentId, language),
  listPayments: ({ fairId, allocationId }, ctx) => listPayments(ctx.library.db(fairId), allocationId),
  listExhibitorLedger: ({ fairId, exhibitorId }, ctx) => listLedger(ctx.library.db(fairId), exhibitorId),
  getHistory: ({ fairId, ...of }, ctx) => history(ctx.library.db(fairId), of),
  getOccupancy: ({ fairId }, ctx) => occupancy(fresh(fairId, ctx)),

  analyzeExhibitorImport: async ({ fairId, file, mapping }, ctx) => {
    const db = ctx.library.db(fairId);
    return analyzeReading(db, await readOffThread(ctx.files.bytes(file), file.fileName, mapping));
  },
  importExhibitors: async ({ fairId, file, mapping, onDuplicate }, ctx) => {
    const db = ctx.library.db(fairId);
    const reading = await readOffThread(ctx.files.bytes(file), file.fileName, mapping);
    // The file is read and checked in the worker; its rows land here, in one transaction, or none do.
    return landReading(db, ctx.actor(), reading, file.fileName, onDuplicate);
  },
  applyPricing: ({ fairId, boothIds, rule, expected }, ctx) => applyPricing(ctx.library.db(fairId), ctx.actor(), boothIds, rule, expected),
  listRepricing: ({ fairId }, ctx) => listRepricing(fresh(fairId, ctx)),
  resolveRepricing: ({ fairId, decision, choices }, ctx) => resolveRepricing(ctx.library.db(fairId), ctx.actor(), decision, choices),
  listWaitlist: ({ fairId }, ctx) => listWaitlist(ctx.library.db(fairId)),
  addToWaitlist: ({ fairId, ...input }, ctx) => addToWaitlist(ctx.library.db(fairId), ctx.actor(), input),
  removeFromWaitlist: ({ fairId, entryId }, ctx) => (removeFromWaitlist(ctx.library.db(fairId), ctx.actor(), entryId), {}),
  nextInLine: ({ fairId, boothId }, ctx) => nextInLine(fresh(fairId, ctx), boothId),
  exportExhibitors: ({ fairId, format }, ctx) => {
    const db = ctx.library.db(fairId);
    const input: ExportTaskInput = { file: db.name, format };
    return printJobs.offThread('exhibitorsExport', input, () => exportDirectory(db, format));
  },
  copyExhibitors: ({ fairId, fromFairId, onDuplicate }, ctx) => {
    if (fromFairId === fairId)
      throw new ApiError('VALIDATION', 'Choose another fair to copy from.', { issues: [{ path: ['fromFairId'], message: 'sameFair' }] });
    return copyExhibitors(ctx.library.db(fairId), ctx.actor(), ctx.library.db(fromFairId), fromFairId, onDuplicate);
  },
};

/** An exhibitor list read and checked in the job worker: a 10,000-row workbook never queues a sale. */
function readOffThread(bytes: Buffer, fileName: string, mapping: ImportTaskInput['mapping']): Promise<ImportReading> {
  const input: ImportTaskInput = { bytes, fileName, mapping };
  return printJobs.offThread('exhibitorImport', input, () => readImport(bytes, fileName, mapping));
}
