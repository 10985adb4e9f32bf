import { ApiError } from '../../shared/api/errors';
import type { reportsMethods } from '../../shared/api/reports';
import type { HandlersOf } from '../../shared/api/define';
import { composeReport } from '../../shared/report/compose';
import type { HandlerContext } from '../api/context';
import type { Db } from '../db/open';
import { addAgreement, listAgreements, setAgreementRemoved, updateAgreement } from '../services/reports/agreements';
import { buildDashboard } from '../services/reports/dashboard';
import { reportFile } from '../services/reports/report-file';
import type { ReportFileTaskInput } from '../services/jobs/job-worker';
import { jobs as printJobs } from './print';
import { buildFairReport, dayNumberOf, previousEdition, type PreviousEdition } from '../services/reports/fair-report';
import { getReportSettings, setPreviousEdition, updateReportSettings } from '../services/reports/settings';
import { reportPdfBytes } from '../services/print/report-pdf';
import { Progress } from '../services/print/progress';

/**
 * The previous edition's figures, read from its own file (with its day of the same number when one
 * day is reported); null when none is set or the file is gone.
 */
export function readPreviousEdition(ctx: HandlerContext, db: Db, day: string | null = null): PreviousEdition | null {
  const id = getReportSettings(db).previousFairId;
  if (!id) return null;
  try {
    return previousEdition(ctx.library.db(id), dayNumberOf(db, day));
  } catch {
    return null;
  }
}

export const reportsHandlers: HandlersOf<typeof reportsMethods, HandlerContext> = {
  getDashboard: ({ fairId, day }, ctx) => buildDashboard(ctx.library.db(fairId), { day }),
  getFairReport: ({ fairId, day }, ctx) => {
    const db = ctx.library.db(fairId);
    return buildFairReport(db, { day, previous: readPreviousEdition(ctx, db, day) });
  },
  exportFairReport: async ({ fairId, format, language, day, heatMap }, ctx) => {
    const db = ctx.library.db(fairId);
    const doc = composeReport(buildFairReport(db, { day, previous: readPreviousEdition(ctx, db, day) }), language);
    if (format !== 'pdf') {
      const input: ReportFileTaskInput = { doc, format, language };
      return printJobs.offThread('reportFile', input, () => reportFile(doc, format, language));
    }
    const pdf = await reportPdfBytes(doc, language, new Progress(), heatMap !== false ? { db, day } : null);
    return { fileName: `${doc.fileBase}.pdf`, mimeType: 'application/pdf', base64: pdf.bytes.toString('base64') };
  },
  getReportSettings: ({ fairId }, ctx) => getReportSettings(ctx.library.db(fairId)),
  updateReportSettings: ({ fairId, settings, expectedUpdatedAt }, ctx) =>
    updateReportSettings(ctx.library.db(fairId), ctx.actor(), settings, expectedUpdatedAt),
  setPreviousEdition: ({ fairId, previousFairId, expectedUpdatedAt }, ctx) => {
    if (previousFairId === fairId)
      throw new ApiError('VALIDATION', 'A fair cannot be its own previous edition.', { reason: 'ownPreviousEdition' });
    const previous = previousFairId ? { fairId: previousFairId, name: ctx.library.fair(previousFairId).name } : null;
    return setPreviousEdition(ctx.library.db(fairId), ctx.actor(), previous, expectedUpdatedAt);
  },
  listAgreements: ({ fairId }, ctx) => listAgreements(ctx.library.db(fairId)),
  addAgreement: ({ fairId, agreement }, ctx) => addAgreement(ctx.library.db(fairId), ctx.actor(), agreement),
  updateAgreement: ({ fairId, agreementId, agreement, expectedUpdatedAt }, ctx) =>
    updateAgreement(ctx.library.db(fairId), ctx.actor(), agreementId, agreement, expectedUpdatedAt),
  setAgreementRemoved: ({ fairId, agreementId, removed }, ctx) =>
    setAgreementRemoved(ctx.library.db(fairId), ctx.actor(), agreementId, removed),
};
