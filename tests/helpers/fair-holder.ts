/**
 * Another FairFloor process holding a fair open: records sales (or one payment) through the
 * services, says so on stdout, then waits to be killed or told what to do next on stdin.
 * Run with `tsx tests/helpers/fair-holder.ts <dataDir> <fairId> <command> [args]`.
 */
import { createInterface } from 'node:readline';
import { FairLibrary } from '../../electron/services/library';
import { recordSale } from '../../electron/services/sales/entries';
import { recordPayment } from '../../electron/services/exhibitors/payments';

const [dataDir, fairId, command, arg] = process.argv.slice(2) as [string, string, string, string | undefined];
const library = new FairLibrary(dataDir);
const db = library.db(fairId);

if (command === 'sales') {
  const count = Number(arg ?? 40);
  for (let i = 0; i < count; i++) {
    recordSale(
      db,
      { fairId, boothNumber: 'A01', day: '2025-07-06', amountDong: 100_000 + i, method: 'cash', note: `#${i}`, confirmLarge: false },
      'Holder',
    );
  }
  console.log('ready');
} else if (command === 'lock') {
  // Holds the write lock until told to let go.
  db.exec('BEGIN IMMEDIATE');
  console.log('ready');
} else if (command === 'pay') {
  // Pays on "go", so that both processes start together.
  console.log('ready');
}

function payMany(): string[] {
  const [allocationId, amount, times] = (arg ?? '').split(':');
  const outcomes: string[] = [];
  for (let i = 0; i < Number(times ?? 1); i++) {
    try {
      recordPayment(db, 'Holder', allocationId!, { amountDong: Number(amount), paidOn: '2025-07-01', method: 'cash', note: '' });
      outcomes.push('ok');
    } catch (error) {
      const { code, details } = error as { code?: string; details?: { reason?: string } };
      outcomes.push(code === 'CONFLICT' ? `CONFLICT:${details?.reason ?? ''}` : String(code ?? error));
    }
  }
  return outcomes;
}

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'commit') db.exec('COMMIT');
  if (line === 'go') console.log(JSON.stringify(payMany()));
  if (line === 'write') {
    try {
      recordSale(
        library.db(fairId),
        { fairId, boothNumber: 'A01', day: '2025-07-06', amountDong: 7, method: 'cash', note: 'late', confirmLarge: false },
        'Holder',
      );
      console.log('acknowledged');
    } catch (error) {
      console.log('refused ' + String((error as { code?: string }).code ?? error));
    }
  }
  if (line === 'close') {
    library.closeAll();
    process.exit(0);
  }
});
