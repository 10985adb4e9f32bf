import type { printMethods } from '../../shared/api/print';
import type { HandlersOf } from '../../shared/api/define';
import type { HandlerContext } from '../api/context';
import { readPrintChoices } from '../services/print/data';
import { PrintJobs } from '../services/print/jobs';

/** One job list per app: jobs live in memory only while a PDF is made and fetched. */
const jobs = new PrintJobs();

export const printHandlers: HandlersOf<typeof printMethods, HandlerContext> = {
  getPrintChoices: ({ fairId }, ctx) => readPrintChoices(ctx.library.db(fairId)),
  startPrint: ({ fairId, request }, ctx) => ({
    jobId: jobs.start(ctx.library.db(fairId), request, undefined, {
      // Booth signs carry the staff page's LAN address: staff mode must be on for this fair.
      staffUrl: request.kind === 'boothSigns' ? ctx.staff.boothUrls(fairId) : undefined,
    }),
  }),
  getPrintJob: ({ jobId }) => jobs.get(jobId),
  cancelPrint: ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
};
