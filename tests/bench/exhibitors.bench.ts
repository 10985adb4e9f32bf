import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMPTY_FILTER, filterDirectory } from '../../shared/model/exhibitor-directory';
import { listExhibitors } from '../../electron/services/exhibitors/directory';
import { analyzeImport, runImport } from '../../electron/services/exhibitors/import/import';
import { FairLibrary } from '../../electron/services/library';
import { makeXlsx, manyRows, VI_HEADERS } from '../integration/exhibitors/sheets';
import { timeMedian, type BenchReport } from './report';

const ROWS = 10_000;

/** Exhibitors: importing 10,000 from .xlsx, and filtering a directory of 10,000. */
export const exhibitorsBench = {
  name: 'exhibitors',
  async run(report: BenchReport) {
    const dir = mkdtempSync(join(tmpdir(), 'fairfloor-bench-exh-'));
    try {
      const library = new FairLibrary(dir);
      const fairInput = { name: 'Bench', venue: '', organizer: '', firstDay: '2026-07-05', lastDay: '2026-07-07', notes: '' };
      const file = await makeXlsx([VI_HEADERS, ...manyRows(ROWS)]);
      const mapping = (await analyzeImport(library.db(library.create(fairInput, 'bench').id), file, 'b.xlsx')).mapping;

      // Each run imports into a fresh fair, so every run inserts all 10,000.
      const importMs = await timeMedian(3, async () => {
        const fair = library.create(fairInput, 'bench');
        await runImport(library.db(fair.id), 'bench', file, 'b.xlsx', mapping, 'skip');
      });
      const readMs = await timeMedian(3, async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(file as unknown as ArrayBuffer);
      });
      report.add({
        id: 'exhibitors.import_xlsx_10k',
        value: importMs,
        unit: 'ms',
        baseline: readMs,
        note: 'target ≤ 3000 ms; baseline: exceljs load alone',
      });
      const fair = library.create(fairInput, 'bench');
      const analyzeMs = await timeMedian(3, () => analyzeImport(library.db(fair.id), file, 'b.xlsx'));
      report.add({
        id: 'exhibitors.analyze_xlsx_10k',
        value: analyzeMs,
        unit: 'ms',
        baseline: readMs,
        note: 'mapping preview + validation of every row',
      });

      await runImport(library.db(fair.id), 'bench', file, 'b.xlsx', mapping, 'skip');
      const db = library.db(fair.id);
      const listMs = await timeMedian(10, () => listExhibitors(db));
      report.add({ id: 'exhibitors.list_10k', value: listMs, unit: 'ms' });

      const rows = listExhibitors(db);
      const coldMs = await timeMedian(1, () => filterDirectory(rows, { ...EMPTY_FILTER, search: 'hai phong' }));
      const searchMs = await timeMedian(20, () =>
        filterDirectory(rows, { ...EMPTY_FILTER, search: 'hai phong so 12' }, { key: 'legalName', descending: false }),
      );
      const naiveMs = await timeMedian(20, () => rows.filter((e) => e.legalName.toLowerCase().includes('số 12')));
      report.add({ id: 'exhibitors.filter_10k.first', value: coldMs, unit: 'ms', note: 'folds every row once' });
      report.add({
        id: 'exhibitors.filter_10k.search_sort',
        value: searchMs,
        unit: 'ms',
        baseline: naiveMs,
        note: 'baseline: case-folded includes on one field, no sort',
      });
      const filtersMs = await timeMedian(20, () =>
        filterDirectory(
          rows,
          { ...EMPTY_FILTER, province: 'Hải Phòng', ocop: '4', status: 'none' },
          { key: 'ocopStars', descending: true },
        ),
      );
      report.add({ id: 'exhibitors.filter_10k.menus_sort', value: filtersMs, unit: 'ms' });
      library.closeAll();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
