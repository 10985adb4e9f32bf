import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FairLibrary } from '../../electron/services/library';
import { launchBenchChromium } from './plan-page';
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

/**
 * Launch to the library on screen: the server started as a person starts it, its address opened in
 * Chromium (already running, as the desktop window's engine is), until the fair's row shows.
 */
async function libraryShown(dataDir: string, fairName: string): Promise<{ shown: number; bare: number }> {
  const browser = await launchBenchChromium();
  try {
    const shown: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const t0 = performance.now();
      const child = spawn(process.execPath, ['dist/server/serve.mjs', '--data-dir', dataDir, '--no-open', '--no-demo'], {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, CI: '1' },
      });
      try {
        const url = await new Promise<string>((resolve, reject) => {
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            const found = /Open (http\S+)/.exec(out);
            if (found) resolve(found[1]!);
          });
          child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
        });
        await page.goto(url);
        await page.getByRole('row', { name: fairName }).waitFor({ timeout: 60_000 });
        shown.push(performance.now() - t0);
      } finally {
        child.kill('SIGTERM');
      }
      // Baseline: the same browser showing a page that holds nothing but the row.
      const t1 = performance.now();
      await page.goto(`data:text/html;charset=utf-8,<table><tr><th>Tên</th></tr><tr><td>${encodeURIComponent(fairName)}</td></tr></table>`);
      await page.getByRole('row', { name: fairName }).waitFor();
      bare.push(performance.now() - t1);
      await page.close();
    }
    return { shown: median(shown), bare: median(bare) };
  } finally {
    await browser.close();
  }
}

/**
 * Launch to the first API call answered: the server prints its address before it has loaded its rules
 * (they load while the browser evaluates the page), so the address alone would flatter it.
 */
function timeUntilAnswered(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CI: '1' } });
    let out = '';
    let asked = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /Open (http\S+)/.exec(out);
      if (!found || asked) return;
      asked = true;
      const url = new URL(found[1]!);
      fetch(`${url.origin}/api/listFairs`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${url.searchParams.get('token')}` },
        body: '{}',
      })
        .then(async (response) => {
          if (!response.ok) throw new Error(`listFairs answered ${response.status}`);
          await response.arrayBuffer();
          resolve(performance.now() - t0);
        })
        .catch(reject)
        .finally(() => child.kill('SIGTERM'));
    });
    child.on('error', reject);
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
      const answers: number[] = [];
      for (let i = 0; i < RUNS; i++)
        answers.push(await timeUntilAnswered(['dist/server/serve.mjs', '--data-dir', dataDir, '--no-open', '--no-demo']));
      report.add({
        id: 'startup.first_call_answered',
        value: median(answers),
        unit: 'ms',
        baseline: bare,
        note: 'launch to the fair list answered over HTTP (the rules load after the address is printed); baseline: bare Node printing a line',
      });
      // What loading the PDF library at start would add (it now loads with the first PDF).
      const pdfkit = await medianOf(['--input-type=module', '-e', "await import('pdfkit'); console.log('ready')"], 'ready');
      const fairName = 'Hội chợ đo';
      const library = new FairLibrary(dataDir);
      library.create(
        { name: fairName, venue: '', organizer: '', firstDay: '2026-01-01', lastDay: '2026-01-10', notes: '' },
        'bench',
        () => {},
      );
      library.closeAll();
      const shown = await libraryShown(dataDir, fairName);
      report.add({
        id: 'startup.library_shown',
        value: shown.shown,
        unit: 'ms',
        baseline: shown.bare,
        note: 'server launch to the fair listed in Chromium; baseline: the same browser showing a bare page with the row (target ≤ 1,000 ms)',
      });
      report.add({ id: 'startup.pdfkit_import', value: pdfkit, unit: 'ms', baseline: bare, note: 'loaded on first PDF, not at start' });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
