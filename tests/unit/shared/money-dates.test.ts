import { describe, expect, it } from 'vitest';
import { fairDays, formatDay, formatDayRange, todayInVietnam } from '../../../shared/dates';
import { formatDong, formatDongShort, formatNumber } from '../../../shared/money';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('money', () => {
  it('shows đồng the Vietnamese way: 25.000.000 ₫', () => {
    expect(nbsp(formatDong(25_000_000))).toBe('25.000.000 ₫');
    expect(nbsp(formatDong(0))).toBe('0 ₫');
    expect(nbsp(formatDong(1_500_000, 'en'))).toBe('₫1,500,000');
  });
  it('groups plain numbers per language', () => {
    expect(formatNumber(1_500_000)).toBe('1.500.000');
    expect(formatNumber(1_500_000, 'en')).toBe('1,500,000');
  });
  it('speaks of triệu and tỷ đồng in reports', () => {
    expect(formatDongShort(26_300_000_000)).toBe('26,3 tỷ đồng');
    expect(formatDongShort(10_200_000)).toBe('10,2 triệu đồng');
    expect(formatDongShort(26_300_000_000, 'en')).toBe('26.3 billion VND');
  });
});

describe('dates', () => {
  it('shows dd/MM/yyyy in Vietnamese', () => {
    expect(formatDay('2025-07-05')).toBe('05/07/2025');
    expect(formatDayRange('2025-07-05', '2025-07-07')).toBe('05/07/2025 – 07/07/2025');
    expect(formatDay('2025-07-05', 'en')).toBe('Jul 5, 2025');
  });
  it('lists every fair day, across month ends', () => {
    expect(fairDays('2025-06-29', '2025-07-02')).toEqual(['2025-06-29', '2025-06-30', '2025-07-01', '2025-07-02']);
    expect(fairDays('2025-07-05', '2025-07-05')).toEqual(['2025-07-05']);
  });
  it('takes today in Vietnam, not in the laptop clock zone', () => {
    // 20:00 UTC on 4 July is already 03:00 on 5 July in Hanoi.
    expect(todayInVietnam(new Date('2025-07-04T20:00:00Z'))).toBe('2025-07-05');
    expect(todayInVietnam(new Date('2025-07-04T16:59:00Z'))).toBe('2025-07-04');
  });
});
