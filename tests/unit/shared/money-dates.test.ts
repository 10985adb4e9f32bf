import { describe, expect, it } from 'vitest';
import { fairDays, formatDay, formatDayRange, formatTime, formatTimestamp, todayInVietnam } from '../../../shared/dates';
import { TAX_CODE_PATTERN } from '../../../shared/model/exhibitor';
import { formatDong, formatDongShort, formatNumber } from '../../../shared/money';
import { formatPhone } from '../../../shared/phone';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('money', () => {
  it('shows đồng the Vietnamese way: 25.000.000 đ', () => {
    expect(nbsp(formatDong(25_000_000))).toBe('25.000.000 đ');
    expect(nbsp(formatDong(0))).toBe('0 đ');
    expect(nbsp(formatDong(1_500_000, 'en'))).toBe('VND 1,500,000');
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

describe('timestamps', () => {
  it('read day first, four-digit year, 24-hour clock, in Vietnam time whatever the language', () => {
    // 22:27 UTC on 29 November is 05:27 on 30 November in Hải Phòng.
    expect(formatTimestamp('2026-11-29T22:27:00Z')).toBe('30/11/2026 05:27');
    expect(formatTimestamp('2026-11-29T22:27:00Z', 'en')).toBe('Nov 30, 2026 05:27');
    expect(formatTime('2025-07-05T07:05:00Z')).toBe('14:05');
  });
});

describe('phones and tax codes', () => {
  it.each([
    ['0912345678', '0912 345 678'],
    ['0912.345.678', '0912 345 678'],
    ['02253800000', '0225 3800 000'],
    ['+84912345678', '+84 912 345 678'],
    ['1900 1234', '1900 1234'],
  ])('shows %s as %s', (typed, shown) => {
    expect(formatPhone(typed)).toBe(shown);
  });

  it.each(['0201234567', '0201234567-001', '031234567890'])('accepts the tax code %s', (code) => {
    expect(TAX_CODE_PATTERN.test(code)).toBe(true);
  });
  it.each(['020123456', '0201234567-01', '03123456789', '0201234567001'])('refuses the tax code %s', (code) => {
    expect(TAX_CODE_PATTERN.test(code)).toBe(false);
  });
});
