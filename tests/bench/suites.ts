import type { BenchReport } from './report';
import { planBench } from './plan.bench';
import { printBench } from './print.bench';
import { salesBench } from './sales.bench';
import { storageBench } from './storage.bench';
import { exhibitorsBench } from './exhibitors.bench';
import { ledgerBench } from './ledger.bench';
import { venueBench } from './venue.bench';
import { staffBench } from './staff.bench';

export interface BenchSuite {
  name: string;
  run: (report: BenchReport) => Promise<void>;
}

/** Each feature adds its suite here; `npm run bench -- <name>` runs just one. */
export const BENCHMARKS: BenchSuite[] = [
  storageBench,
  planBench,
  exhibitorsBench,
  ledgerBench,
  salesBench,
  printBench,
  venueBench,
  staffBench,
];
