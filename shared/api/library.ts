import { z } from 'zod';
import { method } from './define';
import { BrokenFair, Fair, FairInput, FairSummary, FileBytes, Id, Settings } from '../model/fair';

const FairId = z.object({ fairId: Id });

/** The fair library (home screen), app settings and app facts. */
export const libraryMethods = {
  getAppInfo: method({
    input: z.object({}),
    output: z.object({
      version: z.string(),
      mode: z.enum(['desktop', 'browser']),
      dataDir: z.string(),
    }),
    errors: [],
  }),
  getSettings: method({ input: z.object({}), output: Settings, errors: [] }),
  updateSettings: method({ input: Settings.partial(), output: Settings, errors: ['VALIDATION'] }),

  listFairs: method({
    input: z.object({}),
    output: z.object({ fairs: z.array(FairSummary), broken: z.array(BrokenFair) }),
    errors: [],
  }),
  createFair: method({ input: FairInput, output: FairSummary, errors: ['VALIDATION'] }),
  /** Opens a fair: migrates its file if needed and keeps a rotating backup first. */
  openFair: method({
    input: FairId,
    output: Fair,
    errors: ['NOT_FOUND', 'FAIR_TOO_NEW', 'FILE_INVALID'],
  }),
  /** Reads a fair's details without opening it for work (no backup, no "last opened"). */
  getFair: method({ input: FairId, output: Fair, errors: ['NOT_FOUND', 'FAIR_TOO_NEW', 'FILE_INVALID'] }),
  updateFair: method({
    input: z.object({ fairId: Id, fair: FairInput }),
    output: Fair,
    errors: ['NOT_FOUND', 'VALIDATION'],
  }),
  /** "Reuse last year's layout": plan and exhibitors, no allocations' money, no sales. */
  duplicateFair: method({
    input: z.object({ fairId: Id, fair: FairInput }),
    output: FairSummary,
    errors: ['NOT_FOUND', 'VALIDATION'],
  }),
  /** Moves the file to the trash folder; nothing is erased. */
  deleteFair: method({ input: FairId, output: z.object({ trashedAs: z.string() }), errors: ['NOT_FOUND'] }),
  exportFair: method({ input: FairId, output: FileBytes, errors: ['NOT_FOUND'] }),
  importFair: method({
    input: FileBytes,
    output: FairSummary,
    errors: ['FILE_INVALID', 'FAIR_TOO_NEW', 'PAYLOAD_TOO_LARGE'],
  }),
};
