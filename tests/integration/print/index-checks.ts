import { expect } from 'vitest';
import type { TracedShape } from '../../../electron/services/print/document';
import type { ReadPage, TextItem } from './pdf-reader';
import { BY_BOOTH, BY_EXHIBITOR, type printTraced } from './fixtures';

/** Checks on the map's index read back from a printed PDF. */

export type Db = Parameters<typeof printTraced>[0];

export const isTitle = (i: TextItem) => i.str === BY_EXHIBITOR || i.str === BY_BOOTH;
export const inside = (i: TextItem, r: TracedShape['rect']) => i.x >= r.x && i.x <= r.x + r.w && i.top >= r.y && i.top <= r.y + r.h;

/** The index's text on a page: every run at or right of and below the left-most, top-most table title of a column. */
export function indexItems(page: ReadPage): TextItem[] {
  const titles = page.items.filter(isTitle);
  return page.items.filter((i) => titles.some((t) => i.x >= t.x - 0.5 && i.x < t.x + 2 * t.width && i.top >= t.top - 0.5));
}

/** Checks the index on `page` sits clear of the map drawn there: outside its frame and every booth. */
export function expectClearOfMap(page: ReadPage, shapes: TracedShape[], pageIndex: number) {
  const onPage = shapes.filter((s) => s.page === pageIndex);
  const frame = onPage.find((s) => s.kind === 'frame')!;
  expect(frame).toBeDefined();
  const booths = onPage.filter((s) => s.kind === 'booth');
  expect(booths.length).toBeGreaterThan(0);
  const index = indexItems(page);
  expect(index.length).toBeGreaterThan(10);
  for (const item of index) {
    expect(inside(item, frame.rect), item.str).toBe(false);
    for (const b of booths) expect(inside(item, b.rect), `${item.str} over booth ${b.name}`).toBe(false);
  }
}

export const boothNumbers = (db: Db, where = '1') =>
  (db.prepare(`SELECT number FROM booth b WHERE ${where}`).all() as { number: string }[]).map((r) => r.number);
