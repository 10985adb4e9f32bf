import { SaleAction, type SaleHistoryEntry } from '../../../shared/model/sales';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';

interface Details {
  booth?: string;
  day?: string;
  amountDong?: number;
  reason?: string;
  from?: number | { amountDong?: number };
  to?: number | { booth?: string; day?: string; amountDong?: number };
  gate?: string;
  count?: number | null;
}

const amountOf = (v: Details['from'] | Details['to']) => (typeof v === 'number' ? v : (v?.amountDong ?? null));

/** The audit rows of sales and visitor counts, flattened into what a history table shows. */
export function listSalesHistory(db: Db, limit: number): SaleHistoryEntry[] {
  const rows = stmt(
    db,
    `SELECT id, at, actor, action, details FROM audit_log
     WHERE entity IN ('sale', 'visitor_count') ORDER BY id DESC LIMIT ?`,
  ).all(limit) as { id: number; at: string; actor: string; action: string; details: string }[];
  return rows.flatMap((r) => {
    const action = SaleAction.safeParse(r.action);
    if (!action.success) return [];
    const d = JSON.parse(r.details) as Details;
    const to = typeof d.to === 'object' ? d.to : undefined;
    return [
      {
        id: r.id,
        at: r.at,
        actor: r.actor,
        action: action.data,
        booth: to?.booth ?? d.booth ?? '',
        day: to?.day ?? d.day ?? '',
        amountDong: d.to !== undefined ? amountOf(d.to) : (d.amountDong ?? null),
        previousDong: d.from !== undefined ? amountOf(d.from) : null,
        reason: d.reason ?? '',
        gate: d.gate ?? '',
        visitors: d.count ?? null,
      },
    ];
  });
}
