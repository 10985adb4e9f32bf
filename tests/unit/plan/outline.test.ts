import { describe, expect, it } from 'vitest';
import { AreaRecord } from '../../../shared/model/plan';
import { insideArea } from '../../../shared/plan/fit';
import { defaults } from '../../../shared/plan/records';
import {
  areaSurfaceM2,
  constrainAngle,
  normalizeOutline,
  outlineProblem,
  pointInPolygon,
  polygonArea,
  rectInPolygon,
} from '../../../shared/plan/outline';
import { L_HALL as L } from '../../fixtures/outlines';

const hall = { ...defaults.area('hall', 'Nhà A', 60, 40, 0), outline: L };
const booth = (xM: number, yM: number, rotationDeg = 0) => ({ xM, yM, widthM: 3, depthM: 3, rotationDeg });

describe('area outlines', () => {
  it('measures a polygon’s surface, not its bounds', () => {
    expect(polygonArea(L)).toBe(60 * 40 - 30 * 20);
    expect(areaSurfaceM2(hall)).toBe(1800);
    expect(areaSurfaceM2(defaults.area('yard', 'Sân', 80, 30, 1))).toBe(2400);
  });

  it('tells points inside the L from points in its notch', () => {
    expect(pointInPolygon({ x: 10, y: 30 }, L)).toBe(true);
    expect(pointInPolygon({ x: 45, y: 30 }, L)).toBe(false);
    expect(pointInPolygon({ x: 30, y: 30 }, L, 0.01)).toBe(true);
  });

  it('keeps booths out of the notch, flush walls and corners allowed', () => {
    expect(insideArea(booth(0, 0), hall)).toBe(true);
    expect(insideArea(booth(27, 37), hall)).toBe(true);
    expect(insideArea(booth(57, 17), hall)).toBe(true);
    expect(insideArea(booth(45, 30), hall)).toBe(false);
    // Straddling the inner corner: every corner of the booth but one is on the floor.
    expect(insideArea(booth(29, 19), hall)).toBe(false);
    // Turned 45° next to the notch: its bounds stay on the floor, one corner reaches into the notch.
    expect(rectInPolygon(booth(31, 17, 45), L)).toBe(false);
    expect(rectInPolygon(booth(10, 10, 45), L)).toBe(true);
  });

  it('catches an outline dipping into a booth larger than the notch', () => {
    const notched = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 4 },
      { x: 9, y: 4 },
      { x: 9, y: 5 },
      { x: 10, y: 5 },
      { x: 10, y: 10 },
      { x: 0, y: 10 },
    ];
    expect(rectInPolygon({ xM: 7.5, yM: 3, widthM: 2.5, depthM: 3, rotationDeg: 0 }, notched)).toBe(false);
    expect(rectInPolygon({ xM: 5, yM: 3, widthM: 3, depthM: 3, rotationDeg: 0 }, notched)).toBe(true);
  });

  it('refuses outlines a person cannot mean', () => {
    expect(outlineProblem(L)).toBeNull();
    expect(outlineProblem(L.slice(0, 2))).toBe('tooFewPoints');
    expect(
      outlineProblem([
        { x: 0, y: 0 },
        { x: 5, y: 0 },
        { x: 10, y: 0 },
      ]),
    ).toBe('noSurface');
    const bowtie = [
      { x: 0, y: 0 },
      { x: 10, y: 10 },
      { x: 10, y: 0 },
      { x: 0, y: 10 },
    ];
    expect(outlineProblem(bowtie)).toBe('selfCrossing');
    expect(AreaRecord.safeParse({ ...hall, outline: bowtie, widthM: 10, depthM: 10 }).error?.issues[0]?.message).toBe(
      'The outline crosses itself',
    );
    expect(AreaRecord.safeParse({ ...hall, widthM: 50 }).error?.issues[0]?.message).toBe(
      'The outline reaches past the area’s width and depth',
    );
    expect(AreaRecord.safeParse(hall).success).toBe(true);
  });

  it('moves a drawn outline to the area’s origin and rounds it to the millimetre', () => {
    const drawn = L.map((p) => ({ x: p.x + 5.00049, y: p.y + 2 }));
    const n = normalizeOutline(drawn);
    expect(n.outline).toEqual(L);
    expect(n).toMatchObject({ widthM: 60, depthM: 40, shift: { x: 5.00049, y: 2 } });
  });

  it('holds a line to 90° or 45° with Shift', () => {
    const p = constrainAngle({ x: 0, y: 0 }, { x: 10, y: 1 });
    expect(p.x).toBeCloseTo(10.0, 6);
    expect(p.y).toBeCloseTo(0, 9);
    const d = constrainAngle({ x: 0, y: 0 }, { x: 10, y: 9 });
    expect(d.x).toBeCloseTo(d.y, 9);
  });
});
