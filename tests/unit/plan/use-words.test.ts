import { describe, expect, it } from 'vitest';
import { rememberWords, wordTable } from '../../../renderer/features/plan/ui/useWords';

/** A translator that counts its lookups and answers in the language it was made for. */
function translator(language: 'vi' | 'en') {
  const words: Record<string, Record<string, string>> = {
    vi: { 'inspector.number': 'Số gian', 'inspector.width': 'Rộng' },
    en: { 'inspector.number': 'Booth number', 'inspector.width': 'Width' },
  };
  const calls: string[] = [];
  const t = (key: string, options?: unknown) => {
    calls.push(key);
    const word = words[language]![key] ?? key;
    return options && typeof options === 'object' && 'count' in options ? `${word} ×${String(options.count)}` : word;
  };
  return { t, calls };
}

describe('the plan panels remember their words', () => {
  it('looks each plain word up once, however often a panel asks', () => {
    const { t, calls } = translator('vi');
    const words = rememberWords(t);
    for (let i = 0; i < 30; i++) {
      expect(words('inspector.number')).toBe('Số gian');
      expect(words('inspector.width')).toBe('Rộng');
    }
    expect(calls).toEqual(['inspector.number', 'inspector.width']);
  });

  it('passes a word with options through every time, since its text differs', () => {
    const { t, calls } = translator('en');
    const words = rememberWords(t);
    expect(words('inspector.number', { count: 2 })).toBe('Booth number ×2');
    expect(words('inspector.number', { count: 3 })).toBe('Booth number ×3');
    expect(calls).toHaveLength(2);
  });

  it('a new language starts afresh: nothing of the old one is kept', () => {
    const vi = rememberWords(translator('vi').t);
    const en = rememberWords(translator('en').t);
    expect(vi('inspector.width')).toBe('Rộng');
    expect(en('inspector.width')).toBe('Width');
  });

  it('panels of one language share their words: a panel shown for the first time finds them known', () => {
    const { t, calls } = translator('vi');
    const toolbar = rememberWords(t, wordTable('vi', 'plan'));
    const inspector = rememberWords(t, wordTable('vi', 'plan'));
    expect(toolbar('inspector.number')).toBe('Số gian');
    expect(inspector('inspector.number')).toBe('Số gian');
    expect(calls).toEqual(['inspector.number']);
    expect(wordTable('en', 'plan')).not.toBe(wordTable('vi', 'plan'));
  });

  it('a catalogue added later makes every panel look its words up again', () => {
    const listeners: (() => void)[] = [];
    const store = { on: (_: 'added', fn: () => void) => void listeners.push(fn) };
    const table = wordTable('vi', 'planTest', store);
    table.set('inspector.width', 'inspector.width'); // asked for before its catalogue was there
    for (const l of listeners) l();
    expect(wordTable('vi', 'planTest', store).has('inspector.width')).toBe(false);
    expect(listeners).toHaveLength(1); // one listener per store, however many panels ask
  });
});
