import { describe, expect, it } from 'vitest';
import { reportsHandlers } from '../../../electron/handlers/reports';
import { HEAT_COLORS } from '../../../shared/report/heat';
import { readFills, readPdf } from '../print/pdf-reader';
import { useDemoFair } from '../sales/helpers';
import { bytesOf, handlerContext } from './report-helpers';

describe('the report PDF ends with the revenue heat map', () => {
  const fair = useDemoFair();
  const pdf = (day: string | null, heatMap?: boolean) =>
    reportsHandlers.exportFairReport(
      { fairId: fair.fairId(), format: 'pdf', language: 'vi', day, ...(heatMap === undefined ? {} : { heatMap }) },
      handlerContext(fair.library()),
    );

  it('adds one landscape page per area, in the heat map colours, unless asked not to', async () => {
    const bytes = bytesOf(await pdf(null));
    const pages = await readPdf(bytes);
    const maps = pages.filter((p) => p.text.includes('PHỤ LỤC: Sơ đồ doanh thu theo gian hàng'));
    expect(maps).toHaveLength(2);
    expect(maps.map((p) => p.text.includes('Vỉa hè Trần Phú') || p.text.includes('Vườn hoa Kim Đồng'))).toEqual([true, true]);
    for (const p of maps) {
      expect(p.width).toBeGreaterThan(p.height);
      expect(p.text).toContain('Chú giải');
      expect(p.text).toContain('Cả hội chợ');
    }
    // They come last, after the exhibitor list, and carry the report's page number.
    expect(pages.slice(-2)).toEqual(maps);
    const last = pages.length;
    expect(maps[1]!.items.some((i) => i.str === String(last) && i.top < 40)).toBe(true);
    // Booths wear the heat steps: the best one the deepest.
    const mapPages = new Set([last - 2, last - 1]);
    const colours = new Set((await readFills(bytes)).filter((f) => mapPages.has(f.page)).map((f) => f.color));
    expect(colours).toContain(HEAT_COLORS.at(-1));

    const without = await readPdf(bytesOf(await pdf(null, false)));
    expect(without).toHaveLength(pages.length - 2);
    expect(without.some((p) => p.text.includes('Sơ đồ doanh thu theo gian hàng'))).toBe(false);
  });

  it('shows the day reported', async () => {
    const pages = await readPdf(bytesOf(await pdf('2025-07-06')));
    const maps = pages.filter((p) => p.text.includes('Sơ đồ doanh thu theo gian hàng'));
    expect(maps).toHaveLength(2);
    expect(maps[0]!.text).toContain('Ngày 06/07/2025');
  });
});
