import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { MAX_ROWS, readSheet } from '../../../electron/services/exhibitors/import/read-sheet';
import { fullSheet } from '../../helpers/full-sheet';

describe('spreadsheet limits are checked while reading', () => {
  it('a 1,048,576-row sheet is refused for its rows without being read whole', { timeout: 180_000 }, async () => {
    const bytes = await fullSheet();
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    let error: unknown;
    try {
      await readSheet(bytes, 'don-vi.xlsx');
    } catch (e) {
      error = e;
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).details).toMatchObject({ reason: 'tooManyRows', max: MAX_ROWS });
    expect(peak - before).toBeLessThan(300 * 1024 * 1024);
  });

  it('a CSV over the row limit is refused while parsing, and one within it is read', async () => {
    const line = 'Công ty,0912345678\n';
    const over = Buffer.from('Tên đơn vị,Điện thoại\n' + line.repeat(MAX_ROWS + 5));
    await expect(readSheet(over, 'a.csv')).rejects.toMatchObject({ details: { reason: 'tooManyRows' } });
    const within = await readSheet(Buffer.from('Tên đơn vị,Điện thoại\n' + line.repeat(3)), 'a.csv');
    expect(within.rows).toHaveLength(4);
  });

  it('a file larger than the import takes is refused before it is parsed', async () => {
    const huge = Buffer.alloc(51 * 1024 * 1024, 'a');
    await expect(readSheet(huge, 'a.csv')).rejects.toMatchObject({ details: { reason: 'tooLarge' } });
  });
});
