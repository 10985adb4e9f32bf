import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAppCore } from '../../electron/app-core';
import { startHttpServer } from '../../electron/server/http';
import { FairLibrary } from '../../electron/services/library';
import { benchPage, buildBenchPage, launchBenchChromium, serve, workInStretches, type StretchWork } from './plan-page';
import { median, percentile, type BenchReport } from './report';

// PLAN_SCREEN_SIZES=3000 runs one size while working on the canvas.
const SIZES = process.env.PLAN_SCREEN_SIZES?.split(',').map(Number) ?? [500, 3_000, 20_000];
// PLAN_SCREEN_FIRST_ONLY=5: only the opening (library shown, first plan drawn), 5 times a size, medians
// reported (each opening in a fresh server and browser), while working on how a plan is read and drawn.
const FIRST_ONLY = Number(process.env.PLAN_SCREEN_FIRST_ONLY ?? 0);
const FAIR = { name: 'Hội chợ đo', venue: '', organizer: '', firstDay: '2026-01-01', lastDay: '2026-01-10', notes: '' };
/** A 3 × 3 m booth's number is readable from 9 px a metre: the bench works at 12, where the worst pauses were. */
const READABLE_SCALE = 12;

/** Booths in double rows with 4 m aisles, about 1.6 times as wide as deep, like an exhibition hall. */
function layout(n: number) {
  const perRow = Math.max(10, Math.ceil(Math.sqrt(n * 1.6)));
  const rows = Math.ceil(n / perRow);
  const at = (i: number) => {
    const row = Math.floor(i / perRow);
    return { x: 4 + (i % perRow) * 3, y: 4 + Math.floor(row / 2) * 10 + (row % 2) * 3 };
  };
  return { perRow, at, width: 8 + perRow * 3, depth: 8 + Math.ceil(rows / 2) * 10 };
}

interface Figures {
  coldStartMs: number;
  /** Frame intervals of the plan at rest, no input: the floor of the frame measure on this machine at this moment. */
  idleFrames: number[];
  firstPlanMs: number;
  zoomFrames: number[];
  zoomWorst: number;
  zoomSettleMs: number;
  panFrames: number[];
  panWorst: number;
  panSettleMs: number;
  press: number[];
  drop: number[];
  dragFrames: number[];
  rawRedrawMs: number;
  /** With PLAN_SCREEN_TRACE: the main thread's CPU time in each press, drop, zoom and pan. */
  work?: StretchWork[];
}

/**
 * What is measured: the plan screen as the app shows it, or the naive react-konva baseline on the bench
 * page (one memoised component per booth, shapes that do not listen, one Stage, no bitmap cache).
 */
type Subject = 'screen' | 'naive';

