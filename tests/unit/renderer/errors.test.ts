import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { resources } from '../../../renderer/i18n/resources';
import { explainError } from '../../../renderer/ui/notices';

async function translator(language: 'vi' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: language, defaultNS: 'common', ns: Object.keys(resources.en), interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n) as (key: string, values?: Record<string, string | number>) => string;
}

describe('explaining a refusal', () => {
  const taken = new ApiError('CONFLICT', 'Booth A04 was just taken by Châu Long.', {
    reason: 'boothTaken',
    booth: 'A04',
    holder: 'Châu Long',
  });

  it('words a reason in Vietnamese with its values', async () => {
    const t = await translator('vi');
    expect(explainError(taken, 'vi', t)).toBe('Gian A04 vừa được Châu Long đặt. Không có gì bị thay đổi.');
    const anonymous = new ApiError('CONFLICT', 'Booth A04 was just taken.', { reason: 'boothTaken', booth: 'A04' });
    expect(explainError(anonymous, 'vi', t)).toBe('Gian A04 vừa được người khác đặt. Không có gì bị thay đổi.');
    const holds = new ApiError('CONFLICT', 'x', { reason: 'exhibitorHoldsBooths', name: 'HTX Cát Hải', booths: ['A01', 'A02'] });
    expect(explainError(holds, 'vi', t)).toBe('HTX Cát Hải đang giữ gian A01, A02.');
  });

  it('falls back to the sentence of the code, or in English to the main side’s words', async () => {
    const plain = new ApiError('CONFLICT', 'Part of this change already exists in the plan; nothing was saved');
    expect(explainError(plain, 'vi', await translator('vi'))).toBe('Thay đổi này trùng với dữ liệu đã có trong hội chợ.');
    const en = await translator('en');
    expect(explainError(plain, 'en', en)).toBe(plain.message);
    expect(explainError(taken, 'en', en)).toBe('Booth A04 was just taken by Châu Long. Nothing was changed.');
    expect(explainError(new Error('boom'), 'en', en)).toBe('Something went wrong inside FairFloor. Nothing was saved.');
    // An unknown reason is ignored rather than shown as a missing key.
    expect(explainError(new ApiError('CONFLICT', 'x', { reason: 'nope' }), 'vi', await translator('vi'))).toBe(
      'Thay đổi này trùng với dữ liệu đã có trong hội chợ.',
    );
  });
});
