import { z } from 'zod';
import { Dong, Id, IsoDay } from './common';

const line = (max: number) => z.string().trim().max(max).default('');

/**
 * What the administrative report (Decree 30/2020/NĐ-CP layout) needs beyond the fair's own
 * details. Every field is optional: blank means "use the default", which the report builder
 * derives from the fair (organizer, host province, last day).
 */
export const ReportSettingsInput = z.object({
  /** Parent body, printed in capitals above the issuing body: "UBND THÀNH PHỐ HẢI PHÒNG". */
  parentBody: line(200),
  /** The body that issues the report, in bold: "SỞ CÔNG THƯƠNG". */
  issuingBody: line(200),
  /** What follows "Số:", e.g. "125/BC-SCT"; blank leaves room for the clerk's number. */
  number: line(60),
  /** The place of the place-and-date line: "Hải Phòng". */
  place: line(100),
  /** The date of the report; null = the day after the fair's last day. */
  reportDay: IsoDay.nullable().default(null),
  /** The province that hosts the fair: exhibitors are counted inside and outside it. */
  hostProvince: line(80),
  /** "KT. GIÁM ĐỐC", "TM. BAN TỔ CHỨC"; blank when the head signs in their own name. */
  signerAuthority: line(120),
  signerTitle: line(120),
  signerName: line(120),
  /** One recipient a line, as printed under "Nơi nhận:". */
  recipients: line(2000),
  /** Free text of section I (purpose and basis); blank = a sentence made from the fair. */
  purpose: line(5000),
  /** Sections IV and V: what the app cannot know. */
  assessment: line(10000),
  recommendations: line(10000),
});
export type ReportSettingsInput = z.infer<typeof ReportSettingsInput>;

export const ReportSettings = ReportSettingsInput.extend({
  /** The previous edition, another fair in the library, from which the comparison is computed. */
  previousFairId: Id.nullable(),
  previousFairName: z.string(),
  /** null until first saved; a save carries the value it read (compare-and-set). */
  updatedAt: z.string().nullable(),
});
export type ReportSettings = z.infer<typeof ReportSettings>;

export const AgreementKind = z.enum(['contract', 'mou']);
export type AgreementKind = z.infer<typeof AgreementKind>;

/** A contract or memorandum of understanding signed at the fair. */
export const AgreementInput = z.object({
  kind: AgreementKind,
  parties: z.string().trim().min(1, 'Required').max(500),
  /** Whole đồng; 0 when the agreement states no value. */
  valueDong: Dong,
  signedOn: IsoDay.nullable().default(null),
  note: line(1000),
});
export type AgreementInput = z.infer<typeof AgreementInput>;

export const Agreement = AgreementInput.extend({ id: Id, createdAt: z.string(), updatedAt: z.string() });
export type Agreement = z.infer<typeof Agreement>;
