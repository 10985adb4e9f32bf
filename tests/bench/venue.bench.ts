import { parseString, toPolylines } from 'dxf';
import { detectBooths, frameAtTopLeft } from '../../shared/venue/dxf-booths';
import { readDxf } from '../../shared/venue/dxf-read';
import type { Browser } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchPage, buildBenchPage, launchBenchChromium, serve } from './plan-page';
import { percentile, timeMedian, type BenchReport } from './report';
import { bigVenueDxf } from '../../renderer/features/plan/bench/venueDxf';

export { bigVenueDxf };

/** Venue drawings: reading a large DXF and finding its booths, beside the parser's own flattening. */
export const venueBench = {
  name: 'venue',
  async run(report: BenchReport) {
    const bytes = bigVenueDxf();
    report.add({ id: 'venue.dxf.size', value: bytes.length / 1_048_576, unit: 'MB', note: '20,000 entities' });
    let booths = 0;
    const ours = await timeMedian(3, () => {
      const drawing = readDxf(bytes);
      booths = detectBooths(drawing, 'Gian hàng', frameAtTopLeft(drawing, 0.001)).booths.length;
    });
    // Baseline: the dxf package alone, decoding and flattening every entity (no layers, no booths).
    const baseline = await timeMedian(3, () => toPolylines(parseString(new TextDecoder().decode(bytes))));
    report.add({
      id: 'venue.dxf.import(read + 5,000 booths found)',
      value: ours,
      unit: 'ms',
      baseline,
      note: `target ≤ 3000 ms; ${booths} booths`,
    });
    await inChromium(report);
  },
};

const PAN_STEPS = 40;
const BOOTHS = 2_000;

interface PageFigures {
  worker: { ms: number; worstFrameMs: number };
  mainThread: { ms: number; worstFrameMs: number };
  entities: number;
  pan: number[];
  zoom: number[];
}

/** One page: the DXF to its preview both ways, then a pan and a zoom of the editor with (or without) the drawing under the plan. */
async function measure(browser: Browser, url: string, drawing: boolean): Promise<PageFigures> {
  const page = await benchPage(browser);
  try {
    await page.goto(`${url}?drawing=${drawing ? 1 : 0}&n=${BOOTHS}`);
    await page.waitForFunction(() => window.venueBench?.ready, undefined, { timeout: 300_000, polling: 200 });
    return await page.evaluate(async (steps): Promise<PageFigures> => {
      const b = window.venueBench!;
      const { frame, pointer } = window.benchInput!;
      for (let i = 0; i < 10; i++) await frame();
      const mid = { x: 700, y: 450 };
      // Pan with the middle button, 45 px a frame out and back.
      pointer('pointerdown', mid, 1, 4);
      const pan = await window.benchInput!.frames(steps, (i) =>
        pointer('pointermove', { x: mid.x + (i < steps / 2 ? i : steps - i) * 45, y: mid.y + (i < steps / 2 ? i : steps - i) * 10 }, 1, 4),
      );
      pointer('pointerup', mid, 1, 0);
      // Zoom with the wheel, in and back out around the middle: the drawing scales with the plan.
      const el = window.Konva!.stages[0]!.container();
      const zoom = await window.benchInput!.frames(steps, (i) => window.benchInput!.wheel(el, mid, i < steps / 2 ? -60 : 60));
      return { worker: b.worker!, mainThread: b.mainThread!, entities: b.entities, pan, zoom };
    }, PAN_STEPS);
  } finally {
    await page.close();
  }
}

/** In Chromium: the 5 MB DXF to its preview in the Web Worker (baseline: read on the window's thread), and panning over it. */
async function inChromium(report: BenchReport): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'fairfloor-venue-bench-'));
  await buildBenchPage(out, 'venueBench.html');
  const { server, url } = await serve(out);
  const browser = await launchBenchChromium();
  try {
    const page = url.replace(/bench\.html$/, 'venueBench.html');
    const over = await measure(browser, page, true);
    const bare = await measure(browser, page, false);
    report.add({
      id: 'venue.dxf.preview(worker)',
      value: over.worker.ms,
      unit: 'ms',
      baseline: over.mainThread.ms,
      note: `target ≤ 3000 ms; baseline: read on the window's thread; ${over.entities} paths and texts`,
    });
    report.add({
      id: 'venue.dxf.preview.worst_frame(worker)',
      value: over.worker.worstFrameMs,
      unit: 'ms',
      baseline: over.mainThread.worstFrameMs,
      note: "longest time without a frame while reading; baseline: read on the window's thread",
    });
    report.add({
      id: `venue.${BOOTHS}.pan_p95(dxf background)`,
      value: percentile(over.pan, 95),
      unit: 'ms',
      baseline: percentile(bare.pan, 95),
      note: 'target ≤ 16.7 ms; baseline: the same plan without the drawing',
    });
    report.add({
      id: `venue.${BOOTHS}.pan_worst_frame(dxf background)`,
      value: Math.max(...over.pan),
      unit: 'ms',
      baseline: Math.max(...bare.pan),
      note: 'baseline: the same plan without the drawing',
    });
    report.add({
      id: `venue.${BOOTHS}.zoom_p95(dxf background)`,
      value: percentile(over.zoom, 95),
      unit: 'ms',
      baseline: percentile(bare.zoom, 95),
      note: 'target ≤ 16.7 ms; wheel in and back out; baseline: the same plan without the drawing',
    });
    report.add({
      id: `venue.${BOOTHS}.zoom_worst_frame(dxf background)`,
      value: Math.max(...over.zoom),
      unit: 'ms',
      baseline: Math.max(...bare.zoom),
      note: 'baseline: the same plan without the drawing',
    });
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}
