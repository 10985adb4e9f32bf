import { foldText } from '../../../../shared/fold';
import type { ColumnMapping, ImportField } from '../../../../shared/model/exhibitor-import';

/** Header words organizers use, Vietnamese and English, compared folded (no accents, lower case). */
const ALIASES: Record<ImportField, string[]> = {
  legalName: [
    'ten don vi tham gia',
    'ten doanh nghiep/htx',
    'ten doanh nghiep/hop tac xa',
    'ten don vi',
    'ten doanh nghiep',
    'ten cong ty',
    'ten co so',
    'don vi',
    'doanh nghiep',
    'ten day du',
    'ten',
    'legal name',
    'company',
    'company name',
    'exhibitor',
    'name',
  ],
  shortName: ['ten ngan', 'ten viet tat', 'ten tren so do', 'ten goi tat', 'short name', 'map name'],
  contactPerson: ['nguoi lien he', 'nguoi dai dien', 'lien he', 'ho va ten', 'ho ten', 'contact', 'contact person', 'representative'],
  phone: ['dien thoai', 'so dien thoai', 'dien thoai lien he', 'so dt', 'di dong', 'sdt', 'dt', 'phone', 'telephone', 'tel', 'mobile'],
  email: ['email', 'e-mail', 'thu dien tu', 'mail'],
  address: ['dia chi', 'address'],
  province: [
    'tinh',
    'tinh/tp',
    'dia phuong',
    'tinh/thanh',
    'tinh/thanh pho',
    'tinh thanh',
    'tinh thanh pho',
    'thanh pho',
    'province',
    'city',
  ],
  taxCode: ['ma so thue', 'mst', 'ma so doanh nghiep', 'tax code', 'tax id', 'tax number'],
  category: [
    'nganh hang',
    'nhom san pham',
    'mat hang',
    'san pham tham gia',
    'danh muc',
    'loai san pham',
    'san pham',
    'linh vuc',
    'category',
    'product category',
    'products',
  ],
  ocopStars: [
    'ocop',
    'san pham ocop',
    'san pham ocop (so sao)',
    'hang ocop',
    'so sao ocop',
    'sao ocop',
    'xep hang ocop',
    'ocop stars',
    'ocop rating',
  ],
  notes: ['ghi chu', 'notes', 'note', 'remarks'],
};

/** Headers compared as officers write them: case, accents, punctuation and spacing do not count. */
const headerKey = (h: string) => foldText(h).replace(/[\s():.*#]/g, '');

const FIELD_BY_HEADER = new Map(
  (Object.entries(ALIASES) as [ImportField, string[]][]).flatMap(([field, words]) => words.map((w) => [headerKey(w), field] as const)),
);

function fieldOf(header: string): ImportField | null {
  return FIELD_BY_HEADER.get(headerKey(header)) ?? null;
}

/** The header row: among the first rows, the one naming most known fields (a title row above is skipped). */
export function findHeaderRow(rows: string[][]): number {
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const score = new Set(rows[i]!.map(fieldOf).filter(Boolean)).size;
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  return best >= 0 ? best : rows.findIndex((r) => r.filter(Boolean).length >= 2);
}

/** Header names made unique: merged header cells repeat their text across the columns they span. */
export function uniqueHeaders(row: string[]): string[] {
  const seen = new Map<string, number>();
  return row.map((raw, i) => {
    const name = raw || `#${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

/** Suggests which column fills which field; the first column matching a field wins. */
export function suggestMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((h, i) => {
    const field = fieldOf(h.replace(/ \(\d+\)$/, ''));
    if (field && mapping[field] === undefined) mapping[field] = i;
  });
  return mapping;
}
