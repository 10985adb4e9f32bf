import { describe, expect, it } from 'vitest';
import { COUNT_MAX, parseCount, type CountError } from '../../../shared/count';

describe('parseCount: visitor counts are whole numbers', () => {
  it.each([
    ['1500', 1_500],
    ['1.500', 1_500],
    ['1 500', 1_500],
    ['1\u00a0500', 1_500],
    ['1,500', 1_500],
    ['12.345.678', 12_345_678],
    ['  5200 ', 5_200],
    ['0', 0],
    ['007', 7],
    ['100.000.000', COUNT_MAX],
  ])('reads %j as %d', (text, count) => {
    expect(parseCount(text)).toEqual({ ok: true, count });
  });

  it.each<[string, CountError]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['1.5', 'fraction'],
    ['1,5', 'fraction'],
    ['1.50', 'fraction'],
    ['3,14', 'fraction'],
    ['-5', 'negative'],
    ['−5', 'negative'],
    ['abc', 'invalid'],
    ['1.500,000', 'invalid'],
    ['1.5000', 'fraction'],
    ['15.00.000', 'invalid'],
    ['1 5', 'invalid'],
    ['1k', 'invalid'],
    ['5e3', 'invalid'],
    ['100.000.001', 'tooLarge'],
    ['99999999999999999999', 'tooLarge'],
  ])('refuses %j (%s)', (text, error) => {
    expect(parseCount(text)).toEqual({ ok: false, error });
  });
});
