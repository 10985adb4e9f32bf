import { z } from 'zod';
import { method } from './define';
import { FairRef, Id, IsoDay } from '../model/common';
import { FileBytes } from '../model/fair';
import { FairReport } from '../model/report';
import { Agreement, AgreementInput, ReportSettings, ReportSettingsInput } from '../model/report-settings';
import { Dashboard } from '../model/sales-dashboard';

export const ReportFormat = z.enum(['xlsx', 'csv', 'pdf', 'docx']);
export type ReportFormat = z.infer<typeof ReportFormat>;

/** The whole fair, or one of its days. */
const ReportScope = z.object({ fairId: Id, day: IsoDay.nullable().default(null) });

/** Dashboards and the fair report organizers send upward, with what the report needs. */
export const reportsMethods = {
  getDashboard: method({ input: ReportScope, output: Dashboard, errors: ['NOT_FOUND'] }),
  getFairReport: method({ input: ReportScope, output: FairReport, errors: ['NOT_FOUND'] }),
  /** Built in the main process from the one report builder; the renderer saves the bytes. */
  exportFairReport: method({
    input: ReportScope.extend({
      format: ReportFormat,
      language: z.enum(['vi', 'en']).default('vi'),
      /** PDF only: the revenue heat map as the appendix's last pages; absent: included. */
      heatMap: z.boolean().optional(),
    }),
    output: FileBytes,
    errors: ['NOT_FOUND'],
  }),
  getReportSettings: method({ input: FairRef, output: ReportSettings, errors: ['NOT_FOUND'] }),
  /** Compare-and-set: `expectedUpdatedAt` is the `updatedAt` the form was filled from. */
  updateReportSettings: method({
    input: z.object({ fairId: Id, settings: ReportSettingsInput, expectedUpdatedAt: z.string().nullable() }),
    output: ReportSettings,
    errors: ['NOT_FOUND', 'VALIDATION', 'CONFLICT'],
  }),
  /** The previous edition (another fair of the library) the report compares with; null clears it. */
  setPreviousEdition: method({
    input: z.object({ fairId: Id, previousFairId: Id.nullable(), expectedUpdatedAt: z.string().nullable() }),
    output: ReportSettings,
    errors: ['NOT_FOUND', 'VALIDATION', 'CONFLICT'],
  }),
  listAgreements: method({ input: FairRef, output: z.array(Agreement), errors: ['NOT_FOUND'] }),
  addAgreement: method({
    input: z.object({ fairId: Id, agreement: AgreementInput }),
    output: Agreement,
    errors: ['NOT_FOUND', 'VALIDATION'],
  }),
  updateAgreement: method({
    input: z.object({ fairId: Id, agreementId: Id, agreement: AgreementInput, expectedUpdatedAt: z.string() }),
    output: Agreement,
    errors: ['NOT_FOUND', 'VALIDATION', 'CONFLICT'],
  }),
  /** Removes an agreement from the report (kept on file), or restores it: the undo of a removal. */
  setAgreementRemoved: method({
    input: z.object({ fairId: Id, agreementId: Id, removed: z.boolean() }),
    output: z.object({ id: Id }),
    errors: ['NOT_FOUND'],
  }),
};
