import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaces } from '../../../renderer/i18n/resources';
import { translator } from '../../../shared/i18n';

type Tree = { [key: string]: string | Tree };
const strings = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : strings(v)));

describe('one catalogue', () => {
  it('English counts use plural forms, never "(s)"', () => {
    for (const [ns, m] of Object.entries(namespaces)) {
      for (const text of strings(m.en as Tree)) expect(text, ns).not.toMatch(/\w\(s\)/);
    }
  });

  it('the screen, the PDF and the sheet take the same word for each concept', () => {
    for (const lng of ['vi', 'en'] as const) {
      const printed = translator(lng, 'printed');
      const sheet = translator(lng, 'sheets');
      const plan = namespaces.plan[lng];
      const sales = namespaces.sales[lng];
      const directory = namespaces.exhibitors[lng];
      for (const s of ['free', 'held', 'reserved', 'confirmed', 'paid'] as const) {
        expect(printed(s)).toBe(plan.statuses[s]);
        expect(directory.status[s]).toBe(plan.statuses[s]);
      }
      expect(printed('notForSale')).toBe(plan.kinds.non_sellable);
      for (const m of ['cash', 'bank_transfer', 'qr'] as const) expect(printed(m)).toBe(sales.methods[m]);
      expect(printed('category')).toBe(directory.form.category);
      expect(sheet('directory.category')).toBe(directory.form.category);
    }
    // The reviewer's words, so a later edit of the shared entries cannot drift back.
    expect(Object.values(namespaces.plan.vi.statuses)).toEqual([
      'Còn trống',
      'Giữ chỗ',
      'Đã đăng ký',
      'Đã xác nhận',
      'Đã thanh toán',
      'Đã hủy',
    ]);
    expect(Object.values(namespaces.plan.vi.types)).toEqual([
      'Gian 1 mặt thoáng',
      'Gian góc (2 mặt thoáng)',
      'Gian 3 mặt thoáng',
      'Gian đảo (4 mặt thoáng)',
    ]);
    expect(namespaces.sales.vi.methods.qr).toBe('Quét mã QR');
    expect(namespaces.plan.vi.kinds.non_sellable).toBe('Không cho thuê');
  });

  it('plural forms and placeholders work in the main process as on screen', () => {
    expect(translator('en', 'printed')('voided', { count: 1 })).toBe('1 voided entry excluded');
    expect(translator('en', 'printed')('voided', { count: 3 })).toBe('3 voided entries excluded');
    expect(translator('vi', 'printed')('voided', { count: 3 })).toBe('Đã loại 3 lượt ghi bị hủy');
    expect(translator('vi', 'printed')('page', { n: 1, total: 4 })).toBe('Trang 1/4');
  });

  it('Vietnamese words use the tone marks of state documents (hủy, xóa, khóa, tùy, thỏa)', () => {
    // An open syllable ending in oa/oe/uy carries the mark on its first vowel (hủy, thỏa), except after q (quý).
    const newStyle = /(?<![q])(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?!\p{L})/iu;
    for (const [ns, m] of Object.entries(namespaces)) {
      for (const text of strings(m.vi as Tree)) expect(text, ns).not.toMatch(newStyle);
    }
  });
});

/**
 * User-visible words outside the catalogue. The heuristic: JSX text and label-like attributes
 * (aria-label, title, placeholder, alt) holding letters in .tsx files, and any string literal with a
 * Vietnamese letter in the renderer's and main process's code. The files that write paper (PDF,
 * .docx, .xlsx, .csv: print, reports, transfers, the directory export, the report's composition)
 * are also searched for English phrases (two words or more), so a label drawn in one language only
 * is found there too. Files that still carry such words are counted, not waved through: a new
 * literal raises a count and fails. Data is not the app's words and is not searched: the demo fair
 * (a Vietnamese fair's own records, in Vietnamese whatever the UI language, as a fair the organizer
 * typed in) and the reference tables in shared/data (proper nouns — provinces, banks — with their
 * official Vietnamese names and English forms, and the headers banks write, matched and never shown).
 */
const ROOTS = ['renderer', 'electron', 'shared'];
const CATALOGUE = /(^|\/)(messages[\w-]*\.ts$|shared\/i18n\/|renderer\/i18n\/)/;
const DATA = /^(electron\/services\/demo\/|shared\/data\/)/;
const PAPER = /^(electron\/services\/(print|reports|transfers)\/|electron\/services\/exhibitors\/export\.ts$|shared\/report\/)/;
/** An English phrase: two words joined by a space, once `${…}` is set aside; not SQL, not XML. */
const PHRASE = /\b[A-Za-z]{2,} +[A-Za-z]{2,}\b/;
// SQL, and the markup of Office files written by hand (.docx `<w:…>`, .xlsx parts: a string that starts with a tag).
const NOT_WORDS = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|WHERE|AND)\b|<w:|^\$\{SELECT\}|^(\$\{\w+\})?<[\w?/]/;
/** Any letter only Vietnamese spells (every vowel with a tone mark, ă â đ ê ô ơ ư), in either case. */
const VI_LETTER = /[àáâãèéêìíòóôõùúýăđĩũơư\u1EA0-\u1EF9]/iu;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function literals(path: string, paper = false): number {
  const code = readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
  let n = 0;
  for (const m of code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)) {
    const text = m[0].slice(1, -1);
    if (VI_LETTER.test(text)) n++;
    else if (paper && !NOT_WORDS.test(text) && PHRASE.test(text.replace(/\$\{[^}]*\}/g, ' '))) n++;
  }
  if (path.endsWith('.tsx')) {
    for (const m of code.matchAll(/>([^<>{}\n]*[A-Za-zÀ-ỹ]{2,}[^<>{}\n]*)</g)) if (!/^\s*$/.test(m[1]!) && !/[=&|;()]/.test(m[1]!)) n++;
    for (const m of code.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*[A-Za-z]{2,}[^"]*)"/g)) if (m[2]) n++;
  }
  return n;
}

/** Where words outside the catalogue remain today; lower a count when you move words into the catalogue. */
const KNOWN_FILE = join(__dirname, 'literals-known.json');
const KNOWN: Record<string, number> = existsSync(KNOWN_FILE) ? JSON.parse(readFileSync(KNOWN_FILE, 'utf8')) : {};

describe('no user-visible literal outside the catalogue', () => {
  it('no file gains a literal word outside the catalogue', () => {
    const root = join(__dirname, '../../..');
    const found: Record<string, number> = {};
    for (const r of ROOTS) {
      for (const path of files(join(root, r))) {
        const rel = relative(root, path).replaceAll('\\', '/');
        if (CATALOGUE.test(rel) || DATA.test(rel)) continue;
        const n = literals(path, PAPER.test(rel));
        if (n) found[rel] = n;
      }
    }
    // LITERALS_BASELINE=1 rewrites the counts after words moved into the catalogue (review the diff: counts only go down).
    if (process.env.LITERALS_BASELINE) writeFileSync(KNOWN_FILE, `${JSON.stringify(found, null, 2)}\n`);
    const over = Object.entries(found).filter(([f, n]) => n > (KNOWN[f] ?? 0));
    expect(over, 'move these words into a messages file or shared/i18n').toEqual([]);
  });
});
