import { describe, expect, it } from 'vitest';
import { DEMO_EXHIBITORS } from '../../../electron/services/demo/exhibitors';
import { DEMO_FAIR } from '../../../electron/services/demo';

describe('the demo fair a Hải Phòng official would believe', () => {
  it('has no other city’s brands and no unregistered business forms', () => {
    const text = JSON.stringify(DEMO_EXHIBITORS);
    for (const wrong of ['Tràng Tiền', 'làng Vân', 'Bánh cuốn Cao Bằng', 'xã An Hải']) expect(text).not.toContain(wrong);
    for (const e of DEMO_EXHIBITORS) expect(e.legalName).not.toMatch(/^Quán /);
  });

  it('is organised by the city’s Department of Industry and Trade, named as it signs', () => {
    expect(DEMO_FAIR.organizer).toBe('Sở Công Thương thành phố Hải Phòng');
  });

  it('rates OCOP products mostly three-star, with at most one five-star', () => {
    const stars = (n: number) => DEMO_EXHIBITORS.filter((e) => e.ocop === n).length;
    expect(stars(5)).toBeLessThanOrEqual(1);
    expect(stars(3)).toBeGreaterThan(stars(4) + stars(5));
  });
});
