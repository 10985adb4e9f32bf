import { describe, expect, it } from 'vitest';
import { addDays, dayText, monthGrid, readDay } from '../../../renderer/ui/date-text';

describe('the date field reads the UI language’s order, never the browser’s', () => {
  it('reads day first in Vietnamese, month first in English', () => {
    expect(readDay('5/7/2025', 'vi')).toEqual({ ok: true, iso: '2025-07-05' });
    expect(readDay('05-07-25', 'vi')).toEqual({ ok: true, iso: '2025-07-05' });
    expect(readDay('5.7.2025', 'vi')).toEqual({ ok: true, iso: '2025-07-05' });
    expect(readDay('5/7/2025', 'en')).toEqual({ ok: true, iso: '2025-05-07' });
    expect(readDay('Jul 5, 2025', 'en')).toEqual({ ok: true, iso: '2025-07-05' });
    expect(readDay('2025-07-05', 'vi')).toEqual({ ok: true, iso: '2025-07-05' });
    expect(readDay('2025-07-05', 'en')).toEqual({ ok: true, iso: '2025-07-05' });
  });

  it('refuses what is not a day, and a day the calendar does not have', () => {
    expect(readDay('', 'vi')).toEqual({ ok: false, empty: true });
    expect(readDay('hôm qua', 'vi')).toMatchObject({ ok: false, error: 'invalid' });
    expect(readDay('31/02/2025', 'vi')).toMatchObject({ ok: false, error: 'noSuchDay' });
    expect(readDay('29/02/2024', 'vi')).toEqual({ ok: true, iso: '2024-02-29' });
    expect(readDay('13/07/2025', 'en')).toMatchObject({ ok: false, error: 'noSuchDay' });
    expect(readDay('5/7', 'vi')).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('writes the text back in the same order, and lays a month out Monday first', () => {
    expect(dayText('2025-07-05', 'vi')).toBe('05/07/2025');
    expect(dayText('2025-07-05', 'en')).toBe('07/05/2025');
    // 1 July 2025 is a Tuesday: one blank before it.
    const july = monthGrid(2025, 7);
    expect(july.slice(0, 2)).toEqual([null, '2025-07-01']);
    expect(july.filter(Boolean)).toHaveLength(31);
    expect(addDays('2025-07-31', 1)).toBe('2025-08-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});
