import { expect, it } from 'vitest';
import { DEFAULT_DRAWING_PLACEMENT } from '../../../shared/model/venue';
import { alignByPairs, frameOf, nearestPlacedVertex, placeOnArea, rotateAbout, scaleAbout } from '../../../shared/venue/align';

const P = { ...DEFAULT_DRAWING_PLACEMENT, xM: 3, yM: -2, rotationDeg: 10, scale: 1.1 };
const close = (a: { x: number; y: number }, b: { x: number; y: number }) => {
  expect(a.x).toBeCloseTo(b.x, 5);
  expect(a.y).toBeCloseTo(b.y, 5);
};

it('places a frame point on the area and finds it back', () => {
  const q = { x: 12.5, y: -4 };
  close(frameOf(P, placeOnArea(P, q)), q);
  close(placeOnArea(DEFAULT_DRAWING_PLACEMENT, q), q);
});

it('lines a drawing up by two point pairs: each picked drawing point lands where it belongs', () => {
  // The hall's walls sit about 5 m off, turned by 3° and drawn 2 % too small.
  const from = [placeOnArea(P, { x: 0, y: 0 }), placeOnArea(P, { x: 60, y: 0 })] as const;
  const to = [
    { x: 5, y: 1 },
    { x: 5 + 60 * Math.cos(0.05), y: 1 + 60 * Math.sin(0.05) },
  ] as const;
  const next = alignByPairs(P, from, to)!;
  close(placeOnArea(next, { x: 0, y: 0 }), to[0]);
  close(placeOnArea(next, { x: 60, y: 0 }), to[1]);
  expect(next.scale).toBeCloseTo(1, 5);
  expect(next.rotationDeg).toBeCloseTo((0.05 * 180) / Math.PI, 4);
  expect(next.opacity).toBe(P.opacity);
});

it('refuses a pair of identical points rather than dividing by zero', () => {
  const a = { x: 1, y: 1 };
  expect(alignByPairs(P, [a, a], [a, { x: 2, y: 2 }])).toBeNull();
});

it('turns and scales about a point that stays still', () => {
  const about = { x: 30, y: 20 };
  const q = frameOf(P, about);
  close(placeOnArea(rotateAbout(P, 90, about), q), about);
  expect(rotateAbout(P, 90, about).rotationDeg).toBeCloseTo(100, 6);
  close(placeOnArea(scaleAbout(P, 2, about), q), about);
  expect(scaleAbout(P, 2, about).scale).toBeCloseTo(2.2, 6);
});

it('snaps to the nearest drawn corner within reach, as placed', () => {
  const paths = [{ points: [0, 0, 10, 0, 10, 5] }];
  const corner = placeOnArea(P, { x: 10, y: 0 });
  close(nearestPlacedVertex(P, paths, { x: corner.x + 0.2, y: corner.y - 0.1 }, 0.5)!, corner);
  expect(nearestPlacedVertex(P, paths, { x: corner.x + 2, y: corner.y }, 0.5)).toBeNull();
});
