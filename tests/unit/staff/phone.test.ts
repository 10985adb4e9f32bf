import { describe, expect, it } from 'vitest';
import type { SaleBooth } from '../../../shared/model/sales';
import { matchBooths } from '../../../renderer/staff/BoothPicker';
import { newEntryId } from '../../../renderer/staff/entry-id';
import { twinOf, type PhoneEntry } from '../../../renderer/staff/outbox';

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

  it('asks about a repeat only for an entry of this phone that still counts: same booth, day and amount, within 10 minutes', () => {
    const now = Date.parse('2025-07-05T10:00:00Z');
    const entry = (id: string, over: Partial<PhoneEntry> = {}): PhoneEntry => ({
      id,
      fairId: 'f',
      boothNumber: 'A01',
      exhibitorName: 'Châu Long',
      day: '2025-07-05',
      amountDong: 500_000,
      method: 'cash',
      confirmLarge: false,
      createdAt: new Date(now - 60_000).toISOString(),
      state: 'sent',
      ...over,
    });
    const wanted = { boothNumber: 'A01', day: '2025-07-05', amountDong: 500_000 };
    expect(twinOf([entry('a')], wanted, now)?.id).toBe('a');
    expect(twinOf([entry('w', { state: 'waiting' })], wanted, now)?.id).toBe('w');
    for (const gone of ['undone', 'undoing', 'corrected', 'changed', 'refused'] as const)
      expect(twinOf([entry(gone, { state: gone })], wanted, now)).toBeUndefined();
    expect(twinOf([entry('u', { undoRequested: true, state: 'waiting' })], wanted, now)).toBeUndefined();
    expect(twinOf([entry('old', { createdAt: new Date(now - 11 * 60_000).toISOString() })], wanted, now)).toBeUndefined();
    expect(
      twinOf([entry('b', { boothNumber: 'A02' }), entry('d', { day: '2025-07-06' }), entry('m', { amountDong: 50_000 })], wanted, now),
    ).toBeUndefined();
  });
});
