import { z } from 'zod';
import { Id, IsoDay, optionalText, requiredText } from './common';

const fairFields = {
  name: requiredText(200),
  venue: optionalText(300),
  organizer: optionalText(300),
  firstDay: IsoDay,
  lastDay: IsoDay,
  notes: optionalText(5000),
};

/** The messages of the fair's own rules, so a form can recognise them and speak the person's language. */
export const FAIR_RULES = {
  lastBeforeFirst: 'The last day cannot be before the first day',
  tooLong: 'A fair lasts at most a year',
} as const;

const daysInOrder = (f: { firstDay: string; lastDay: string }) => f.firstDay <= f.lastDay;
const daysInOrderIssue = { error: FAIR_RULES.lastBeforeFirst, path: ['lastDay'] };
/** Fairs run for days, not years; a longer span is a typing mistake. */
const MAX_FAIR_DAYS = 366;
const spanIsSane = (f: { firstDay: string; lastDay: string }) =>
  (Date.parse(f.lastDay) - Date.parse(f.firstDay)) / 86_400_000 < MAX_FAIR_DAYS;
const spanIssue = { error: FAIR_RULES.tooLong, path: ['lastDay'] };

export const FairInput = z.object(fairFields).refine(daysInOrder, daysInOrderIssue).refine(spanIsSane, spanIssue);
export type FairInput = z.infer<typeof FairInput>;

export const Fair = z.object({
  id: Id,
  ...fairFields,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Fair = z.infer<typeof Fair>;

/** One row of the library: enough to choose a fair without opening it. */
export const FairSummary = z.object({
  id: Id,
  name: z.string(),
  venue: z.string(),
  organizer: z.string(),
  firstDay: z.string(),
  lastDay: z.string(),
  boothCount: z.number().int(),
  exhibitorCount: z.number().int(),
  lastOpenedAt: z.string().nullable(),
  fileBytes: z.number().int(),
});
export type FairSummary = z.infer<typeof FairSummary>;

/** A file in the library folder that could not be read as a fair: shown, never silently hidden. */
export const BrokenFair = z.object({
  fileName: z.string(),
  code: z.enum(['FAIR_TOO_NEW', 'FILE_INVALID']),
  message: z.string(),
});
export type BrokenFair = z.infer<typeof BrokenFair>;

export const Language = z.enum(['vi', 'en']);
export type Language = z.infer<typeof Language>;

export const Settings = z.object({
  language: Language,
  /** Shown in the audit log as who recorded a change. */
  userName: z.string().trim().max(100),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { language: 'vi', userName: '' };

/** An upload received ahead of the call (browser mode streams large files to disk, never into JSON). */
export const UploadId = z.string().uuid();

/**
 * Bytes travel as base64 so both transports (structured clone and JSON) carry them alike; in browser
 * mode a large file is sent ahead to the upload address and the call names it by `upload` instead.
 */
export const FileBytes = z.object({
  fileName: z.string().min(1).max(255),
  mimeType: z.string().max(200).default('application/octet-stream'),
  base64: z.string().max(400_000_000),
  upload: UploadId.optional(),
});
export type FileBytes = z.infer<typeof FileBytes>;

export { Id };
