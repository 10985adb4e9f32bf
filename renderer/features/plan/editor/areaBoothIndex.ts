/** The current area's booths in a spatial index, brought up to date edit by edit instead of rebuilt. */
import type { Booth } from '../../../../shared/model/plan';
import { SpatialIndex } from '../model/spatial';
import type { Diff, PlanDoc } from './records';

export class AreaBoothIndex {
  private cache: {
    booths: PlanDoc['booths'];
    areaId: string | null;
    index: SpatialIndex<Booth>;
    /** Booths changed since the index was brought up to date; null when unknown (a plan read from the file). */
    changed: Set<string> | null;
  } | null = null;

  /** The booths of this area in a spatial index, rebuilt only when the area changes. */
  get(booths: PlanDoc['booths'], areaId: string | null, areaBooths: () => readonly Booth[]): SpatialIndex<Booth> {
    const c = this.cache;
    if (c && c.booths === booths && c.areaId === areaId) return c.index;
    if (c && c.areaId === areaId) {
      // After an edit most booths are the same records: move only the changed ones (no pause on big plans).
      const index = c.index;
      const move = (b: Booth | undefined, id: string) => {
        if (index.get(id) === b) return;
        index.remove(id);
        if (b && b.areaId === areaId) index.insert(b);
      };
      if (c.changed) for (const id of c.changed) move(booths.get(id), id);
      else {
        for (const b of [...index.values()]) if (booths.get(b.id) !== b) index.remove(b.id);
        for (const b of booths.values()) if (b.areaId === areaId) move(b, b.id);
      }
      this.cache = { booths, areaId, index, changed: new Set() };
      return index;
    }
    const index = new SpatialIndex(areaBooths());
    this.cache = { booths, areaId, index, changed: new Set() };
    return index;
  }

  /** Notes the booths a diff touches, to move only those at the next look-up. */
  note(diff: Diff): void {
    const changed = this.cache?.changed;
    if (!changed) return;
    for (const b of diff.added.booths) changed.add(b.id);
    for (const [, b] of diff.updated.booths) changed.add(b.id);
    for (const b of diff.removed.booths) changed.add(b.id);
  }

  /** The booths were replaced from the file: which ones changed is unknown. */
  forget(): void {
    if (this.cache) this.cache.changed = null;
  }
}
