import { describe, expect, it } from 'vitest';
import { BANKS, bankLabel } from '../../../shared/banks';
import { PROVINCE_TABLE } from '../../../shared/data/provinces';
import { PROVINCES, provinceLabel, provinceOf, provincePlace } from '../../../shared/provinces';

const VI_LETTER = /[àáâãèéêìíòóôõùúýăđĩũơư\u1EA0-\u1EF9]/iu;

describe('proper nouns are data, named in the reader’s language', () => {
  it('has the 34 provinces with their official names and an English form without Vietnamese letters', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES).size).toBe(34);
    for (const p of PROVINCE_TABLE) {
      expect(p.en).not.toMatch(VI_LETTER);
      expect(provinceOf(p.en)).toBe(p.vi);
      expect(provinceLabel(p.vi, 'vi')).toBe(p.vi);
      expect(provinceLabel(p.vi, 'en')).toBe(p.en);
    }
    expect(provinceLabel('Thành phố Hồ Chí Minh', 'en')).toBe('Ho Chi Minh City');
    expect(provincePlace('Thành phố Hồ Chí Minh')).toBe('Hồ Chí Minh');
    expect(provincePlace('Hải Phòng')).toBe('Hải Phòng');
    // A name FairFloor does not know stays as typed.
    expect(provinceLabel('Viêng Chăn', 'en')).toBe('Viêng Chăn');
  });

  it('lists banks under their registered names, transliterated in English', () => {
    const acb = BANKS.find((b) => b.shortName === 'ACB')!;
    expect(bankLabel(acb, 'vi')).toBe('ACB – Ngân hàng TMCP Á Châu');
    expect(bankLabel(acb, 'en')).toBe('ACB – Ngan hang TMCP A Chau');
    for (const b of BANKS) expect(bankLabel(b, 'en')).not.toMatch(VI_LETTER);
  });
});
