import type { Booth } from '../../../../shared/model/plan';
import type { Diff, PlanDoc } from './records';

/** Each area's booths for one state of the document's booths, with where each booth sits in its list. */
export interface AreaLists {
  booths: PlanDoc['booths'];
  byArea: Map<string | null, { list: readonly Booth[]; at: ReadonlyMap<string, number> }>;
}

/** The booths of one area, made once per state of the document's booths (or carried through edits). */
export function areaList(lists: AreaLists, areaId: string | null): readonly Booth[] {
  const kept = lists.byArea.get(areaId);
  if (kept) return kept.list;
  const list = [...lists.booths.values()].filter((b) => b.areaId === areaId);
  lists.byArea.set(areaId, { list, at: new Map(list.map((b, i) => [b.id, i])) });
  return list;
}

/**
 * The area lists after a diff: booths changed in place are replaced in a copy of their area's list;
 * a booth added, removed or moved to another area drops the lists it touches (made again when asked).
 */
export function carryAreaLists(lists: AreaLists, before: PlanDoc['booths'], after: PlanDoc['booths'], diff: Diff): AreaLists {
  if (lists.booths !== before) return { booths: after, byArea: new Map() };
  const byArea = new Map(lists.byArea);
  for (const b of [...diff.added.booths, ...diff.removed.booths]) byArea.delete(b.areaId);
  const copied = new Set<string | null>();
  for (const [from, to] of diff.updated.booths) {
    if (from.areaId !== to.areaId) {
      byArea.delete(from.areaId);
      byArea.delete(to.areaId);
      continue;
    }
    const kept = byArea.get(to.areaId);
    const i = kept?.at.get(to.id);
    if (!kept || i === undefined) continue;
    const list = copied.has(to.areaId) ? (kept.list as Booth[]) : [...kept.list];
    copied.add(to.areaId);
    list[i] = to;
    byArea.set(to.areaId, { list, at: kept.at });
  }
  return { booths: after, byArea };
}
