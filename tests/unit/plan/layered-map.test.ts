import { describe, expect, it } from 'vitest';
import { LayeredMap } from '../../../renderer/features/plan/editor/layeredMap';

/** A small deterministic random sequence, so a failure can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('the layered map of plan records', () => {
  it('reads as a map with the same changes applied, over many versions', () => {
    const next = random(7);
    let map: ReadonlyMap<string, number> = new Map(Array.from({ length: 3_000 }, (_, i) => [`b${i}`, i]));
    const model = new Map(map);
    for (let step = 0; step < 400; step++) {
      const removed = Array.from({ length: Math.floor(next() * 3) }, () => `b${Math.floor(next() * 3_200)}`);
      const set = Array.from({ length: Math.floor(next() * 4) }, () => [`b${Math.floor(next() * 3_200)}`, step] as [string, number]);
      const before = map;
      const beforeEntries = [...before];
      map = LayeredMap.changed(map, removed, set);
      for (const k of removed) model.delete(k);
      for (const [k, v] of set) model.set(k, v);
      expect([...before]).toEqual(beforeEntries); // an older version never changes
      expect(map.size).toBe(model.size);
      for (const k of ['b0', `b${step}`, `b${3_100 + (step % 100)}`, ...removed, ...set.map(([k]) => k)]) {
        expect(map.get(k)).toBe(model.get(k));
        expect(map.has(k)).toBe(model.has(k));
      }
      if (step % 50 === 0) expect(new Map(map)).toEqual(model);
    }
    expect(new Map(map)).toEqual(model);
    expect([...map.keys()].sort()).toEqual([...model.keys()].sort());
    expect([...map.values()].length).toBe(model.size);
  });

  it('a change of a few records copies only them, and keeps the order: changed in place, new ones last', () => {
    const base = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    const next = LayeredMap.changed(
      base,
      ['a'],
      [
        ['b', 20],
        ['d', 4],
      ],
    );
    expect(next).toBeInstanceOf(LayeredMap);
    expect([...next]).toEqual([
      ['b', 20],
      ['c', 3],
      ['d', 4],
    ]);
    expect([...base]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    // Past a few hundred changes the layers become one map again.
    const many = LayeredMap.changed(
      next,
      [],
      Array.from({ length: 300 }, (_, i) => [`n${i}`, i] as [string, number]),
    );
    expect(many).toBeInstanceOf(Map);
    expect(many.size).toBe(303);
  });
});
