import { describe, expect, it } from 'vitest';
import { AMOUNT_CONFIRM_ABOVE, canonicalBoothNumber, parseAmount } from '../../../shared/sales-amount';

describe('parseAmount', () => {
  it.each([
    ['1500000', 1_500_000],
    ['1.500.000', 1_500_000],
    ['1,500,000', 1_500_000],
    ['1 500 000', 1_500_000],
    ['1.500', 1_500],
    ['1,5tr', 1_500_000],
    ['1.5tr', 1_500_000],
    ['1.5 triệu', 1_500_000],
    ['1,25 triệu', 1_250_000],
    ['2 trieu', 2_000_000],
    ['500k', 500_000],
    ['500 K', 500_000],
    ['500 nghìn', 500_000],
    ['500 ngàn', 500_000],
    ['1.500k', 1_500_000],
    ['2tr5', 2_500_000],
    ['2tr500', 2_500_000],
    ['2tr05', 2_050_000],
    ['1k2', 1_200],
    ['1 tỷ', 1_000_000_000],
    ['1,2 tỷ', 1_200_000_000],
    ['1.500.000 ₫', 1_500_000],
    ['1.500.000 đ', 1_500_000],
    ['1.500.000đ', 1_500_000],
    ['750000 VND', 750_000],
    ['  +45000 ', 45_000],
    ['3m', 3_000_000],
  ])('reads %s as %i đồng', (text, amount) => {
    expect(parseAmount(text)).toEqual({ ok: true, amount, confirm: amount > AMOUNT_CONFIRM_ABOVE });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-500k', 'negative'],
    ['-1.500.000', 'negative'],
    ['0', 'zero'],
    ['0k', 'zero'],
    ['0.000', 'zero'],
    ['abc', 'invalid'],
    ['12abc', 'invalid'],
    ['1.5.', 'invalid'],
    ['1,5', 'fraction'],
    ['1.5', 'fraction'],
    ['1.50', 'fraction'],
    ['1,2345k', 'fraction'],
    ['1.500.00', 'invalid'],
    ['1.500,000', 'invalid'],
    ['2tr5k', 'invalid'],
    ['5 xyz', 'invalid'],
    ['99999999 tỷ', 'tooLarge'],
  ])('refuses %j (%s)', (text, error) => {
    expect(parseAmount(text)).toEqual({ ok: false, error });
  });

  it('asks to confirm above the sanity bound', () => {
    expect(parseAmount('150tr')).toEqual({ ok: true, amount: 150_000_000, confirm: true });
    expect(parseAmount('100tr')).toEqual({ ok: true, amount: 100_000_000, confirm: false });
  });
});

describe('canonicalBoothNumber', () => {
  it('forgives case, spaces and leading zeros', () => {
    expect(canonicalBoothNumber('a1')).toBe(canonicalBoothNumber('A01'));
    expect(canonicalBoothNumber(' b 12 ')).toBe('B12');
    expect(canonicalBoothNumber('A10')).not.toBe(canonicalBoothNumber('A1'));
    expect(canonicalBoothNumber('007')).toBe('7');
  });
});
