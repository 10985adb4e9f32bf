// `npm run bench`: every benchmark of the project. Prints a table and writes bench-results.json.
// Benchmarks never fail on a timing: they report figures and ratios against baselines run beside them.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { BenchReport } from './report';
import { BENCHMARKS } from './suites';

const only = process.argv.slice(2);
const unknown = only.filter((name) => !BENCHMARKS.some((suite) => suite.name === name));
if (unknown.length) {
  console.error(`No benchmark suite named ${unknown.join(', ')}. Suites: ${BENCHMARKS.map((s) => s.name).join(', ')}`);
  process.exit(1);
}
const report = new BenchReport();
console.log(`FairFloor benchmarks — Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'})\n`);
for (const suite of BENCHMARKS) {
  if (only.length && !only.includes(suite.name)) continue;
  console.log(`\n## ${suite.name}`);
  const started = performance.now();
  await suite.run(report);
  console.log(`(${suite.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
writeFileSync('bench-results.json', JSON.stringify(report.rows, null, 2) + '\n');
console.log(`\nWrote ${report.rows.length} figures to bench-results.json`);
