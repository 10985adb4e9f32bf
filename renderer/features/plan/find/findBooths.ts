import type { Booth } from '../../../../shared/model/plan';
import { foldText } from '../../../../shared/fold';
import { numberOrder } from '../editor/numbering';

export interface BoothMatch {
  booth: Booth;
  /** The exhibitor on the booth, when there is one. */
  name?: string;
}

/**
 * Booths whose number or exhibitor matches what was typed, best first: the exact number, then
 * numbers that start with it, numbers that contain it, then exhibitor names (accents ignored).
 */
export function findBooths(query: string, booths: readonly Booth[], names: ReadonlyMap<string, string>, limit = 8): BoothMatch[] {
  const q = foldText(query).replace(/\s+/g, '');
  if (!q) return [];
  const words = foldText(query);
  const ranked: { rank: number; match: BoothMatch }[] = [];
  for (const booth of booths) {
    const number = foldText(booth.number).replace(/\s+/g, '');
    const name = names.get(booth.id);
    const rank = number === q ? 0 : number.startsWith(q) ? 1 : number.includes(q) ? 2 : name && foldText(name).includes(words) ? 3 : -1;
    if (rank >= 0) ranked.push({ rank, match: { booth, name } });
  }
  ranked.sort((a, b) => a.rank - b.rank || numberOrder(a.match.booth.number, b.match.booth.number));
  return ranked.slice(0, limit).map((r) => r.match);
}
