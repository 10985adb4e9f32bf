import { describe, expect, it } from 'vitest';
import { namespaces } from '../../../renderer/i18n/resources';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('translations', () => {
  for (const [ns, messages] of Object.entries(namespaces)) {
    it(`${ns}: Vietnamese and English have the same keys, no blanks, the same {{variables}}`, () => {
      const en = flatten(messages.en as Tree);
      const vi = flatten(messages.vi as Tree);
      expect([...vi.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of en) {
        const viText = vi.get(key)!;
        expect(text.trim(), `en ${ns}:${key}`).not.toBe('');
        expect(viText.trim(), `vi ${ns}:${key}`).not.toBe('');
        expect(variables(viText), `${ns}:${key}`).toEqual(variables(text));
      }
    });
  }

  it('Vietnamese strings are NFC, so they compare and print the same everywhere', () => {
    for (const messages of Object.values(namespaces)) {
      for (const text of flatten(messages.vi as Tree).values()) expect(text).toBe(text.normalize('NFC'));
    }
  });
});