/** Times one gesture in the page: input events one per frame, then frames until the plan is complete again. */
async function inPage(page: Page, n: number, subject: Subject = 'screen'): Promise<Omit<Figures, 'coldStartMs' | 'firstPlanMs'>> {
  const { perRow } = layout(n);
  return page.evaluate(
    async ({ n, perRow, readable, subject }) => {
      const naive = subject === 'naive' ? window.bench!.surface! : null;
      const stage = window.Konva!.stages[0]!;
      const el = stage.container();
      const rect = el.getBoundingClientRect();
      const { frame, pointer } = window.benchInput!;
      // The baseline's stage listens on its content element, inside the container: the wheel goes to what is under the pointer.
      const wheel = (p: { x: number; y: number }, deltaY: number) =>
        window.benchInput!.wheel(naive ? (document.elementFromPoint(p.x, p.y) ?? el) : el, p, deltaY);
      // The baseline draws everything at once: it is never busy after a frame.
      const busy = () => !naive && stage.getAttr('floorBusy') === true;
      const client = (p: { x: number; y: number }) => ({ x: rect.left + p.x, y: rect.top + p.y });
      const toScreen = (w: { x: number; y: number }) => client(stage.getAbsoluteTransform().point(w));
      const boothAt = (i: number) => {
        const row = Math.floor(i / perRow);
        return { x: 4 + (i % perRow) * 3 + 1.5, y: 4 + Math.floor(row / 2) * 10 + (row % 2) * 3 + 1.5 };
      };
      /** Frames after a gesture until the plan is complete again (and 300 ms more): the worst frame and the time taken. */
      const settle = async () => {
        const t0 = performance.now();
        let last = await frame();
        let worst = 0;
        let doneAt = 0;
        for (;;) {
          const now = await frame();
          worst = Math.max(worst, now - last);
          last = now;
          if (busy()) doneAt = 0;
          else doneAt ||= now;
          if (doneAt && now - doneAt > 300) return { worst, ms: doneAt - t0 };
          if (now - t0 > 20_000) return { worst, ms: now - t0 };
        }
      };
      const during = window.benchInput!.frames;
      const mid = client({ x: rect.width / 2, y: rect.height / 2 });
      // PLAN_SCREEN_PROFILE: a CPU profile of each gesture, press and drop (console.profile, caught over CDP).
      const profile = (window as { benchProfile?: boolean }).benchProfile;
      await settle();
      // The plan at rest, nothing sent: what an interval is when no frame has work (timer and scheduler jitter).
      const idleFrames = await during(60, () => {});

      // Zoom in from the fitted plan (numbers too small to draw) across the threshold to a readable scale.
      if (profile) console.profile('zoom');
      const zoomStart = performance.now();
      const zoomFrames = await during(60, () => {
        if (stage.scaleX() < readable) wheel(mid, -60);
      });
      const zoomAfter = await settle();
      performance.measure('zoom', { start: zoomStart });
      if (profile) console.profileEnd('zoom');
      if (profile) console.profile('pan');

      // Pan 900 px with the middle button: leaves the bitmap of any plan bigger than the window.
      const panStart = performance.now();
      pointer('pointerdown', mid, 1, 4);
      const panFrames = await during(30, (i) => pointer('pointermove', { x: mid.x - (i + 1) * 30, y: mid.y }, 1, 4));
      pointer('pointerup', { x: mid.x - 900, y: mid.y }, 1, 0);
      const panAfter = await settle();
      performance.measure('pan', { start: panStart });
      if (profile) console.profileEnd('pan');

      // The booth nearest the centre of the view.
      const world = stage
        .getAbsoluteTransform()
        .copy()
        .invert()
        .point({ x: rect.width / 2, y: rect.height / 2 });
      const row = Math.max(0, Math.round((world.y - 4) / 5));
      const first = Math.min(n - 1, row * perRow + Math.max(0, Math.min(perRow - 6, Math.round((world.x - 4) / 3))));
      const until = async (t0: number, ready: () => boolean) => {
        // A pointer event the browser dispatches runs the microtasks its handlers queued before anything
        // else (React renders an external store's change in one); dispatched from script, they would wait
        // for this check and the answer would come a frame late.
        await Promise.resolve();
        while (!ready() && performance.now() - t0 < 20_000) await frame();
        await frame(); // the frame that shows it
        return performance.now() - t0;
      };
      // Looked up where they live: a search of the whole stage walks every booth's node, which is the bench's cost, not the app's.
      const overlay = stage.getLayers()[1];
      const selected = (id: string) => (naive ? naive.isSelected!(id) : !!overlay!.findOne(`#selected-${id}`));
      const press: number[] = [];
      const drop: number[] = [];
      const dragFrames: number[] = [];
      for (let k = 0; k < 5; k++) {
        const i = Math.min(n - 1, first + k);
        const id = `b${i}`;
        const p = toScreen(boothAt(i));
        if (profile) console.profile(`press-${k}`);
        const t0 = performance.now();
        pointer('pointerdown', p, 0, 1);
        pointer('pointerup', p, 0, 0);
        press.push(await until(t0, () => selected(id)));
        performance.measure(`press-${k}`, { start: t0 });
        if (profile) console.profileEnd(`press-${k}`);
        await settle();
        // Drag it half a booth down and drop it: time from release to the booth drawn at its new place.
        // The app's booth moves on commit (a drag moves its copy); the baseline's node moves with the pointer, so its commit is React's state.
        const node = stage.findOne(naive ? `#n-${id}` : `#booth-${id}`)!;
        const y = () => (naive ? naive.committedAt!(id)!.y : node.y());
        const before = y();
        pointer('pointerdown', p, 0, 1);
        dragFrames.push(...(await during(10, (s) => pointer('pointermove', { x: p.x, y: p.y + (s + 1) * 2 }, 0, 1))));
        if (profile) console.profile(`drop-${k}`);
        const t1 = performance.now();
        pointer('pointerup', { x: p.x, y: p.y + 20 }, 0, 0);
        const drag = stage.getLayers()[2];
        drop.push(await until(t1, () => y() !== before && (!!naive || drag!.getChildren().length === 0)));
        performance.measure(`drop-${k}`, { start: t1 });
        if (profile) console.profileEnd(`drop-${k}`);
        await settle();
      }

      // Raw Canvas 2D drawing the same view in one go (every visible booth and its number): what one full redraw costs.
      const canvas = document.createElement('canvas');
      canvas.width = rect.width;
      canvas.height = rect.height;
      const c = canvas.getContext('2d')!;
      const m = stage.getAbsoluteTransform().getMatrix() as [number, number, number, number, number, number];
      const t2 = performance.now();
      c.setTransform(m[0], m[1], m[2], m[3], m[4], m[5]);
      c.font = '0.72px sans-serif';
      c.textAlign = 'center';
      c.lineWidth = 1 / m[0];
      const vx0 = -m[4] / m[0];
      const vy0 = -m[5] / m[3];
      const vx1 = vx0 + rect.width / m[0];
      const vy1 = vy0 + rect.height / m[3];
      for (let i = 0; i < n; i++) {
        const b = boothAt(i);
        if (b.x < vx0 - 2 || b.x > vx1 + 2 || b.y < vy0 - 2 || b.y > vy1 + 2) continue;
        c.fillStyle = '#e9ecef';
        c.fillRect(b.x - 1.5, b.y - 1.5, 3, 3);
        c.strokeRect(b.x - 1.5, b.y - 1.5, 3, 3);
        c.fillStyle = '#212529';
        c.fillText(`H${i}`, b.x, b.y);
      }
      c.getImageData(0, 0, 1, 1); // waits for the drawing to finish
      const rawRedrawMs = performance.now() - t2;
      return {
        idleFrames,
        zoomFrames,
        zoomWorst: Math.max(...zoomFrames, zoomAfter.worst),
        zoomSettleMs: zoomAfter.ms,
        panFrames,
        panWorst: Math.max(...panFrames, panAfter.worst),
        panSettleMs: panAfter.ms,
        press,
        drop,
        dragFrames,
        rawRedrawMs,
      };
    },
    { n, perRow, readable: READABLE_SCALE, subject },
  );
}

