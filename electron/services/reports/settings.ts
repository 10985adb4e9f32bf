import { ApiError } from '../../../shared/api/errors';
import { foldText } from '../../../shared/fold';
import type { ReportSettings, ReportSettingsInput } from '../../../shared/model/report-settings';
import { isCity, PROVINCES, provincePlace, provinceIn, provinceOf } from '../../../shared/provinces';
import { translator } from '../../../shared/i18n';
import type { Db } from '../../db/open';
import { audit } from '../audit';

interface SettingsRow {
  parent_body: string;
  issuing_body: string;
  number: string;
  place: string;
  report_day: string | null;
  host_province: string;
  signer_authority: string;
  signer_title: string;
  signer_name: string;
  recipients: string;
  purpose: string;
  assessment: string;
  recommendations: string;
  previous_fair_id: string | null;
  previous_fair_name: string;
  updated_at: string;
}

const EMPTY: ReportSettings = {
  parentBody: '',
  issuingBody: '',
  number: '',
  place: '',
  reportDay: null,
  hostProvince: '',
  signerAuthority: '',
  signerTitle: '',
  signerName: '',
  recipients: '',
  purpose: '',
  assessment: '',
  recommendations: '',
  previousFairId: null,
  previousFairName: '',
  updatedAt: null,
};

/** The settings as saved: blanks stay blank (the form shows the defaults as placeholders). */
export function getReportSettings(db: Db): ReportSettings {
  const r = db.prepare('SELECT * FROM report_settings WHERE id = 1').get() as SettingsRow | undefined;
  if (!r) return EMPTY;
  return {
    parentBody: r.parent_body,
    issuingBody: r.issuing_body,
    number: r.number,
    place: r.place,
    reportDay: r.report_day,
    hostProvince: r.host_province,
    signerAuthority: r.signer_authority,
    signerTitle: r.signer_title,
    signerName: r.signer_name,
    recipients: r.recipients,
    purpose: r.purpose,
    assessment: r.assessment,
    recommendations: r.recommendations,
    previousFairId: r.previous_fair_id,
    previousFairName: r.previous_fair_name,
    updatedAt: r.updated_at,
  };
}

function write(db: Db, s: ReportSettings, at: string): void {
  db.prepare(
    `INSERT INTO report_settings (id, parent_body, issuing_body, number, place, report_day, host_province, signer_authority,
       signer_title, signer_name, recipients, purpose, assessment, recommendations, previous_fair_id, previous_fair_name, updated_at)
     VALUES (1, @parentBody, @issuingBody, @number, @place, @reportDay, @hostProvince, @signerAuthority, @signerTitle, @signerName,
       @recipients, @purpose, @assessment, @recommendations, @previousFairId, @previousFairName, @at)
     ON CONFLICT (id) DO UPDATE SET parent_body = excluded.parent_body, issuing_body = excluded.issuing_body, number = excluded.number,
       place = excluded.place, report_day = excluded.report_day, host_province = excluded.host_province,
       signer_authority = excluded.signer_authority, signer_title = excluded.signer_title, signer_name = excluded.signer_name,
       recipients = excluded.recipients, purpose = excluded.purpose, assessment = excluded.assessment,
       recommendations = excluded.recommendations, previous_fair_id = excluded.previous_fair_id,
       previous_fair_name = excluded.previous_fair_name, updated_at = excluded.updated_at`,
  ).run({ ...s, at });
}

/** Refuses a save made from settings someone else has changed since they were read. */
function checkFresh(current: ReportSettings, expectedUpdatedAt: string | null): void {
  if (current.updatedAt !== expectedUpdatedAt) {
    throw new ApiError('CONFLICT', 'The report settings were changed elsewhere. Reload them and make your change again.', {
      reason: 'stale',
    });
  }
}

export function updateReportSettings(db: Db, actor: string, input: ReportSettingsInput, expectedUpdatedAt: string | null): ReportSettings {
  const at = new Date().toISOString();
  db.transaction(() => {
    const current = getReportSettings(db);
    checkFresh(current, expectedUpdatedAt);
    write(db, { ...current, ...input }, at);
    audit(db, actor, 'report.settings', 'fair', null, { ...input }, at);
  }).immediate();
  return getReportSettings(db);
}

