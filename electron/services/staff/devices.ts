import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import type { StaffDevice, StaffJoinInput, StaffRefusal } from '../../../shared/model/staff';
import type { Db } from '../../db/open';
import { audit } from '../audit';
import { stmt } from '../../db/statements';

/** A join code shown on the organizer's screen is good for this long, and for one phone. */
export const JOIN_CODE_TTL_MS = 10 * 60_000;

/** Letters and digits nobody misreads on a phone screen (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Only hashes rest on disk: a copied fair file gives nobody a working token or code. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Refused with a reason the staff page can say in the person's language. */
export function refused(why: StaffRefusal, message: string): ApiError {
  return new ApiError('UNAUTHORIZED', message, { staff: why });
}

export function newJoinCode(db: Db, now: Date): { code: string; expiresAt: string } {
  const bytes = randomBytes(10);
  const code = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  const expiresAt = new Date(now.getTime() + JOIN_CODE_TTL_MS).toISOString();
  stmt(db, 'INSERT INTO staff_join_code (code_hash, created_at, expires_at) VALUES (?, ?, ?)').run(
    hashSecret(code),
    now.toISOString(),
    expiresAt,
  );
  return { code, expiresAt };
}

export interface JoinedDevice {
  /** Handed to the phone once; only its hash is kept. */
  token: string;
  deviceId: string;
  number: number;
  personName: string;
}

/** A phone joins with a code: the code is spent, the phone gets its own token. */
export function joinWithCode(db: Db, input: StaffJoinInput, now: Date): JoinedDevice {
  const code = input.code.toUpperCase().replace(/[\s-]/g, '');
  const at = now.toISOString();
  return db
    .transaction(() => {
      const row = stmt(db, 'SELECT expires_at AS expiresAt, used_at AS usedAt FROM staff_join_code WHERE code_hash = ?').get(
        hashSecret(code),
      ) as { expiresAt: string; usedAt: string | null } | undefined;
      if (!row) throw refused('codeUnknown', 'This join code is not one FairFloor gave out.');
      if (row.usedAt) throw refused('codeUsed', 'This join code was used already: each code lets one phone join.');
      if (row.expiresAt <= at) throw refused('codeExpired', 'This join code has expired.');
      const token = randomBytes(32).toString('base64url');
      const deviceId = randomUUID();
      const number = (stmt(db, 'SELECT coalesce(max(number), 0) + 1 AS n FROM staff_device').get() as { n: number }).n;
      stmt(
        db,
        `INSERT INTO staff_device (id, number, person_name, platform, token_hash, joined_at, last_seen_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(deviceId, number, input.personName, input.platform, hashSecret(token), at, at);
      stmt(db, 'UPDATE staff_join_code SET used_at = ?, device_id = ? WHERE code_hash = ?').run(at, deviceId, hashSecret(code));
      audit(db, input.personName, 'staff.join', 'staff_device', deviceId, { number, platform: input.platform }, at);
      return { token, deviceId, number, personName: input.personName };
    })
    .immediate();
}

export interface DeviceRow {
  id: string;
  number: number;
  personName: string;
  revokedAt: string | null;
}

/** The phone a token belongs to, revoked or not; null for a token this fair never gave out. */
export function deviceByToken(db: Db, token: string): DeviceRow | null {
  const row = stmt(db, 'SELECT id, number, person_name AS personName, revoked_at AS revokedAt FROM staff_device WHERE token_hash = ?').get(
    hashSecret(token),
  ) as DeviceRow | undefined;
  return row ?? null;
}

/** A phone removed by the organizer (or never known here) may not listen any more. */
export function isRevoked(db: Db, deviceId: string): boolean {
  const row = stmt(db, 'SELECT revoked_at AS revokedAt FROM staff_device WHERE id = ?').get(deviceId) as
    { revokedAt: string | null } | undefined;
  return !row || row.revokedAt !== null;
}

/** Writes when phones were last seen, all in one commit: one disk flush however many phones. */
export function touchDevices(db: Db, seen: Iterable<readonly [deviceId: string, at: string]>): void {
  const update = stmt(db, 'UPDATE staff_device SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at < ?)');
  db.transaction(() => {
    for (const [deviceId, at] of seen) update.run(at, deviceId, at);
  }).immediate();
}

/** Every phone that joined, newest first, with what it recorded on `day`. */
export function listDevices(db: Db, day: string): StaffDevice[] {
  return stmt(
    db,
    `SELECT d.id, d.number, d.person_name AS personName, d.platform, d.joined_at AS joinedAt, d.last_seen_at AS lastSeenAt,
            d.revoked_at AS revokedAt,
            (SELECT count(*) FROM sale s WHERE s.device_id = d.id AND s.day = @day AND s.voided_at IS NULL) AS entriesToday
     FROM staff_device d ORDER BY d.revoked_at IS NOT NULL, d.number DESC`,
  ).all({ day }) as StaffDevice[];
}

/** Takes a phone's access away for good: its token is refused from the next call on. */
export function revokeDevice(db: Db, deviceId: string, actor: string, now: Date): void {
  db.transaction(() => {
    const row = stmt(db, 'SELECT number, revoked_at AS revokedAt FROM staff_device WHERE id = ?').get(deviceId) as
      { number: number; revokedAt: string | null } | undefined;
    if (!row) throw new ApiError('NOT_FOUND', 'This phone is not in the list of this fair.', { reason: 'phoneGone' });
    if (row.revokedAt) return;
    const at = now.toISOString();
    stmt(db, 'UPDATE staff_device SET revoked_at = ?, revoked_by = ? WHERE id = ?').run(at, actor, deviceId);
    audit(db, actor, 'staff.revoke', 'staff_device', deviceId, { number: row.number }, at);
  }).immediate();
}
