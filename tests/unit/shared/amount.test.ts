import { describe, expect, it } from 'vitest';
import { AMOUNT_MAX, parseAmount, parseDiscount, parsePercent } from '../../../shared/amount';

describe('the one amount reader', () => {
  it.each([
    ['1,5tr', 1_500_000],
    ['1.5tr', 1_500_000],
    ['2tr5', 2_500_000],
    ['500k', 500_000],
    ['800 nghìn', 800_000],
    ['800 ngàn', 800_000],
    ['2 triệu', 2_000_000],
    ['2 trieu', 2_000_000],
    ['1.500.000', 1_500_000],
    ['1 500 000', 1_500_000],
    ['1,500,000', 1_500_000],
    ['2.000.000đ', 2_000_000],
    ['2.000.000 đồng', 2_000_000],
    ['350k', 350_000],
    ['1500000', 1_500_000],
    ['1,2 tỷ', 1_200_000_000],
    ['100 tỷ', 100_000_000_000],
  ])('reads %j as %i đồng', (text, amount) => {
    const read = parseAmount(text);
    expect(read.ok && read.amount).toBe(amount);
  });

  it.each([
    ['', 'empty'],
    ['abc', 'invalid'],
    ['1,5tr abc', 'invalid'],
    ['12abc', 'invalid'],
    ['1.5', 'fraction'],
    ['1,5', 'fraction'],
    ['-500k', 'negative'],
    ['0', 'zero'],
    ['1.500.00', 'invalid'],
    ['100.000.000.001', 'tooLarge'],
    ['101 tỷ', 'tooLarge'],
    ['5 xyz', 'invalid'],
  ])('refuses %j (%s) and reads nothing', (text, error) => {
    expect(parseAmount(text)).toEqual({ ok: false, error });
  });

  it('takes 0 only where 0 makes sense (a free booth, no discount)', () => {
    expect(parseAmount('0', { allowZero: true })).toEqual({ ok: true, amount: 0, confirm: false });
    expect(parseAmount('0')).toEqual({ ok: false, error: 'zero' });
  });

  it('stops at 100 tỷ', () => {
    expect(AMOUNT_MAX).toBe(100_000_000_000);
  });
});

describe('discounts: an amount or a percentage', () => {
  it.each([
    ['10%', 3_150_000, 315_000, 10],
    ['12,5 %', 1_000_000, 125_000, 12.5],
    ['100%', 3_000_000, 3_000_000, 100],
    ['0%', 3_000_000, 0, 0],
    ['500k', 3_000_000, 500_000, null],
    ['0', 3_000_000, 0, null],
    ['33%', 1_001, 330, 33],
  ])('%j of %i takes off %i', (text, base, amount, percent) => {
    expect(parseDiscount(text, base)).toEqual({ ok: true, amount, percent });
  });

  it.each([
    ['abc', 'invalid'],
    ['120%', 'percentTooLarge'],
    ['-10%', 'negative'],
    ['4tr', 'aboveBase'],
    ['10%%', 'invalid'],
  ])('refuses %j (%s)', (text, error) => {
    expect(parseDiscount(text, 3_000_000)).toEqual({ ok: false, error });
  });

  it('reads premiums as percentages', () => {
    expect(parsePercent('15')).toEqual({ ok: true, percent: 15 });
    expect(parsePercent('250', 500)).toEqual({ ok: true, percent: 250 });
    expect(parsePercent('x')).toEqual({ ok: false, error: 'invalid' });
  });
});
