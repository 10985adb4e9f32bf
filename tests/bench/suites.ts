import type { BenchReport } from './report';
import { planBench } from './plan.bench';
import { planScreenBench } from './plan-screen.bench';
import { printBench } from './print.bench';
import { salesBench } from './sales.bench';
import { storageBench } from './storage.bench';
import { exhibitorsBench } from './exhibitors.bench';
import { reportsBench } from './reports.bench';
import { planSyncBench } from './plan-sync.bench';
import { ledgerBench } from './ledger.bench';
import { venueBench } from './venue.bench';
import { transfersBench } from './transfers.bench';
import { staffBench } from './staff.bench';
import { limitsBench } from './limits.bench';
import { startupBench } from './startup.bench';
import { jobsBench } from './jobs.bench';

export interface BenchSuite {
  name: string;
  run: (report: BenchReport) => Promise<void>;
}

/** Each feature adds its suite here; `npm run bench -- <name>` runs just one. */
export const BENCHMARKS: BenchSuite[] = [
  storageBench,
  startupBench,
  planBench,
  planScreenBench,
  planSyncBench,
  exhibitorsBench,
  ledgerBench,
  salesBench,
  printBench,
  jobsBench,
  venueBench,
  staffBench,
  transfersBench,
  reportsBench,
  limitsBench,
];
