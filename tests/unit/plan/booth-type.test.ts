import { describe, expect, it } from 'vitest';
import type { Booth, BoothType, Feature } from '../../../shared/model/plan';
import { boothTypes as pricingTypes } from '../../../shared/model/exhibitor-pricing';
import { boothTypes, derivedTypes } from '../../../shared/plan/boothType';
import { defaults } from '../../../shared/plan/records';
import { boothType as inspectorType } from '../../../renderer/features/plan/editor/boothTypes';

const booth = (id: string, xM: number, yM: number, extra: Partial<Booth> = {}): Booth => ({
  ...defaults.booth(id, 'hall', id.toUpperCase(), { xM, yM }),
  ...extra,
});
const wall = (id: string, xM: number, yM: number, widthM: number, depthM: number, rotationDeg = 0): Feature => ({
  ...defaults.feature(id, 'hall', 'wall', { xM, yM }, { widthM, depthM }),
  rotationDeg,
});

/** A rotated copy of a layout: each booth turned about (0, 0) by `deg`, as if the whole row were drawn at an angle. */
function rotated(booths: Booth[], deg: number): Booth[] {
  const a = (deg * Math.PI) / 180;
  return booths.map((b) => ({
    ...b,
    xM: 50 + b.xM * Math.cos(a) - b.yM * Math.sin(a),
    yM: 50 + b.xM * Math.sin(a) + b.yM * Math.cos(a),
    rotationDeg: deg,
  }));
}

const LAYOUTS: { name: string; booths: Booth[]; features?: Feature[]; expected: Record<string, BoothType> }[] = [
  {
    name: 'a single row: ends open on three sides, the middle open front and back',
    booths: [booth('a', 0, 0), booth('b', 3, 0), booth('c', 6, 0)],
    expected: { a: 'peninsula', b: 'inline', c: 'peninsula' },
  },
  {
    name: 'a double row back to back: the ends are corners, the middle inline',
    booths: [booth('a', 0, 0), booth('b', 3, 0), booth('c', 6, 0), booth('d', 0, 3), booth('e', 3, 3), booth('f', 6, 3)],
    expected: { a: 'corner', b: 'inline', c: 'corner', d: 'corner', e: 'inline', f: 'corner' },
  },
  {
    name: 'the corner of a 3 × 3 block, its edge and its heart',
    booths: [0, 1, 2].flatMap((r) => [0, 1, 2].map((c) => booth(`r${r}c${c}`, c * 3, r * 3))),
    expected: { r0c0: 'corner', r0c1: 'inline', r1c1: 'inline', r2c2: 'corner', r1c0: 'inline' },
  },
  { name: 'an island standing alone', booths: [booth('a', 10, 10)], expected: { a: 'island' } },
  {
    name: 'a rotated double row keeps the answers of the straight one',
    booths: rotated([booth('a', 0, 0), booth('b', 3, 0), booth('c', 6, 0), booth('d', 0, 3), booth('e', 3, 3), booth('f', 6, 3)], 30),
    expected: { a: 'corner', b: 'inline', c: 'corner', d: 'corner', e: 'inline', f: 'corner' },
  },
  {
    name: 'a single row against a wall: the wall closes the back',
    booths: [booth('a', 0, 0), booth('b', 3, 0), booth('c', 6, 0)],
    features: [wall('w', -1, -0.3, 12, 0.3)],
    expected: { a: 'corner', b: 'inline', c: 'corner' },
  },
  {
    name: 'a lone booth in the corner of two walls',
    booths: [booth('a', 0, 0)],
    features: [wall('w1', 0, -0.3, 10, 0.3), wall('w2', 0, 0, 10, 0.3, 90)],
    expected: { a: 'corner' },
  },
];

describe('booth type: one answer for every layout, used everywhere', () => {
  for (const layout of LAYOUTS) {
    it(layout.name, () => {
      const types = derivedTypes(layout.booths, layout.features ?? []);
      for (const [id, type] of Object.entries(layout.expected)) expect(types.get(id), id).toBe(type);
      // Pricing, the inspector and the colouring read the same rule.
      const priced = pricingTypes(layout.booths, layout.features ?? []);
      for (const b of layout.booths) {
        expect(priced.get(b.id), b.id).toBe(types.get(b.id));
        expect(inspectorType(b, types), b.id).toBe(types.get(b.id));
      }
    });
  }

  it('the organizer’s override wins over the neighbours', () => {
    const booths = [booth('a', 0, 0), booth('b', 3, 0, { typeOverride: 'island' })];
    expect(boothTypes(booths).get('b')).toBe('island');
    expect(inspectorType(booths[1]!, derivedTypes(booths))).toBe('island');
  });

  it('booths on another area or merely near (a 10 cm gap) do not close a side', () => {
    const types = derivedTypes([booth('a', 0, 0), { ...booth('b', 3, 0), areaId: 'garden' }, booth('c', 0, 3.1)]);
    expect(types.get('a')).toBe('island');
  });
});
