import { expect, it } from 'vitest';
import { boothType } from '../../../shared/model/exhibitor-pricing';

it('calls two adjacent open sides a corner: the end of a back-to-back double row', () => {
  const b = (id: string, x: number, y: number) => ({
    id,
    areaId: 'a',
    number: id,
    xM: x,
    yM: y,
    widthM: 3,
    depthM: 3,
    rotationDeg: 0,
    kind: 'standard' as const,
    typeOverride: null,
    zoneId: null,
    priceDong: 0,
    notes: '',
    locked: false,
  });
  const booths = [b('a1', 0, 0), b('a2', 3, 0), b('a3', 6, 0), b('b1', 0, 3), b('b2', 3, 3), b('b3', 6, 3)];
  expect(booths.map((x) => boothType(x, booths))).toEqual(['corner', 'inline', 'corner', 'corner', 'inline', 'corner']);
  expect(boothType({ ...booths[1]!, typeOverride: 'island' }, booths)).toBe('island');
});
