import { z } from 'zod';
import { method } from './define';
import { FairRef, Id } from '../model/common';
import { FileBytes } from '../model/fair';
import { FairReport } from '../model/report';
import { Dashboard } from '../model/sales-dashboard';

export const ReportFormat = z.enum(['xlsx', 'csv']);
export type ReportFormat = z.infer<typeof ReportFormat>;

/** Dashboards and the fair report organizers send upward. */
export const reportsMethods = {
  getDashboard: method({ input: FairRef, output: Dashboard, errors: ['NOT_FOUND'] }),
  getFairReport: method({ input: FairRef, output: FairReport, errors: ['NOT_FOUND'] }),
  /** Built in the main process; the renderer saves the bytes. */
  exportFairReport: method({
    input: z.object({ fairId: Id, format: ReportFormat, language: z.enum(['vi', 'en']).default('vi') }),
    output: FileBytes,
    errors: ['NOT_FOUND'],
  }),
};
