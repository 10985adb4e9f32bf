import type { Plan, PlanChangesInput } from '../../../../shared/model/plan';

import { RECORD_KINDS, type RecordKind, type RecordMap } from '../../../../shared/plan/records';
import { LayeredMap } from './layeredMap';

export { RECORD_KINDS, defaults, FEATURE_SIZE, STANDARD_BOOTH_M } from '../../../../shared/plan/records';
export type { RecordKind, RecordMap } from '../../../../shared/plan/records';

/** The editor's document: every record by kind and id. Replaced, never mutated, on each change. */
export type PlanDoc = { [K in RecordKind]: ReadonlyMap<string, RecordMap[K]> };

/**
 * One change as tldraw keeps it: whole records added, `[before, after]` pairs updated, whole
 * records removed, so the reverse is exact and can be persisted as it stands.
 */
export interface Diff {
  added: { [K in RecordKind]: RecordMap[K][] };
  updated: { [K in RecordKind]: [RecordMap[K], RecordMap[K]][] };
  removed: { [K in RecordKind]: RecordMap[K][] };
}

export function emptyDiff(): Diff {
  return {
    added: { areas: [], zones: [], booths: [], features: [], dimensions: [] },
    updated: { areas: [], zones: [], booths: [], features: [], dimensions: [] },
    removed: { areas: [], zones: [], booths: [], features: [], dimensions: [] },
  };
}

export function isEmptyDiff(d: Diff): boolean {
  return RECORD_KINDS.every((k) => d.added[k].length === 0 && d.updated[k].length === 0 && d.removed[k].length === 0);
}

export function docFromPlan(plan: Plan): PlanDoc {
  return {
    areas: new Map(plan.areas.map((r) => [r.id, r])),
    zones: new Map(plan.zones.map((r) => [r.id, r])),
    booths: new Map(plan.booths.map((r) => [r.id, r])),
    features: new Map(plan.features.map((r) => [r.id, r])),
    dimensions: new Map((plan.dimensions ?? []).map((r) => [r.id, r])),
  };
}

/** Areas in the order the organizer set. */
export function sortedAreas(doc: Pick<PlanDoc, 'areas'>): Plan['areas'] {
  return [...doc.areas.values()].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name));
}

export function planFromDoc(doc: PlanDoc): Plan {
  return {
    areas: sortedAreas(doc),
    zones: [...doc.zones.values()],
    booths: [...doc.booths.values()],
    features: [...doc.features.values()],
    dimensions: [...doc.dimensions.values()],
  };
}

/** The reverse of a diff: undo applies it, and persists it as one more transaction. */
export function reverse(d: Diff): Diff {
  const r = emptyDiff();
  for (const k of RECORD_KINDS) {
    (r.added[k] as unknown[]) = [...d.removed[k]];
    (r.removed[k] as unknown[]) = [...d.added[k]];
    (r.updated[k] as unknown[]) = d.updated[k].map(([before, after]) => [after, before]);
  }
  return r;
}

export function applyDiff(doc: PlanDoc, d: Diff): PlanDoc {
  const patch = <K extends RecordKind>(k: K): PlanDoc[K] => {
    if (d.added[k].length + d.updated[k].length + d.removed[k].length === 0) return doc[k];
    // Only the changed records are copied: a drag on a 20,000-booth plan touches a handful.
    const set: [string, RecordMap[K]][] = [];
    for (const r of d.added[k]) set.push([r.id, r]);
    for (const [, after] of d.updated[k]) set.push([after.id, after]);
    return LayeredMap.changed<RecordMap[K]>(
      doc[k],
      d.removed[k].map((r) => r.id),
      set,
    ) as PlanDoc[K];
  };
  return {
    areas: patch('areas'),
    zones: patch('zones'),
    booths: patch('booths'),
    features: patch('features'),
    dimensions: patch('dimensions'),
  };
}

/** The diff as the API takes it: whole records added and removed, updates as `from` → `to` (compare-and-set). */
export function toChanges(d: Diff, action: string): PlanChangesInput {
  const pairs = <K extends RecordKind>(k: K) => d.updated[k].map(([from, to]) => ({ from, to }));
  return {
    added: { ...d.added },
    updated: {
      areas: pairs('areas'),
      zones: pairs('zones'),
      booths: pairs('booths'),
      features: pairs('features'),
      dimensions: pairs('dimensions'),
    },
    removed: { ...d.removed },
    action,
  };
}

/** Builds the update pairs of records that really changed. */
export function updatesOf<T extends { id: string }>(current: ReadonlyMap<string, T>, next: Iterable<T>): [T, T][] {
  const pairs: [T, T][] = [];
  for (const after of next) {
    const before = current.get(after.id);
    if (before && !shallowEqual(before, after)) pairs.push([before, after]);
  }
  return pairs;
}

/** Field by field; an area's outline (a list of points) by its points. */
export function shallowEqual<T extends object>(a: T, b: T): boolean {
  for (const key of Object.keys(a) as (keyof T)[]) {
    const x: unknown = a[key];
    const y: unknown = b[key];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}

/**
 * The document as the file now has it, keeping every unchanged record (and every unchanged map)
 * as it was, so a refetch that brings nothing new redraws nothing.
 */
export function mergePlan(doc: PlanDoc, plan: Plan): PlanDoc {
  const merge = <K extends RecordKind>(k: K, records: readonly RecordMap[K][]): PlanDoc[K] => {
    const current = doc[k];
    let same = records.length === current.size;
    const map = new Map<string, RecordMap[K]>();
    for (const r of records) {
      const old = current.get(r.id);
      const kept = old && shallowEqual(old, r) ? old : r;
      if (kept !== old) same = false;
      map.set(r.id, kept);
    }
    return same ? current : (map as PlanDoc[K]);
  };
  return {
    areas: merge('areas', plan.areas),
    zones: merge('zones', plan.zones),
    booths: merge('booths', plan.booths),
    features: merge('features', plan.features),
    dimensions: merge('dimensions', plan.dimensions ?? []),
  };
}

/** Whether a diff applies to the document as it stands: what it updates or removes is there, unchanged; what it adds is not. */
export function appliesTo(doc: PlanDoc, d: Diff): boolean {
  for (const k of RECORD_KINDS) {
    const map = doc[k] as ReadonlyMap<string, object>;
    for (const [before] of d.updated[k]) {
      const now = map.get(before.id);
      if (!now || !shallowEqual(now, before)) return false;
    }
    for (const r of d.removed[k]) {
      const now = map.get(r.id);
      if (!now || !shallowEqual(now, r)) return false;
    }
    for (const r of d.added[k]) if (map.has(r.id)) return false;
  }
  return true;
}
