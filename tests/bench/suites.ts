import type { BenchReport } from './report';
import { printBench } from './print.bench';
import { storageBench } from './storage.bench';

export interface BenchSuite {
  name: string;
  run: (report: BenchReport) => Promise<void>;
}

/** Each feature adds its suite here; `npm run bench -- <name>` runs just one. */
export const BENCHMARKS: BenchSuite[] = [storageBench, printBench];
