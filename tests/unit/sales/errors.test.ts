import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { resources } from '../../../renderer/i18n/resources';
import { refusedRule, saleErrorTexts } from '../../../renderer/features/sales/errors';

async function translator(language: 'vi' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: language, defaultNS: 'common', ns: Object.keys(resources.en), interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n) as (key: string, values?: Record<string, string | number>) => string;
}

/** The main side's refusal as it arrives: its words are whatever the main side wrote, the rule is its code. */
const fieldRefusal = (rule: string, field: string, words = 'Words the main side may change at any time') =>
  new ApiError('VALIDATION', words, { issues: [{ path: [field], message: words }], rule });

describe('the sales screen’s refusals', () => {
  it('says a broken sales rule from its code, in Vietnamese, beside the field it concerns', async () => {
    const vi = await translator('vi');
    expect(saleErrorTexts(fieldRefusal('noBooth', 'boothNumber'), 'vi', vi)).toEqual({ boothNumber: 'Không có gian hàng số này.' });
    expect(saleErrorTexts(fieldRefusal('dayOutside', 'day'), 'vi', vi)).toEqual({ day: 'Ngày này không thuộc thời gian hội chợ.' });
    const conflict = new ApiError('CONFLICT', 'This entry is already voided', { rule: 'alreadyVoided' });
    expect(saleErrorTexts(conflict, 'vi', vi)).toEqual({ form: 'Dòng này đã được hủy hoặc sửa trước đó.' });
  });

  it('says the same rules in English from the catalogue, not the main side’s words', async () => {
    const en = await translator('en');
    expect(saleErrorTexts(fieldRefusal('noExhibitor', 'boothNumber'), 'en', en)).toEqual({
      boothNumber: 'This booth has no exhibitor: allocate it first.',
    });
  });

  it('says a field refusal that names no rule in general words in Vietnamese, and in the main side’s words in English', async () => {
    const plain = new ApiError('VALIDATION', 'Too big', { issues: [{ path: ['amountDong'], message: 'Too big' }] });
    expect(saleErrorTexts(plain, 'vi', await translator('vi'))).toEqual({ amountDong: 'Vui lòng kiểm tra lại thông tin đã nhập.' });
    expect(saleErrorTexts(plain, 'en', await translator('en'))).toEqual({ amountDong: 'Too big' });
    expect(saleErrorTexts(new Error('boom'), 'vi', await translator('vi')).form).toBeTruthy();
  });

  it('recognises a rule by its code only, whatever the words', () => {
    expect(refusedRule(new ApiError('CONFLICT', 'anything', { rule: 'duplicate' }), 'duplicate')).toBe('duplicate');
    expect(refusedRule(new ApiError('CONFLICT', 'The same amount was recorded for this booth minutes ago'), 'duplicate')).toBeNull();
    expect(refusedRule(new ApiError('CONFLICT', 'x', { rule: 'duplicate' }), 'visitorsOtherMode')).toBeNull();
    expect(refusedRule(new ApiError('CONFLICT', 'x', { rule: 'notARule' }))).toBeNull();
  });
});
