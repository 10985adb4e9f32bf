import { ApiError } from '../../../shared/api/errors';
import type { ConfirmTransfersInput, StatementAnalysis, StatementInput, StatementMapping } from '../../../shared/model/transfers';
import { todayInVietnam } from '../../../shared/dates';
import { inlineFiles, type Uploads } from '../../api/uploads';
import type { Db } from '../../db/open';
import { audit } from '../audit';
import { recordPayment } from '../exhibitors/payments';
import { matchStatement, readStatement, type ReadStatement } from './statement';
import { appReason } from '../../../shared/i18n/reasons';

/** Reads a statement file into its lines: here by default; the app reads it in the job worker. */
export type StatementReader = (file: StatementInput['file'], mapping?: StatementMapping) => Promise<ReadStatement>;

/** Reads the statement on this thread (tests, the bench, the app without workers). */
export const readStatementHere =
  (files: Pick<Uploads, 'bytes'> = inlineFiles): StatementReader =>
  (file, mapping) =>
    readStatement(files.bytes(file), file.fileName, mapping);

/** Reads a statement and proposes payments; nothing is recorded. */
export async function analyzeStatement(
  db: Db,
  input: StatementInput,
  now = new Date(),
  read: StatementReader = readStatementHere(),
): Promise<StatementAnalysis> {
  const statement = await read(input.file, input.mapping);
  return matchStatement(db, input.fairId, statement, todayInVietnam(now));
}

/** The one place a bank transfer meets the booth payment ledger: one payment on one booking. */
function recordTransferPayment(
  db: Db,
  actor: string,
  p: { allocationId: string; amountDong: number; paidOn: string; note: string },
): string {
  return recordPayment(db, actor, p.allocationId, { amountDong: p.amountDong, paidOn: p.paidOn, method: 'bank_transfer', note: p.note })
    .payment.id;
}

/**
 * Records the proposals the organizer confirmed, recomputed from the file against the balances of
 * now, in one transaction: every confirmed line lands, or none does (a line recorded meanwhile, or
 * one no longer proposed, refuses the whole confirmation).
 */
export async function confirmTransfers(
  db: Db,
  input: ConfirmTransfersInput,
  actor: string,
  now = new Date(),
  read: StatementReader = readStatementHere(),
): Promise<{ recorded: number; totalDong: number }> {
  // Read (in the worker) before the transaction: the lines are matched against the balances of now, inside it.
  const statement = await read(input.file, input.mapping);
  const at = now.toISOString();
  return db
    .transaction(() => {
      const analysis = matchStatement(db, input.fairId, statement, todayInVietnam(now));
      const byKey = new Map(analysis.proposals.map((p) => [p.key, p]));
      const wanted = [...new Set(input.keys)];
      const missing = wanted.filter((k) => !byKey.has(k));
      if (missing.length > 0)
        throw new ApiError('CONFLICT', 'Some confirmed transfers are no longer proposed (recorded meanwhile, or balances changed)', {
          reason: 'changedMeanwhile',
          keys: missing,
        });
      let totalDong = 0;
      for (const key of wanted) {
        const p = byKey.get(key)!;
        const note = transferNote(p.description);
        const paymentIds = p.payments.map((pay) => recordTransferPayment(db, actor, { ...pay, paidOn: p.paidOn, note }));
        db.prepare(
          `INSERT INTO bank_transfer (line_key, paid_on, amount_dong, description, exhibitor_id, payment_ids, recorded_at, recorded_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(key, p.paidOn, p.amountDong, p.description, p.exhibitorId, JSON.stringify(paymentIds), at, actor);
        audit(
          db,
          actor,
          'transfer.record',
          'exhibitor',
          p.exhibitorId,
          { key, amountDong: p.amountDong, paidOn: p.paidOn, paymentIds },
          at,
        );
        totalDong += p.amountDong;
      }
      return { recorded: wanted.length, totalDong };
    })
    .immediate();
}

/** A transfer's payment note: the app's words as a code, the bank's description kept as far as the note's 500 characters allow. */
function transferNote(description: string): string {
  let d = description.slice(0, 500);
  while (appReason('transfer', { description: d }).length > 500) d = d.slice(0, -10);
  return appReason('transfer', { description: d });
}
