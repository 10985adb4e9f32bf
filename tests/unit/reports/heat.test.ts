import { describe, expect, it } from 'vitest';
import { HEAT_COLORS, NO_SALES_COLOR, compactDong, heatScale } from '../../../shared/report/heat';

describe('heat scale', () => {
  it('greys booths without sales and puts the best booth in the deepest step', () => {
    const scale = heatScale([0, 1_000_000, 5_000_000, 10_000_000]);
    expect(scale.color(0)).toBe(NO_SALES_COLOR);
    expect(scale.color(10_000_000)).toBe(HEAT_COLORS[4]);
    expect(scale.color(1_000_000)).toBe(HEAT_COLORS[0]);
    expect(scale.color(5_000_000)).toBe(HEAT_COLORS[2]);
    expect(scale.steps).toEqual([2_000_000, 4_000_000, 6_000_000, 8_000_000, 10_000_000]);
  });
  it('copes with a fair without any sale', () => {
    expect(heatScale([]).color(0)).toBe(NO_SALES_COLOR);
    expect(heatScale([0, 0]).max).toBe(0);
  });
});

describe('compactDong', () => {
  it('fits a booth', () => {
    expect(compactDong(14_230_000, 'vi')).toBe('14,2tr');
    expect(compactDong(14_230_000, 'en')).toBe('14.2M');
    expect(compactDong(114_429_000, 'vi')).toBe('114tr');
    expect(compactDong(2_000_000, 'vi')).toBe('2tr');
    expect(compactDong(850_000, 'vi')).toBe('850k');
  });
});

describe('heat ranges', () => {
  it('puts a boundary value in the step whose range names it', () => {
    const scale = heatScale([7, 3, 1]);
    expect(scale.ranges).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 2 },
      { from: 3, to: 4 },
      { from: 5, to: 5 },
      { from: 6, to: 7 },
    ]);
    for (let v = 1; v <= 7; v++) {
      const i = scale.classOf(v);
      expect(v).toBeGreaterThanOrEqual(scale.ranges[i]!.from);
      expect(v).toBeLessThanOrEqual(scale.ranges[i]!.to);
    }
  });
});
