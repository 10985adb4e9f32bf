import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoFair } from '../../electron/services/demo';
import { FairLibrary } from '../../electron/services/library';
import { listPaymentsDue } from '../../electron/services/transfers/due';
import { analyzeStatement } from '../../electron/services/transfers/record';
import { readStatement } from '../../electron/services/transfers/statement';
import { timeMedian, type BenchReport } from './report';

const LINES = 5_000;

/** A statement of 5,000 lines as a bank exports it: a few transfers name a booth, most are other income. */
function statementCsv(memos: string[]): Buffer {
  const rows = [['Ngày giao dịch', 'Số tham chiếu', 'Nội dung', 'Ghi nợ', 'Ghi có']];
  for (let i = 0; i < LINES; i++) {
    const day = `0${5 + (i % 3)}/07/2025`;
    const memo = i % 10 === 0 ? `MBVCB.${100000 + i}.${memos[i % memos.length]} CT tu 0123456789` : `Thanh toan hoa don ${i} tai quay`;
    rows.push([day, `FT${1_000_000 + i}`, memo, '', String(10_000 + (i % 50) * 1_000)]);
  }
  return Buffer.from(rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n'), 'utf8');
}

/** Bank transfers: a 5,000-line statement read and matched to booth payments. */
export const transfersBench = {
  name: 'transfers',
  async run(report: BenchReport) {
    const dir = mkdtempSync(join(tmpdir(), 'fairfloor-bench-transfers-'));
    try {
      const library = new FairLibrary(dir);
      const fairId = createDemoFair(library, 'bench').id;
      const db = library.db(fairId);
      const bytes = statementCsv(listPaymentsDue(db, fairId).map((d) => d.memo));
      const file = { fileName: 'sao-ke.csv', mimeType: 'text/csv', base64: bytes.toString('base64') };
      const readMs = await timeMedian(5, () => readStatement(bytes, 'sao-ke.csv'));
      const matchMs = await timeMedian(5, () => analyzeStatement(db, { fairId, file }));
      report.add({
        id: 'transfers.match_statement_5k',
        value: matchMs,
        unit: 'ms',
        baseline: readMs,
        note: 'target ≤ 1000 ms; read + match every line; baseline: reading the CSV alone',
      });
      library.closeAll();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
