import { describe, expect, it } from 'vitest';
import type { Feature } from '../../../shared/model/plan';
import { boothsCovered, boothsLeftOutside, checkArea, checkPlan } from '../../../shared/plan/checks';
import { defaults } from '../../../shared/plan/records';

const hall = defaults.area('hall', 'Nhà A', 40, 30, 0);
const garden = defaults.area('garden', 'Vườn hoa', 20, 20, 1);
const feature = (id: string, kind: Feature['kind'], xM: number, yM: number, areaId = 'hall'): Feature =>
  defaults.feature(id, areaId, kind, { xM, yM });

describe('checks that see the venue', () => {
  it('lists a booth standing on the stage, and a pillar inside a booth', () => {
    const onStage = defaults.booth('s', 'hall', 'A01', { xM: 12, yM: 2 });
    const withPillar = defaults.booth('p', 'hall', 'A02', { xM: 30, yM: 20 });
    const clear = defaults.booth('c', 'hall', 'A03', { xM: 0, yM: 25 });
    const features = [feature('stage', 'stage', 10, 0), feature('pillar', 'pillar', 31, 21), feature('aisle', 'aisle', 0, 24)];
    const issues = checkArea(hall, [onStage, withPillar, clear], features);
    expect(issues).toEqual([
      { kind: 'onFeature', ids: ['s', 'stage'], numbers: ['A01'], feature: 'stage' },
      { kind: 'featureInside', ids: ['p', 'pillar'], numbers: ['A02'], feature: 'pillar' },
    ]);
  });

  it('a booth only touching the info desk edge to edge is not a problem; one over an entrance is', () => {
    const touching = defaults.booth('t', 'hall', 'A01', { xM: 3, yM: 10 });
    const over = defaults.booth('o', 'hall', 'A02', { xM: 21, yM: 0 });
    const issues = checkArea(hall, [touching, over], [feature('desk', 'info_desk', 0, 10), feature('door', 'entrance', 20, 0)]);
    expect(issues.map((i) => [i.kind, i.ids[0]])).toEqual([['onFeature', 'o']]);
  });

  it('checks every area at once, each problem with its area', () => {
    const plan = {
      areas: [hall, garden],
      zones: [],
      booths: [defaults.booth('h', 'hall', 'A01', { xM: 0, yM: 0 }), defaults.booth('g', 'garden', 'A01', { xM: 19, yM: 0 })],
      features: [],
    };
    expect(checkPlan(plan).map((c) => [c.areaId, c.issue.kind])).toEqual([
      ['garden', 'outside'],
      [null, 'duplicate'],
    ]);
  });
});

describe('warnings before they happen', () => {
  it('names the booths a generated block would cover, and those a smaller area would leave outside', () => {
    const existing = [defaults.booth('a', 'hall', 'A01', { xM: 0, yM: 0 }), defaults.booth('b', 'hall', 'A02', { xM: 10, yM: 0 })];
    const block = [defaults.booth('n1', 'hall', 'B01', { xM: 1, yM: 1 }), defaults.booth('n2', 'hall', 'B02', { xM: 3, yM: 0 })];
    expect(boothsCovered(block, existing).map((b) => b.number)).toEqual(['A01']);
    expect(boothsLeftOutside(hall, { widthM: 12, depthM: 30 }, existing).map((b) => b.number)).toEqual(['A02']);
    expect(boothsLeftOutside(hall, { widthM: 13, depthM: 30 }, existing)).toEqual([]);
  });
});
