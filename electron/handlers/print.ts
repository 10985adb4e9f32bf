import type { printMethods } from '../../shared/api/print';
import type { HandlersOf } from '../../shared/api/define';
import type { HandlerContext } from '../api/context';
import { readPrintChoices } from '../services/print/data';
import { PrintJobs } from '../services/print/jobs';
import { readPreviousEdition } from './reports';

/** One job list per app: jobs live in memory only while a PDF is made and fetched. */
const jobs = new PrintJobs();

export const printHandlers: HandlersOf<typeof printMethods, HandlerContext> = {
  getPrintChoices: ({ fairId }, ctx) => readPrintChoices(ctx.library.db(fairId)),
  startPrint: ({ fairId, request }, ctx) => {
    const db = ctx.library.db(fairId);
    return { jobId: jobs.start(db, request, new Date(), request.kind === 'report' ? readPreviousEdition(ctx, db) : null) };
  },
  getPrintJob: ({ jobId }) => jobs.get(jobId),
  cancelPrint: ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
};
