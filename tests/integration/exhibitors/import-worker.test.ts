import { beforeEach, describe, expect, it } from 'vitest';
import { useJobWorker } from '../../helpers/job-worker';
import { useTempCore } from '../../helpers/temp-core';
import { makeCsv, makeXlsx, manyRows, VI_HEADERS } from './sheets';

const FAIR = { name: 'Hội chợ thử', venue: '', organizer: '', firstDay: '2026-07-05', lastDay: '2026-07-07', notes: '' };
const file = (bytes: Buffer, fileName: string) => ({ fileName, base64: bytes.toString('base64') });

describe('exhibitor imports read in the job worker', () => {
  const temp = useTempCore();
  let fairId: string;
  /** The tasks the worker was given: the reading must happen there, not on the main thread. */
  const worker = useJobWorker();
  beforeEach(async () => {
    fairId = (await temp.call<{ id: string }>('createFair', FAIR)).id;
  });

  const exhibitors = async () => {
    const listed = await temp.core.dispatch('listExhibitors', { fairId });
    if (!listed.ok) throw new Error(listed.error.message);
    return listed.value as { legalName: string }[];
  };

  it('analyses and imports a 10,000-row workbook read off the main thread, landing every row in one go', async () => {
    const xlsx = file(await makeXlsx([VI_HEADERS, ...manyRows(10_000)]), 'big.xlsx');
    const analysis = await temp.core.dispatch('analyzeExhibitorImport', { fairId, file: xlsx });
    if (!analysis.ok) throw new Error(analysis.error.message);
    expect(analysis.value).toMatchObject({ format: 'xlsx', totalRows: 10_000, errorCount: 0, newCount: 10_000, duplicates: 0 });
    const mapping = (analysis.value as { mapping: Record<string, number> }).mapping;
    const landed = await temp.core.dispatch('importExhibitors', { fairId, file: xlsx, mapping, onDuplicate: 'skip' });
    expect(landed).toEqual({ ok: true, value: { created: 10_000, updated: 0, skipped: 0 } });
    expect(await exhibitors()).toHaveLength(10_000);
    // The fair's own exhibitors are counted on the main side: the same file again is all duplicates.
    const again = await temp.core.dispatch('analyzeExhibitorImport', { fairId, file: xlsx, mapping });
    expect(again).toMatchObject({ ok: true, value: { duplicates: 10_000, newCount: 0 } });
    expect(worker.ran()).toEqual(['exhibitorImport', 'exhibitorImport', 'exhibitorImport']);
  }, 240_000);

  it('brings the worker’s refusals back as the same typed errors, and a file with one bad row lands nothing', async () => {
    const damaged = await temp.core.dispatch('analyzeExhibitorImport', {
      fairId,
      file: file(Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9]), 'a.xlsx'),
    });
    expect(damaged).toMatchObject({ ok: false, error: { code: 'FILE_INVALID', details: { reason: 'damaged' } } });

    const rows = [VI_HEADERS, ...manyRows(50)];
    rows[30]![0] = '';
    const csv = file(makeCsv(rows), 'list.csv');
    const analysis = await temp.core.dispatch('analyzeExhibitorImport', { fairId, file: csv });
    if (!analysis.ok) throw new Error(analysis.error.message);
    expect(analysis.value).toMatchObject({ errorCount: 1, errors: [{ row: 31, field: 'legalName' }] });
    const mapping = (analysis.value as { mapping: Record<string, number> }).mapping;
    const refused = await temp.core.dispatch('importExhibitors', { fairId, file: csv, mapping, onDuplicate: 'skip' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { count: 1 } } });
    expect(await exhibitors()).toHaveLength(0);

    const { legalName: _name, ...withoutName } = mapping;
    const noName = await temp.core.dispatch('importExhibitors', { fairId, file: csv, mapping: withoutName, onDuplicate: 'skip' });
    expect(noName).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: ['mapping', 'legalName'] }] } } });
    expect(worker.ran().filter((t) => t === 'exhibitorImport')).toHaveLength(4);
  }, 240_000);
});