const NO_GESTURES = {
  idleFrames: [],
  zoomFrames: [],
  zoomWorst: 0,
  zoomSettleMs: 0,
  panFrames: [],
  panWorst: 0,
  panSettleMs: 0,
  press: [],
  drop: [],
  dragFrames: [],
  rawRedrawMs: 0,
};

/** The opening alone, `times` times in fresh servers and browsers: library shown and first plan drawn, medians. */
async function measureOpening(report: BenchReport, n: number, times: number): Promise<void> {
  const runs: Figures[] = [];
  for (let i = 0; i < times; i++) runs.push(await measure(n));
  const note = (ms: number[]) => `median of ${times} openings: ${ms.map((m) => m.toFixed(0)).join(' / ')} ms`;
  const cold = runs.map((f) => f.coldStartMs);
  const first = runs.map((f) => f.firstPlanMs);
  report.add({ id: `plan_screen.${n}.cold_start_library`, value: median(cold), unit: 'ms', note: note(cold) });
  report.add({ id: `plan_screen.${n}.first_plan_drawn`, value: median(first), unit: 'ms', note: note(first) });
}

/** The plan screen as a person opens it: the app in browser mode, a fair of n booths, in Chromium. */
async function measure(n: number): Promise<Figures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fairfloor-plan-screen-'));
  const { at, width, depth } = layout(n);
  const library = new FairLibrary(dataDir);
  library.create(FAIR, 'bench', (db) => {
    db.prepare('INSERT INTO area (id, name, width_m, depth_m) VALUES (?, ?, ?, ?)').run('a', 'Nhà A', width, depth);
    const booth = db.prepare("INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m) VALUES (?, 'a', ?, ?, ?, 3, 3)");
    for (let i = 0; i < n; i++) booth.run(`b${i}`, `H${String(i).padStart(5, '0')}`, at(i).x, at(i).y);
  });
  library.closeAll();
  // A person who has used the app before: their name is known, so no first-start question covers the library.
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ language: 'vi', userName: 'Người đo' }));
  const core = createAppCore({ dataDir, mode: 'browser', version: 'bench', seedDemo: false });
  const server = await startHttpServer({ dispatch: core.dispatch, staticDir: resolve('dist/renderer') });
  const browser = await launchBenchChromium();
  try {
    const page = await benchPage(browser);
    const t0 = performance.now();
    await page.goto(server.appUrl);
    await page.getByRole('row', { name: FAIR.name }).waitFor();
    const coldStartMs = performance.now() - t0;
    const profileDir = process.env.PLAN_SCREEN_PROFILE;
    const cdp = profileDir ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const clickedAt = process.env.PLAN_SCREEN_RESOURCES ? await page.evaluate(() => performance.now()) : 0;
    const t1 = performance.now();
    await page.getByRole('row', { name: FAIR.name }).getByRole('button', { name: 'Mở', exact: true }).click();
    await page.waitForFunction(
      () => {
        const stage = window.Konva?.stages[0];
        return !!stage?.findOne('#area') && stage.getAttr('floorBusy') !== true;
      },
      undefined,
      { timeout: 120_000, polling: 'raf' },
    );
    const firstPlanMs = performance.now() - t1;
    // PLAN_SCREEN_RESOURCES=1: when each file and request of the opening started and ended (what the first drawing waited for).
    if (process.env.PLAN_SCREEN_RESOURCES)
      console.log(
        await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map(
              (e) =>
                `${e.startTime.toFixed(0)}–${(e as PerformanceResourceTiming).responseEnd.toFixed(0)} ${e.name.replace(location.origin, '')}`,
            )
            .join('\n'),
        ),
        `\nclicked ${clickedAt.toFixed(0)}, drawn ${(clickedAt + firstPlanMs).toFixed(0)}`,
      );
    const gestures = async () => (FIRST_ONLY ? NO_GESTURES : await inPage(page, n));
    // PLAN_SCREEN_TRACE=dir: a Chrome trace of the gestures (main thread tasks, GC, paint); each press and drop is a user-timing measure in it.
    const traceDir = process.env.PLAN_SCREEN_TRACE;
    if (traceDir) {
      mkdirSync(traceDir, { recursive: true });
      const path = join(traceDir, `${n}.trace.json`);
      await browser.startTracing(page, {
        path,
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'blink', 'cc', 'gpu'],
      });
      const figures = await gestures();
      await browser.stopTracing();
      const work = workInStretches(JSON.parse(readFileSync(path, 'utf8')) as Parameters<typeof workInStretches>[0]);
      return { coldStartMs, firstPlanMs, ...figures, work };
    }
    if (!profileDir || !cdp) return { coldStartMs, firstPlanMs, ...(await gestures()) };
    // Chrome CPU profiles (open in DevTools' Performance panel) of the opening, each press and drop.
    mkdirSync(profileDir, { recursive: true });
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(join(profileDir, `${n}-open.cpuprofile`), JSON.stringify(profile));
    cdp.on('Profiler.consoleProfileFinished', (e) =>
      writeFileSync(join(profileDir, `${n}-${e.title ?? 'profile'}.cpuprofile`), JSON.stringify(e.profile)),
    );
    await page.evaluate(() => ((window as { benchProfile?: boolean }).benchProfile = true));
    return { coldStartMs, firstPlanMs, ...(await gestures()) };
  } finally {
    await browser.close();
    await server.close();
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The naive baseline at n booths on the bench page, with the same gestures (its first draw has no server behind it: not compared). */
async function measureNaive(url: string, n: number): Promise<Omit<Figures, 'coldStartMs'>> {
  const browser = await launchBenchChromium();
  try {
    const page = await benchPage(browser);
    await page.goto(`${url}?mode=naive&n=${n}`);
    await page.waitForFunction(() => window.bench?.ready, undefined, { timeout: 300_000, polling: 100 });
    const firstPlanMs = await page.evaluate(() => window.bench!.firstDrawMs);
    return { firstPlanMs, ...(await inPage(page, n, 'naive')) };
  } finally {
    await browser.close();
  }
}

/** One refresh of a 60 Hz display. */
const VSYNC_MS = 1000 / 60;

/**
 * What a frame interval says, beside the same page at rest: the browser runs uncapped, but a frame with
 * nothing new still waits for the next tick, and on this shared machine an idle interval's p95 is itself
 * above 16.7 ms. A frame that missed a vsync (over 1.5 refreshes) or two (over 2) is a pause a person
 * could see; a p95 at the idle floor is not.
 */
function addFrames(report: BenchReport, id: string, frames: number[], idle: number[]): void {
  const note = 'baseline: the same page at rest, no input, same run';
  report.add({ id: `${id}.p95_vs_idle`, value: percentile(frames, 95), unit: 'ms', baseline: percentile(idle, 95), note });
  report.add({
    id: `${id}.missed_a_vsync`,
    value: frames.filter((f) => f > 1.5 * VSYNC_MS).length,
    unit: 'frames',
    note: `of ${frames.length}`,
  });
  report.add({
    id: `${id}.missed_2_vsyncs`,
    value: frames.filter((f) => f > 2 * VSYNC_MS).length,
    unit: 'frames',
    note: `of ${frames.length}`,
  });
}

/**
 * The main thread's CPU time (PLAN_SCREEN_TRACE runs): unlike wall time, it does not grow when other
 * processes take the machine's cores, so branches can be compared on a loaded machine. Tracing adds its own cost.
 */
function addWork(report: BenchReport, n: number, work: StretchWork[]): void {
  const note = 'main-thread CPU time from a Chrome trace (not wall time)';
  const of = (prefix: string) => work.filter((w) => w.name.startsWith(prefix));
  const add = (id: string, value: number) => report.add({ id: `plan_screen.${n}.cpu.${id}`, value, unit: 'ms', note });
  for (const kind of ['press', 'drop'] as const) {
    const all = of(`${kind}-`);
    if (all.length === 0) continue;
    add(`${kind}.first`, all[0]!.cpuMs);
    add(`${kind}.later_max`, Math.max(...all.slice(1).map((w) => w.cpuMs)));
  }
  for (const gesture of ['zoom', 'pan'] as const) for (const w of of(gesture)) add(`${gesture}.longest_task`, w.longestTaskCpuMs);
}

/** The real screen's figures beside the naive baseline's, as ratios (below 1: the screen is faster). */
function addVsNaive(report: BenchReport, n: number, f: Figures, naive: Omit<Figures, 'coldStartMs'>): void {
  const note = 'baseline: naive react-konva (memoised booths, listening: false, one Stage, no bitmap cache), same gestures';
  const add = (id: string, value: number, baseline: number) =>
    report.add({ id: `plan_screen.${n}.vs_naive.${id}`, value, unit: 'ms', baseline, note });
  add('press_to_selected.median', median(f.press), median(naive.press));
  add('press_to_selected.max', Math.max(...f.press), Math.max(...naive.press));
  add('drop_to_committed.median', median(f.drop), median(naive.drop));
  add('drop_to_committed.max', Math.max(...f.drop), Math.max(...naive.drop));
  add('drag_frame.p95', percentile(f.dragFrames, 95), percentile(naive.dragFrames, 95));
  add('zoom_across_threshold.p95', percentile(f.zoomFrames, 95), percentile(naive.zoomFrames, 95));
  add('zoom_across_threshold.worst_frame', f.zoomWorst, naive.zoomWorst);
  add('pan_900px.p95', percentile(f.panFrames, 95), percentile(naive.panFrames, 95));
  add('pan_900px.worst_frame', f.panWorst, naive.panWorst);
}

/** The plan screen as a user feels it: pauses on press, drop and gesture ends, beside raw Canvas drawing the same view. */
export const planScreenBench = {
  name: 'plan-screen',
  async run(report: BenchReport) {
    if (!process.env.PLAN_SCREEN_NO_BUILD) execFileSync(process.execPath, ['build/scripts/build.mjs', '--quiet'], { stdio: 'inherit' });
    // The naive baseline's page (PLAN_SCREEN_NO_NAIVE=1 leaves it out while working on the canvas).
    const pageDir = process.env.PLAN_SCREEN_NO_NAIVE || FIRST_ONLY ? null : mkdtempSync(join(tmpdir(), 'fairfloor-plan-naive-'));
    if (pageDir) await buildBenchPage(pageDir);
    const naivePage = pageDir ? await serve(pageDir) : null;
    try {
      for (const n of SIZES) {
        if (FIRST_ONLY) {
          await measureOpening(report, n, FIRST_ONLY);
          continue;
        }
        const f = await measure(n);
        if (process.env.PLAN_BENCH_RAW) console.log(JSON.stringify({ n, ...f }));
        const raw = f.rawRedrawMs;
        const rawNote = 'baseline: raw Canvas 2D drawing the whole view once';
        const add = (id: string, value: number, withRaw = true) =>
          report.add({ id: `plan_screen.${n}.${id}`, value, unit: 'ms', ...(withRaw ? { baseline: raw, note: rawNote } : {}) });
        add('cold_start_library', f.coldStartMs, false);
        add('first_plan_drawn', f.firstPlanMs, false);
        add('press_to_selected.median', median(f.press));
        add('press_to_selected.max', Math.max(...f.press));
        add('drop_to_committed.median', median(f.drop));
        add('drop_to_committed.max', Math.max(...f.drop));
        add('drag_frame.p95', percentile(f.dragFrames, 95));
        add('zoom_across_threshold.p95', percentile(f.zoomFrames, 95));
        add('zoom_across_threshold.worst_frame', f.zoomWorst);
        add('zoom_across_threshold.redrawn_after', f.zoomSettleMs, false);
        addFrames(report, `plan_screen.${n}.zoom_across_threshold`, f.zoomFrames, f.idleFrames);
        add('pan_900px.p95', percentile(f.panFrames, 95));
        add('pan_900px.worst_frame', f.panWorst);
        add('pan_900px.redrawn_after', f.panSettleMs, false);
        addFrames(report, `plan_screen.${n}.pan_900px`, f.panFrames, f.idleFrames);
        if (f.work) addWork(report, n, f.work);
        if (!naivePage) continue;
        const naive = await measureNaive(naivePage.url, n);
        if (process.env.PLAN_BENCH_RAW) console.log(JSON.stringify({ n, naive }));
        addVsNaive(report, n, f, naive);
      }
    } finally {
      naivePage?.server.close();
      if (pageDir) rmSync(pageDir, { recursive: true, force: true });
    }
  },
};
