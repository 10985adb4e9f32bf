/** One figure of `npm run bench`: a measurement, and beside it the baseline measured in the same run. */
export interface BenchRow {
  id: string;
  value: number;
  unit: string;
  baseline?: number;
  /** value / baseline: below 1 is faster than the baseline where lower is better. */
  ratio?: number;
  note?: string;
}

export class BenchReport {
  readonly rows: BenchRow[] = [];

  add(row: Omit<BenchRow, 'ratio'>): void {
    const ratio = row.baseline ? row.value / row.baseline : undefined;
    this.rows.push(ratio === undefined ? row : { ...row, ratio });
    const shown = [row.id.padEnd(52), fmt(row.value).padStart(12), row.unit.padEnd(6)];
    if (row.baseline !== undefined) shown.push(`baseline ${fmt(row.baseline)}`, `ratio ${fmt(ratio ?? 0)}`);
    console.log(shown.join(' '));
  }
}

function fmt(n: number): string {
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3);
}

/** Nearest-rank percentile of a sample (p in 0..100). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

/** Runs `fn` several times and returns the median duration in milliseconds. */
export async function timeMedian(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}
