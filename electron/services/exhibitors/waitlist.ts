import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../../db/open';
import { audit } from '../audit';
import { isUniqueViolation, notFound } from './sqlite-errors';

export interface WaitlistEntry {
  id: string;
  zoneId: string;
  zoneName: string;
  exhibitorId: string;
  exhibitorName: string;
  note: string;
  createdAt: string;
  /** 1 for the next in line of the zone. */
  position: number;
}

const SELECT = `SELECT w.id, w.zone_id AS zoneId, z.name AS zoneName, w.exhibitor_id AS exhibitorId,
    CASE WHEN e.short_name <> '' THEN e.short_name ELSE e.legal_name END AS exhibitorName, w.note, w.created_at AS createdAt,
    row_number() OVER (PARTITION BY w.zone_id ORDER BY w.created_at, w.rowid) AS position
  FROM waitlist_entry w JOIN zone z ON z.id = w.zone_id JOIN exhibitor e ON e.id = w.exhibitor_id
  WHERE e.deleted_at IS NULL`;

export function listWaitlist(db: Db): WaitlistEntry[] {
  return db.prepare(`${SELECT} ORDER BY z.name, position`).all() as WaitlistEntry[];
}

export function addToWaitlist(db: Db, actor: string, input: { zoneId: string; exhibitorId: string; note: string }): WaitlistEntry {
  const id = randomUUID();
  const at = new Date().toISOString();
  try {
    db.transaction(() => {
      db.prepare('INSERT INTO waitlist_entry (id, zone_id, exhibitor_id, note, created_at) VALUES (?, ?, ?, ?, ?)').run(
        id,
        input.zoneId,
        input.exhibitorId,
        input.note,
        at,
      );
      audit(db, actor, 'waitlist.add', 'exhibitor', input.exhibitorId, { zoneId: input.zoneId }, at);
    }).immediate();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ApiError('CONFLICT', 'This exhibitor is already waiting for this zone.', { reason: 'alreadyWaiting' });
    if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
      throw notFound('This zone or exhibitor');
    throw error;
  }
  return listWaitlist(db).find((w) => w.id === id)!;
}

export function removeFromWaitlist(db: Db, actor: string, entryId: string): void {
  const entry = db.prepare('SELECT exhibitor_id AS exhibitorId, zone_id AS zoneId FROM waitlist_entry WHERE id = ?').get(entryId) as
    { exhibitorId: string; zoneId: string } | undefined;
  if (!entry) throw notFound('This waitlist entry');
  db.transaction(() => {
    db.prepare('DELETE FROM waitlist_entry WHERE id = ?').run(entryId);
    audit(db, actor, 'waitlist.remove', 'exhibitor', entry.exhibitorId, { zoneId: entry.zoneId });
  }).immediate();
}

/** Who should be offered a free booth: the first waiting in its zone, or null. */
export function nextInLine(db: Db, boothId: string): WaitlistEntry | null {
  const booth = db.prepare('SELECT zone_id AS zoneId FROM booth WHERE id = ?').get(boothId) as { zoneId: string | null } | undefined;
  if (!booth) throw notFound('This booth');
  if (!booth.zoneId) return null;
  return (
    (db.prepare(`${SELECT} AND w.zone_id = ? ORDER BY w.created_at, w.rowid LIMIT 1`).get(booth.zoneId) as WaitlistEntry | undefined) ??
    null
  );
}
