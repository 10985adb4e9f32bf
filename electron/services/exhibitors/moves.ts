import { ApiError } from '../../../shared/api/errors';
import type { Allocation } from '../../../shared/model/exhibitor';
import type { Db } from '../../db/open';
import { audit } from '../audit';
import {
  activeOnBooth,
  cancelRow,
  exclusive,
  getAllocation,
  insertAllocation,
  requireSellableBooth,
  takenError,
  type AllocateInput,
} from './allocations';
import { notFound } from './sqlite-errors';

/** Unassigns a booth (its booking is cancelled, history kept). */
export function unassignBooth(db: Db, actor: string, boothId: string): { boothId: string } {
  const at = new Date().toISOString();
  db.transaction(() => {
    const a = activeOnBooth(db, boothId);
    if (!a) throw notFound('The booking of this booth');
    cancelRow(db, actor, a, 'unassigned', at);
  }).immediate();
  return { boothId };
}

/**
 * Drag booth to booth: the booking (status, fee, payments) moves. Onto a taken booth it is a
 * CONFLICT, unless `replace` cancels the booking there in the same transaction.
 */
export function moveAllocation(db: Db, actor: string, input: { fromBoothId: string; toBoothId: string; replace?: boolean }): Allocation {
  const at = new Date().toISOString();
  const target = () =>
    (db.prepare('SELECT number FROM booth WHERE id = ?').get(input.toBoothId) as { number: string } | undefined)?.number ?? '';
  const id = exclusive(
    db,
    () => {
      const a = activeOnBooth(db, input.fromBoothId);
      if (!a) throw notFound('The booking of this booth');
      const to = requireSellableBooth(db, input.toBoothId);
      const current = input.replace ? activeOnBooth(db, to.id) : undefined;
      if (current && current.id !== a.id) cancelRow(db, actor, current, 'replaced', at);
      db.prepare('UPDATE allocation SET booth_id = ?, updated_at = ? WHERE id = ?').run(to.id, at, a.id);
      audit(
        db,
        actor,
        'allocation.move',
        'allocation',
        a.id,
        { boothId: to.id, boothNumber: to.number, fromBoothId: a.boothId, fromBoothNumber: a.boothNumber, exhibitorId: a.exhibitorId },
        at,
      );
      return a.id;
    },
    () => takenError(db, input.toBoothId, target()),
  );
  return getAllocation(db, id);
}

/** Two exhibitors exchange booths in one transaction. */
export function swapAllocations(db: Db, actor: string, input: { boothA: string; boothB: string }): Allocation[] {
  const at = new Date().toISOString();
  const ids = exclusive(
    db,
    () => {
      const a = activeOnBooth(db, input.boothA);
      const b = activeOnBooth(db, input.boothB);
      if (!a || !b) throw notFound('The booking of this booth');
      const move = db.prepare('UPDATE allocation SET booth_id = ?, updated_at = ? WHERE id = ?');
      // The unique index is checked per row: park one booking as cancelled while the other moves.
      db.prepare("UPDATE allocation SET status = 'cancelled' WHERE id = ?").run(a.id);
      move.run(a.boothId, at, b.id);
      move.run(b.boothId, at, a.id);
      db.prepare('UPDATE allocation SET status = ? WHERE id = ?').run(a.status, a.id);
      for (const [x, to] of [
        [a, b],
        [b, a],
      ] as const) {
        audit(
          db,
          actor,
          'allocation.move',
          'allocation',
          x.id,
          {
            boothId: to.boothId,
            boothNumber: to.boothNumber,
            fromBoothId: x.boothId,
            fromBoothNumber: x.boothNumber,
            exhibitorId: x.exhibitorId,
            swap: true,
          },
          at,
        );
      }
      return [a.id, b.id];
    },
    () => new ApiError('CONFLICT', 'The booths changed while swapping. Try again.', { reason: 'changedMeanwhile' }),
  );
  return ids.map((id) => getAllocation(db, id));
}

/** Dropping an exhibitor on a taken booth and choosing "replace": the old booking is cancelled. */
export function replaceAllocation(db: Db, actor: string, input: AllocateInput): Allocation {
  const at = new Date().toISOString();
  const id = exclusive(
    db,
    () => {
      const current = activeOnBooth(db, input.boothId);
      if (current) cancelRow(db, actor, current, 'replaced', at);
      return insertAllocation(db, actor, input, at);
    },
    () => new ApiError('CONFLICT', 'The booth changed while replacing. Try again.', { reason: 'changedMeanwhile' }),
  );
  return getAllocation(db, id);
}
