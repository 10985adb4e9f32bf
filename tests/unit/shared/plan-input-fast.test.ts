import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { AMOUNT_MAX } from '../../../shared/amount';
import { defaults } from '../../../shared/plan/records';
import { Booth } from '../../../shared/model/plan';

// The quick check of a plan change's booths must never let through what the contract's schema
// refuses, and must give exactly what the schema gives: it is compared with the schema on valid
// changes, on edge values (each accepted or refused by the schema) and on broken ones.
const spec = contract.applyPlanChanges;
const fast = (input: unknown) => spec.fastInput!(input);

const booth = (i: number) => ({
  ...defaults.booth(`b${i}`, 'hall', `A${String(i + 1).padStart(4, '0')}`, { xM: 3 * (i % 40), yM: 4 * Math.floor(i / 40) }),
  priceDong: 1_000_000,
});
const move = (n: number) => {
  const from = Array.from({ length: n }, (_, i) => booth(i));
  return { fairId: 'f1', updated: { booths: from.map((b) => ({ from: b, to: { ...b, xM: b.xM + 1 } })) }, action: 'move' };
};

/** Values at and past every limit the booth fields have, of the right type and of the wrong one. */
const EDGES: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  '  A7  ',
  'x'.repeat(64),
  'x'.repeat(65),
  'A'.repeat(20),
  'A'.repeat(21),
  'n'.repeat(2000),
  'n'.repeat(2001),
  NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  -1,
  0.5,
  1.5,
  360,
  360.5,
  -360,
  -361,
  10_000,
  10_000.001,
  -10_000,
  -10_001,
  AMOUNT_MAX,
  AMOUNT_MAX + 1,
  Number.MAX_SAFE_INTEGER + 2,
  'standard',
  'food',
  'bogus',
  'corner',
  true,
  false,
  'true',
  {},
  [],
];
/** Every field the booth schema has (a field added later is covered at once), and one it does not. */
const FIELDS = [...Object.keys(Booth.shape), 'extra'];

/** Asserts the quick check is sound here; says whether it took the input itself. */
function agrees(input: unknown): boolean {
  const quick = fast(structuredClone(input));
  const schema = spec.input.safeParse(structuredClone(input));
  if (quick === undefined) return false;
  expect(schema.success, JSON.stringify(input).slice(0, 300)).toBe(true);
  expect(quick).toEqual(schema.data);
  return true;
}

describe('the quick check of a plan change', () => {
  it('takes an ordinary big move itself and gives what the schema gives', () => {
    const input = move(500);
    expect(fast(input)).toBeDefined();
    expect(agrees(input)).toBe(true);
  });

  it('takes added and removed booths too, beside areas checked by the schema', () => {
    const area = defaults.area('hall', 'Nhà A', 400, 400, 0);
    const input = {
      fairId: 'f1',
      added: { areas: [area], booths: [booth(1), booth(2)] },
      removed: { booths: [booth(3)] },
      action: 'generate',
    };
    expect(agrees(input)).toBe(true);
  });

  it('never takes what the schema refuses, and gives the same result where it does (every field × every edge value)', () => {
    let taken = 0;
    let refusedBySchema = 0;
    for (const side of ['from', 'to', 'added', 'removed'] as const)
      for (const field of FIELDS)
        for (const value of EDGES) {
          const input: Record<string, unknown> = move(3);
          const b = booth(7);
          const target = side === 'from' || side === 'to' ? (input.updated as { booths: Record<string, unknown>[] }).booths[1]![side] : b;
          (target as Record<string, unknown>)[field] = value;
          if (side === 'added') input.added = { booths: [b] };
          if (side === 'removed') input.removed = { booths: [b] };
          if (!spec.input.safeParse(structuredClone(input)).success) refusedBySchema++;
          if (agrees(input)) taken++;
        }
    // Both kinds were met: values it took (the check is not simply off) and values the schema refused.
    expect(taken).toBeGreaterThan(200);
    expect(refusedBySchema).toBeGreaterThan(500);
  });

  it('hands broken shapes to the schema', () => {
    const broken: unknown[] = [
      null,
      [],
      'x',
      { ...move(2), fairId: '' },
      { ...move(2), fairId: undefined },
      { ...move(2), action: 'x'.repeat(41) },
      { ...move(2), added: [] },
      { ...move(2), updated: { booths: 'all' } },
      { ...move(2), updated: { booths: [{ from: booth(1), to: booth(2) }] } },
      { ...move(2), updated: { booths: [{ from: booth(1) }] } },
      { ...move(2), updated: { booths: [null] } },
      { ...move(2), updated: { ...move(2).updated, areas: [{ from: {}, to: {} }] } },
    ];
    for (const input of broken) {
      expect(fast(input)).toBeUndefined();
      expect(spec.input.safeParse(input).success).toBe(false);
    }
  });
});
