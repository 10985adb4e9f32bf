import { foldText } from '../fold';
import type { AllocationStatus, Exhibitor } from './exhibitor';

/** What the directory table is narrowed to; '' means "any". */
export interface DirectoryFilter {
  search: string;
  category: string;
  province: string;
  /** '3' | '4' | '5' stars, or 'none' for unrated. */
  ocop: '' | '3' | '4' | '5' | 'none';
  /** An allocation status they hold, or 'none' for exhibitors without a booth. */
  status: '' | 'none' | Exclude<AllocationStatus, 'cancelled'>;
}

export const EMPTY_FILTER: DirectoryFilter = { search: '', category: '', province: '', ocop: '', status: '' };

export const SORT_KEYS = ['legalName', 'province', 'category', 'ocopStars', 'booths', 'balanceDong'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface DirectorySort {
  key: SortKey;
  descending: boolean;
}

const haystacks = new WeakMap<Exhibitor, string>();
/** The folded text a search looks in, computed once per row object. */
function haystack(e: Exhibitor): string {
  let text = haystacks.get(e);
  if (text === undefined) {
    text = foldText(
      [e.legalName, e.shortName, e.contactPerson, e.phone, e.email, e.address, e.province, e.taxCode, e.category, ...e.boothNumbers].join(
        ' | ',
      ),
    );
    haystacks.set(e, text);
  }
  return text;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function compare(a: Exhibitor, b: Exhibitor, key: SortKey): number {
  switch (key) {
    case 'ocopStars':
      return (a.ocopStars ?? 0) - (b.ocopStars ?? 0);
    case 'booths':
      return collator.compare(a.boothNumbers[0] ?? '\uffff', b.boothNumbers[0] ?? '\uffff');
    case 'balanceDong':
      return a.balanceDong - b.balanceDong;
    default:
      return collator.compare(a[key], b[key]);
  }
}

/** Every word of the search must appear, accents and case ignored: "hai phong" finds "Hải Phòng". */
export function filterDirectory(rows: readonly Exhibitor[], filter: DirectoryFilter, sort?: DirectorySort): Exhibitor[] {
  const words = foldText(filter.search).split(' ').filter(Boolean);
  const out = rows.filter((e) => {
    if (filter.category && e.category !== filter.category) return false;
    if (filter.province && e.province !== filter.province) return false;
    if (filter.ocop === 'none' ? e.ocopStars !== null : filter.ocop && e.ocopStars !== Number(filter.ocop)) return false;
    if (filter.status === 'none' ? e.statuses.length > 0 : filter.status && !e.statuses.includes(filter.status)) return false;
    if (words.length === 0) return true;
    const text = haystack(e);
    return words.every((w) => text.includes(w));
  });
  if (sort) {
    const sign = sort.descending ? -1 : 1;
    out.sort((a, b) => sign * compare(a, b, sort.key) || collator.compare(a.legalName, b.legalName));
  }
  return out;
}

/** The distinct values of a field, for the filter menus. */
export function distinctValues(rows: readonly Exhibitor[], field: 'category' | 'province'): string[] {
  return [...new Set(rows.map((e) => e[field]).filter(Boolean))].sort(collator.compare);
}

/** The name drawn on a booth: the short name, else the legal name. */
export const mapName = (e: Pick<Exhibitor, 'shortName' | 'legalName'>) => e.shortName || e.legalName;
