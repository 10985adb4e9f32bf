import type { Browser } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchPage, buildBenchPage, launchBenchChromium, serve } from './plan-page';
import { percentile, type BenchReport } from './report';

// PLAN_BENCH_SIZES=500 runs a quick subset while working on the canvas.
const SIZES = process.env.PLAN_BENCH_SIZES?.split(',').map(Number) ?? [500, 2_000, 10_000];
const MODES = ['ours', 'naive', 'raw'] as const;
type Mode = (typeof MODES)[number];
const STEPS = 40;

interface Figures {
  firstDrawMs: number;
  pan: number[];
  zoom: number[];
  marqueeMs: number;
  marqueeSelected: number;
  drag1: number[];
  drag100: number[];
}

/** Runs every scene inside the page: one input event per frame, frame times from rAF stamps. */
async function measure(browser: Browser, url: string, mode: Mode, n: number): Promise<Figures> {
  const page = await benchPage(browser);
  try {
    await page.goto(`${url}?mode=${mode}&n=${n}`);
    await page.waitForFunction(() => window.bench?.ready, undefined, { timeout: 180_000, polling: 100 });
    return await page.evaluate(async (steps): Promise<Figures> => {
      const bench = window.bench!;
      const s = bench.surface!;
      const { frame, pointer } = window.benchInput!;
      const frames = (step: (i: number) => void) => window.benchInput!.frames(steps, step);
      const settle = async () => {
        for (let i = 0; i < 5; i++) await frame();
        await new Promise((r) => setTimeout(r, 250));
      };
      const mid = { x: 700, y: 450 };
      const booth = (i: number) => s.toScreen({ x: 4 + (i % perRow()) * 3 + 1.5, y: rowY(Math.floor(i / perRow())) + 1.5 });
      const perRow = () => Math.max(10, Math.ceil(Math.sqrt(bench.boothCount * 1.6)));
      const rowY = (row: number) => 4 + Math.floor(row / 2) * 10 + (row % 2) * 3;

      await settle();
      // Pan with the middle button, there and back.
      pointer('pointerdown', mid, 1, 4);
      const pan = await frames((i) =>
        // 45 px a frame: 900 px out and back, far beyond any bitmap kept around the viewport.
        pointer('pointermove', { x: mid.x + (i < steps / 2 ? i : steps - i) * 45, y: mid.y + (i < steps / 2 ? i : steps - i) * 10 }, 1, 4),
      );
      pointer('pointerup', mid, 1, 0);
      await settle();
      const zoom = await frames((i) =>
        window.benchInput!.wheel(document.elementFromPoint(mid.x, mid.y) ?? document.body, mid, i < steps / 2 ? -60 : 60),
      );
      await settle();

      // Marquee over whole rows, about 1,000 booths: time from release to the selection on screen.
      const rows = Math.max(1, Math.min(Math.round(1000 / perRow()), Math.ceil(bench.boothCount / perRow())));
      const start = s.toScreen({ x: 3.7, y: 3.7 });
      const end = s.toScreen({ x: 4 + perRow() * 3 + 0.3, y: rowY(rows - 1) + 3.3 });
      s.select([]);
      await settle();
      pointer('pointerdown', start, 0, 1);
      for (let i = 1; i <= 5; i++) {
        pointer('pointermove', { x: start.x + ((end.x - start.x) * i) / 5, y: start.y + ((end.y - start.y) * i) / 5 }, 0, 1);
        await frame();
      }
      const t0 = performance.now();
      pointer('pointerup', end, 0, 0);
      while (s.selectedCount() === 0 && performance.now() - t0 < 20_000) await frame();
      await frame();
      const marqueeMs = performance.now() - t0;
      const marqueeSelected = s.selectedCount();
      await settle();

      const drag = async (first: number) => {
        const from = booth(first);
        pointer('pointerdown', from, 0, 1);
        const times = await frames((i) => pointer('pointermove', { x: from.x + (i + 1) * 3, y: from.y + (i + 1) * 2 }, 0, 1));
        pointer('pointerup', { x: from.x + steps * 3, y: from.y + steps * 2 }, 0, 0);
        await settle();
        return times;
      };
      const middle = Math.floor(bench.boothCount / 2);
      s.select([]);
      await settle();
      const drag1 = await drag(middle);
      s.select(Array.from({ length: 100 }, (_, i) => `b${middle - 200 + i}`));
      await settle();
      const drag100 = await drag(middle - 200);
      return { firstDrawMs: bench.firstDrawMs, pan, zoom, marqueeMs, marqueeSelected, drag1, drag100 };
    }, STEPS);
  } finally {
    await page.close();
  }
}

/** The floor plan canvas against a naive react-konva plan and raw Canvas 2D, in one Chromium run. */
export const planBench = {
  name: 'plan',
  async run(report: BenchReport) {
    const out = mkdtempSync(join(tmpdir(), 'fairfloor-plan-bench-'));
    await buildBenchPage(out);
    const { server, url } = await serve(out);
    const browser = await launchBenchChromium();
    try {
      for (const n of SIZES) {
        const f = {} as Record<Mode, Figures>;
        const modes = (process.env.PLAN_BENCH_MODES?.split(',') as Mode[] | undefined) ?? MODES;
        for (const mode of MODES) f[mode] = modes.includes(mode) ? await measure(browser, url, mode, n) : f.ours!;
        if (process.env.PLAN_BENCH_RAW) console.log(JSON.stringify({ n, ours: f.ours, raw: f.raw }));
        const row = (id: string, unit: string, pick: (x: Figures) => number, note?: string) => {
          report.add({
            id: `plan.${n}.${id}`,
            value: pick(f.ours),
            unit,
            baseline: pick(f.naive),
            note: note ?? 'baseline: naive react-konva (memoised, non-listening shapes, state committed on release)',
          });
          report.add({ id: `plan.${n}.${id}.vs_raw`, value: pick(f.ours), unit, baseline: pick(f.raw), note: 'baseline: raw Canvas 2D' });
        };
        row('first_draw', 'ms', (x) => x.firstDrawMs);
        row('pan_p95', 'ms', (x) => percentile(x.pan, 95));
        row('zoom_p95', 'ms', (x) => percentile(x.zoom, 95));
        row('pan_worst_frame', 'ms', (x) => Math.max(...x.pan));
        row('zoom_worst_frame', 'ms', (x) => Math.max(...x.zoom));
        row('drag1_p95', 'ms', (x) => percentile(x.drag1, 95));
        row('drag100_p95', 'ms', (x) => percentile(x.drag100, 95));
        row(
          'marquee',
          'ms',
          (x) => x.marqueeMs,
          `selected ${f.ours.marqueeSelected} (naive ${f.naive.marqueeSelected}, raw ${f.raw.marqueeSelected})`,
        );
      }
    } finally {
      await browser.close();
      server.close();
      rmSync(out, { recursive: true, force: true });
    }
  },
};
