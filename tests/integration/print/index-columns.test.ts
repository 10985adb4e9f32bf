import { describe, expect, it } from 'vitest';
import { renderMapPdf } from '../../../electron/services/print/map-pdf';
import { Progress } from '../../../electron/services/print/progress';
import { readPdf, type ReadPage } from './pdf-reader';
import { bigFair, mapOptions } from './fixtures';
import { useTempLibrary } from '../../helpers/temp-library';

/** Pages of the index: those carrying its column headers. */
const indexPages = (pages: ReadPage[]) => pages.filter((p) => p.items.some((i) => i.str === 'Gian'));
/** The distinct left edges of a table's first column header on a page: one per newspaper column. */
const columnsOn = (page: ReadPage, header: string) => new Set(page.items.filter((i) => i.str === header).map((i) => Math.round(i.x))).size;

describe('the map index on big paper', () => {
  const temp = useTempLibrary();

  it('flows down several columns on A0, every booth listed, the two lists sharing sheets', async () => {
    const { db } = bigFair(temp.library, 500);
    const options = mapOptions({
      variant: 'organizer',
      paper: { size: 'A0', orientation: 'portrait', marginMm: 15 },
      index: { byExhibitor: true, byBooth: true, groupByZone: false },
    });
    const pages = await readPdf((await renderMapPdf(db, options, new Progress())).bytes);
    const index = indexPages(pages);
    // 200 exhibitors and 500 booths (organizer rows often on two lines): three columns at reading size on three sheets.
    expect(index.length).toBeLessThanOrEqual(3);
    expect(Math.max(...index.map((p) => columnsOn(p, 'Gian')))).toBeGreaterThanOrEqual(3);
    const text = index.map((p) => p.text).join(' ');
    const numbers = db.prepare('SELECT number FROM booth').all() as { number: string }[];
    for (const { number } of numbers) expect(text).toContain(number);
    // The booth list starts on the sheet where the exhibitor list ends.
    const byBooth = pages.findIndex((p) => p.text.includes('Danh sách gian hàng (theo số gian)'));
    const byExhibitor = pages.findLastIndex((p) => p.text.includes('Danh sách đơn vị tham gia (theo tên)'));
    expect(byBooth).toBe(byExhibitor);
  });

  it('keeps one column on A4', async () => {
    const { db } = bigFair(temp.library, 120);
    const options = mapOptions({
      variant: 'organizer',
      paper: { size: 'A4', orientation: 'portrait', marginMm: 10 },
      index: { byExhibitor: false, byBooth: true, groupByZone: false },
    });
    const pages = await readPdf((await renderMapPdf(db, options, new Progress())).bytes);
    for (const page of indexPages(pages)) expect(columnsOn(page, 'Gian')).toBe(1);
  });
});
