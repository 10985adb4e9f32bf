import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, type BenchReport } from './report';

const RUNS = 5;

/** Starts a Node process and times it until its output contains `ready` (then stops it). */
function timeUntil(args: string[], ready: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CI: '1' } });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!out.includes(ready)) return;
      const ms = performance.now() - t0;
      child.kill('SIGTERM');
      resolve(ms);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!out.includes(ready)) reject(new Error(`exited ${code} before "${ready}": ${out}`));
    });
  });
}

async function medianOf(args: string[], ready: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeUntil(args, ready));
  return median(times);
}

/** Cold start of the server: launch to the printed address, beside a bare Node process started the same way. */
export const startupBench = {
  name: 'startup',
  async run(report: BenchReport) {
    execFileSync(process.execPath, ['build/scripts/build.mjs', '--quiet'], { stdio: 'inherit' });
    const dataDir = mkdtempSync(join(tmpdir(), 'fairfloor-startup-'));
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ language: 'vi', userName: 'Người đo' }));
    try {
      const bare = await medianOf(['-e', "console.log('ready')"], 'ready');
      const served = await medianOf(['dist/server/serve.mjs', '--data-dir', dataDir, '--no-open', '--no-demo'], 'Open http');
      report.add({
        id: 'startup.server_url_printed',
        value: served,
        unit: 'ms',
        baseline: bare,
        note: 'baseline: bare Node printing a line',
      });
      // What loading the PDF library at start would add (it now loads with the first PDF).
      const pdfkit = await medianOf(['--input-type=module', '-e', "await import('pdfkit'); console.log('ready')"], 'ready');
      report.add({ id: 'startup.pdfkit_import', value: pdfkit, unit: 'ms', baseline: bare, note: 'loaded on first PDF, not at start' });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
