import type { reportsMethods } from '../../shared/api/reports';
import type { HandlersOf } from '../../shared/api/define';
import type { HandlerContext } from '../api/context';
import { buildDashboard } from '../services/reports/dashboard';
import { fairReportCsv, fairReportXlsx } from '../services/reports/export';
import { buildFairReport } from '../services/reports/fair-report';

export const reportsHandlers: HandlersOf<typeof reportsMethods, HandlerContext> = {
  getDashboard: ({ fairId }, ctx) => buildDashboard(ctx.library.db(fairId)),
  getFairReport: ({ fairId }, ctx) => buildFairReport(ctx.library.db(fairId)),
  exportFairReport: ({ fairId, format, language }, ctx) => {
    const report = buildFairReport(ctx.library.db(fairId));
    return format === 'xlsx' ? fairReportXlsx(report, language) : fairReportCsv(report, language);
  },
};
