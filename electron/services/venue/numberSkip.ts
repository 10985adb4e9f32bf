import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { audit } from '../audit';

/** The booth numbers this fair leaves out on purpose, smallest first: kept in the fair file, so they travel with it. */
export function readNumberSkip(db: Db): number[] {
  return (stmt(db, 'SELECT number FROM booth_number_skip ORDER BY number').all() as { number: number }[]).map((r) => r.number);
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((n, i) => n === b[i]);
const normal = (list: readonly number[]) => [...new Set(list)].sort((a, b) => a - b);

/**
 * Replaces the skip list, compare-and-set: `from` is the list the organizer edited; if the file
 * holds another one (changed elsewhere meanwhile), nothing is written (CONFLICT).
 */
export function setNumberSkip(db: Db, actor: string, from: readonly number[], to: readonly number[]): number[] {
  const next = normal(to);
  return db
    .transaction(() => {
      if (!sameList(readNumberSkip(db), normal(from)))
        throw new ApiError('CONFLICT', 'The numbers to skip were changed elsewhere meanwhile; nothing was saved', {
          reason: 'changedMeanwhile',
        });
      stmt(db, 'DELETE FROM booth_number_skip').run();
      const insert = stmt(db, 'INSERT INTO booth_number_skip (number) VALUES (?)');
      for (const n of next) insert.run(n);
      audit(db, actor, 'plan.numbering.skip', 'plan', null, { count: next.length });
      return next;
    })
    .immediate();
}
