import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import type { Agreement, AgreementInput } from '../../../shared/model/report-settings';
import type { Db } from '../../db/open';
import { audit } from '../audit';

const SELECT = `SELECT id, kind, parties, value_dong AS valueDong, signed_on AS signedOn, note, created_at AS createdAt,
  updated_at AS updatedAt FROM trade_agreement`;

/** Contracts and MoUs signed at the fair, oldest first; removed ones are kept on file but not listed. */
export function listAgreements(db: Db): Agreement[] {
  return db.prepare(`${SELECT} WHERE removed_at IS NULL ORDER BY coalesce(signed_on, ''), created_at`).all() as Agreement[];
}

function getAgreement(db: Db, id: string): Agreement {
  const found = db.prepare(`${SELECT} WHERE id = ? AND removed_at IS NULL`).get(id) as Agreement | undefined;
  if (!found) throw new ApiError('NOT_FOUND', 'This agreement was not found (it may have been removed).', { reason: 'agreementGone' });
  return found;
}

export function addAgreement(db: Db, actor: string, input: AgreementInput): Agreement {
  const id = randomUUID();
  const at = new Date().toISOString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO trade_agreement (id, kind, parties, value_dong, signed_on, note, created_at, updated_at)
       VALUES (@id, @kind, @parties, @valueDong, @signedOn, @note, @at, @at)`,
    ).run({ id, at, ...input });
    audit(db, actor, 'agreement.add', 'agreement', id, { ...input }, at);
  }).immediate();
  return getAgreement(db, id);
}

/** Applies an edit only to the version it was made from: a change made elsewhere meanwhile is a CONFLICT. */
export function updateAgreement(db: Db, actor: string, id: string, input: AgreementInput, expectedUpdatedAt: string): Agreement {
  const at = new Date().toISOString();
  db.transaction(() => {
    const before = getAgreement(db, id);
    if (before.updatedAt !== expectedUpdatedAt) {
      throw new ApiError('CONFLICT', 'This agreement was changed elsewhere. Reload it and make your change again.', { reason: 'stale' });
    }
    db.prepare(
      `UPDATE trade_agreement SET kind = @kind, parties = @parties, value_dong = @valueDong, signed_on = @signedOn, note = @note,
       updated_at = @at WHERE id = @id`,
    ).run({ id, at, ...input });
    const { id: _i, createdAt: _c, updatedAt: _u, ...from } = before;
    audit(db, actor, 'agreement.update', 'agreement', id, { from, to: input }, at);
  }).immediate();
  return getAgreement(db, id);
}

/** Removed agreements stay in the file (and the history) but no longer count; restoring brings one back. */
export function setAgreementRemoved(db: Db, actor: string, id: string, removed: boolean): { id: string } {
  const at = new Date().toISOString();
  db.transaction(() => {
    const row = db.prepare('SELECT removed_at AS removedAt FROM trade_agreement WHERE id = ?').get(id) as
      { removedAt: string | null } | undefined;
    if (!row) throw new ApiError('NOT_FOUND', 'This agreement was not found.', { reason: 'agreementGone' });
    db.prepare('UPDATE trade_agreement SET removed_at = ?, updated_at = ? WHERE id = ?').run(removed ? at : null, at, id);
    audit(db, actor, removed ? 'agreement.remove' : 'agreement.restore', 'agreement', id, {}, at);
  }).immediate();
  return { id };
}
