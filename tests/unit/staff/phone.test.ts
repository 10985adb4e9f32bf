import { describe, expect, it } from 'vitest';
import type { SaleBooth } from '../../../shared/model/sales';
import { matchBooths } from '../../../renderer/staff/BoothPicker';
import { newEntryId } from '../../../renderer/staff/entry-id';

const booth = (number: string, exhibitorName: string): SaleBooth => ({
  boothId: number,
  number,
  exhibitorId: 'e',
  exhibitorName,
  zoneName: '',
  forSale: true,
});
const BOOTHS = [booth('A01', 'Châu Long'), booth('A10', 'Bánh đa cua Hải Phòng'), booth('B01', 'Nem cua bể'), booth('A02', 'Hòa Bình')];

describe('the staff page', () => {
  it('finds booths by number (a1 is A01, exact first) and by exhibitor without accents', () => {
    expect(matchBooths(BOOTHS, 'a1').map((b) => b.number)).toEqual(['A01', 'A10']);
    expect(matchBooths(BOOTHS, 'banh da').map((b) => b.number)).toEqual(['A10']);
    expect(matchBooths(BOOTHS, 'HOA BINH').map((b) => b.number)).toEqual(['A02']);
    expect(matchBooths(BOOTHS, 'cua').map((b) => b.number)).toEqual(['A10', 'B01']);
    expect(matchBooths(BOOTHS, '  ')).toEqual([]);
  });

  it('makes entry ids from getRandomValues, in the shape the contract accepts', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newEntryId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(newEntryId((b) => b.fill(255))).toBe('f'.repeat(32));
  });
});
