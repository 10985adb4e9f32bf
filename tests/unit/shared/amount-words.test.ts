import { describe, expect, it } from 'vitest';
import { amountInWords } from '../../../shared/amount-words';

describe('amount in Vietnamese words', () => {
  it.each([
    [0, 'Không đồng'],
    [5_000, 'Năm nghìn đồng chẵn'],
    [1_500_000, 'Một triệu năm trăm nghìn đồng chẵn'],
    [21_000_000, 'Hai mươi mốt triệu đồng chẵn'],
    [1_005_000_000, 'Một tỷ không trăm linh năm triệu đồng chẵn'],
    [2_000_000_000, 'Hai tỷ đồng chẵn'],
    [15_000, 'Mười lăm nghìn đồng chẵn'],
    [105_000, 'Một trăm linh năm nghìn đồng chẵn'],
    [1_024_000, 'Một triệu không trăm hai mươi tư nghìn đồng chẵn'],
    [3_150_000, 'Ba triệu một trăm năm mươi nghìn đồng chẵn'],
    [2_000_005, 'Hai triệu không trăm linh năm đồng chẵn'],
    [100_000_000_000, 'Một trăm tỷ đồng chẵn'],
    [12_345_678_910, 'Mười hai tỷ ba trăm bốn mươi lăm triệu sáu trăm bảy mươi tám nghìn chín trăm mười đồng chẵn'],
  ])('%i → %s', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it.each([
    [0, 'Zero dong'],
    [5_000, 'Five thousand dong'],
    [1_500_000, 'One million five hundred thousand dong'],
    [21_000_000, 'Twenty-one million dong'],
    [1_005_000_000, 'One billion five million dong'],
    [15_000, 'Fifteen thousand dong'],
    [105_000, 'One hundred five thousand dong'],
    [12_345_678_910, 'Twelve billion three hundred forty-five million six hundred seventy-eight thousand nine hundred ten dong'],
  ])('in English: %i → %s', (amount, words) => {
    expect(amountInWords(amount, 'en')).toBe(words);
  });

  it('refuses what is not whole đồng', () => {
    expect(() => amountInWords(1.5)).toThrow(RangeError);
    expect(() => amountInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(-1, 'en')).toThrow(RangeError);
  });
});