/** Sets (or clears) the previous edition the report compares with. */
export function setPreviousEdition(
  db: Db,
  actor: string,
  previous: { fairId: string; name: string } | null,
  expectedUpdatedAt: string | null,
): ReportSettings {
  const at = new Date().toISOString();
  db.transaction(() => {
    const current = getReportSettings(db);
    checkFresh(current, expectedUpdatedAt);
    write(db, { ...current, previousFairId: previous?.fairId ?? null, previousFairName: previous?.name ?? '' }, at);
    audit(db, actor, 'report.previous_edition', 'fair', null, { previous }, at);
  }).immediate();
  return getReportSettings(db);
}

/**
 * A fair duplicated from last year's: the header and signer carry over, the number, date, free
 * text and agreements do not, and last year's fair becomes the previous edition.
 */
export function startNextEdition(db: Db, previous: { fairId: string; name: string }, at: string): void {
  const current = getReportSettings(db);
  write(
    db,
    {
      ...current,
      number: '',
      reportDay: null,
      purpose: '',
      assessment: '',
      recommendations: '',
      previousFairId: previous.fairId,
      previousFairName: previous.name,
    },
    at,
  );
}

const upper = (text: string) => text.toLocaleUpperCase('vi');

/** "SỞ CÔNG THƯƠNG" → "SCT": the issuing body's mark in a document number. */
export function bodyInitials(body: string): string {
  return foldText(body)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** The fair facts the defaults are made from. */
export interface FairFacts {
  name: string;
  venue: string;
  organizer: string;
  lastDay: string;
}

/**
 * Every blank setting replaced by its default, so the report always reads as a whole document. The
 * defaults are the document's own header lines, written as the Vietnamese administrative document has them.
 */
export function resolveReportSettings(stored: ReportSettings, fair: FairFacts, provinces: readonly string[]): ReportSettings {
  const t = translator('vi', 'report');
  const counted = new Map<string, number>();
  for (const p of provinces) counted.set(p, (counted.get(p) ?? 0) + 1);
  const commonest = [...counted].filter(([p]) => (PROVINCES as readonly string[]).includes(p)).sort((a, b) => b[1] - a[1])[0]?.[0];
  const host =
    provinceOf(stored.hostProvince) ??
    (stored.hostProvince || provinceIn(fair.organizer) || provinceIn(fair.venue) || provinceIn(fair.name) || commonest || '');
  const hostPlace = provincePlace(host);
  // "Sở Công Thương thành phố Hải Phòng" → "SỞ CÔNG THƯƠNG": the province is in the parent body's line.
  const organizerBody = fair.organizer
    .replace(/\s+(tỉnh|thành phố|TP\.?)\s+.*$/iu, '')
    .replace(new RegExp(`\\s+${hostPlace}$`, 'u'), '')
    .trim();
  const issuingBody = stored.issuingBody || upper(organizerBody);
  const kind = t(isCity(host) ? 'settingsDefaults.city' : 'settingsDefaults.province');
  const parentLower = t('settingsDefaults.parentBody', { kind, place: hostPlace });
  const parentBody = stored.parentBody || (host ? upper(parentLower) : '');
  const nextDay = new Date(Date.parse(`${fair.lastDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    ...stored,
    parentBody,
    issuingBody,
    number: stored.number || `      /BC-${bodyInitials(issuingBody) || 'BTC'}`,
    place: stored.place || host,
    reportDay: stored.reportDay ?? nextDay,
    hostProvince: host,
    signerTitle: stored.signerTitle || t('settingsDefaults.signerTitle'),
    recipients:
      stored.recipients ||
      [
        host ? t('settingsDefaults.recipientParent', { body: parentLower }) : '',
        t('settingsDefaults.recipientMinistry'),
        t('settingsDefaults.archive'),
      ]
        .filter(Boolean)
        .join('\n'),
  };
}
