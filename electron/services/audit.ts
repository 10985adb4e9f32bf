import { stmt } from '../db/statements';
import type { Db } from '../db/open';

/** Who did what, when: every change a person makes to a fair leaves one row. */
export function audit(
  db: Db,
  actor: string,
  action: string,
  entity: string,
  entityId: string | null,
  details: Record<string, unknown> = {},
  at: string = new Date().toISOString(),
): void {
  stmt(db, 'INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?, ?)').run(
    at,
    actor,
    action,
    entity,
    entityId,
    JSON.stringify(details),
  );
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  details: Record<string, unknown>;
}

export function auditTrail(db: Db, entity?: string, entityId?: string, limit = 500): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT id, at, actor, action, entity, entity_id AS entityId, details FROM audit_log
       WHERE (@entity IS NULL OR entity = @entity) AND (@entityId IS NULL OR entity_id = @entityId)
       ORDER BY id DESC LIMIT @limit`,
    )
    .all({ entity: entity ?? null, entityId: entityId ?? null, limit }) as (Omit<AuditEntry, 'details'> & {
    details: string;
  })[];
  return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> }));
}
