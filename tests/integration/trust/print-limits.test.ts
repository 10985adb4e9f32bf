import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, reasonOf } from '../../../shared/api/errors';
import { PrintJobs } from '../../../electron/services/print/jobs';
import { MAX_PRINT_SHEETS } from '../../../electron/services/print/paper';
import type { Db } from '../../../electron/db/open';
import { fairWith, mapOptions, tempLibrary } from '../print/fixtures';

describe('a print request too big to print is refused before any work', () => {
  let lib: ReturnType<typeof tempLibrary>;
  let db: Db;
  beforeEach(() => {
    lib = tempLibrary();
    // The largest area the contract allows, with a booth in it so that it is tiled.
    db = fairWith(lib.library, { name: 'Bãi xe', width: 10_000, depth: 10_000 }, [{ number: 'A1', x: 10, y: 10 }]).db;
  });
  afterEach(() => lib.dispose());

  it('tiles over a 10,000 m area at 1:10 on A4: refused at once with the sheet count, memory flat', () => {
    const jobs = new PrintJobs();
    const request = {
      kind: 'map' as const,
      options: mapOptions({
        paper: { size: 'A4', orientation: 'portrait', marginMm: 10 },
        layout: { mode: 'tile', scale: 10, overlapMm: 10 },
        index: { byExhibitor: false, byBooth: false, groupByZone: false },
      }),
    };
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let error: unknown;
    try {
      jobs.start(db, request);
    } catch (e) {
      error = e;
    }
    const grown = process.memoryUsage().heapUsed - heapBefore;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('VALIDATION');
    const reason = reasonOf(error as ApiError)!;
    expect(reason.reason).toBe('tooManySheets');
    expect(reason.values.max).toBe(MAX_PRINT_SHEETS);
    // 10 km at 1:10 is 1 km of paper: some 3,600 × 5,100 A4 sheets.
    expect(reason.values.sheets).toBeGreaterThan(10_000_000);
    expect(grown).toBeLessThan(50 * 1024 * 1024);
  });

  it('a tiled map within the limit is still made', async () => {
    const jobs = new PrintJobs();
    const jobId = jobs.start(db, {
      kind: 'map',
      options: mapOptions({
        paper: { size: 'A0', orientation: 'landscape', marginMm: 10 },
        layout: { mode: 'tile', scale: 1000, overlapMm: 10 },
        index: { byExhibitor: false, byBooth: false, groupByZone: false },
      }),
    });
    await expect.poll(() => jobs.get(jobId).state, { timeout: 60_000 }).toBe('done');
  });
});
