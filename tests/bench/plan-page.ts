import { chromium, type Browser, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';
import { CHROMIUM_ARGS, systemChromium } from '../../build/scripts/chromium.mjs';

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
};

/** The bench page is its own Vite build entry, so none of it ships in the app bundle. */
export async function buildBenchPage(outDir: string, page = 'bench.html'): Promise<void> {
  await build({
    configFile: false,
    root: resolve('renderer'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: resolve(`renderer/features/plan/bench/${page}`) },
    },
  });
}

export function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(dir) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': MIME[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      ok({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/features/plan/bench/bench.html` });
    }),
  );
}

/** Input as a person gives it, dispatched inside the page: both plan benches drive the canvas with these. */
export interface PageInput {
  frame(): Promise<number>;
  /** A pointer event at client coordinates, sent to the element there (as the browser would). */
  pointer(type: string, p: { x: number; y: number }, button: number, buttons: number): void;
  wheel(target: Element, p: { x: number; y: number }, deltaY: number): void;
  /** One step per frame; the time of each frame from rAF stamps. */
  frames(steps: number, step: (i: number) => void): Promise<number[]>;
}

declare global {
  interface Window {
    benchInput?: PageInput;
  }
}

/** Runs in the page before its scripts. Self-contained: Playwright sends it as source text. */
function installPageInput(): void {
  const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
  window.benchInput = {
    frame,
    pointer: (type, p, button, buttons) =>
      (document.elementFromPoint(p.x, p.y) ?? document.body).dispatchEvent(
        new PointerEvent(type, {
          clientX: p.x,
          clientY: p.y,
          button,
          buttons,
          bubbles: true,
          cancelable: true,
          pointerId: 1,
          pointerType: 'mouse',
          isPrimary: true,
        }),
      ),
    wheel: (target, p, deltaY) =>
      target.dispatchEvent(new WheelEvent('wheel', { clientX: p.x, clientY: p.y, deltaY, bubbles: true, cancelable: true })),
    async frames(steps, step) {
      const times: number[] = [];
      let last = await frame();
      for (let i = 0; i < steps; i++) {
        step(i);
        const now = await frame();
        times.push(now - last);
        last = now;
      }
      return times;
    },
  };
}

/** Chromium with uncapped frames (a frame's time is the work it took, not the display's refresh interval). */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: systemChromium(),
    args: [...CHROMIUM_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
  });
}

/** A 1400 × 900 page with the input helpers installed. */
export async function benchPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(installPageInput);
  return page;
}

/** Main-thread work in one measured stretch of a Chrome trace: thread (CPU) time, so other processes on the machine do not count. */
export interface StretchWork {
  name: string;
  wallMs: number;
  /** CPU time of the renderer's main thread inside the stretch. */
  cpuMs: number;
  /** The longest single task's CPU time: a task over a frame's 16.7 ms is a frame the app itself made late. */
  longestTaskCpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  cat?: string;
  args?: { name?: string };
}

/**
 * The stretches the page marked with `performance.measure` (user timing), each with the main thread's
 * CPU time in it, read from a trace written by `browser.startTracing` with the `blink.user_timing`
 * and `devtools.timeline` categories.
 */
export function workInStretches(trace: { traceEvents: TraceEvent[] } | TraceEvent[]): StretchWork[] {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const main = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const marks = new Map<string, { b?: number; e?: number }>();
  for (const e of events)
    if (e.cat?.includes('blink.user_timing') && (e.ph === 'b' || e.ph === 'e')) {
      const m = marks.get(e.name) ?? {};
      m[e.ph] = e.ts;
      marks.set(e.name, m);
    }
  // Top-level tasks of the main thread: complete events not inside an earlier one.
  const tasks: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of events
    .filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    if (e.ts < end) continue;
    tasks.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  const out: StretchWork[] = [];
  for (const [name, { b, e }] of marks) {
    if (b === undefined || e === undefined) continue;
    let cpu = 0;
    let longest = 0;
    for (const t of tasks) {
      const dur = t.dur ?? 0;
      if (t.ts + dur <= b || t.ts >= e) continue;
      const inside = dur > 0 ? (Math.min(t.ts + dur, e) - Math.max(t.ts, b)) / dur : 1;
      const taskCpu = (t.tdur ?? dur) / 1000;
      cpu += taskCpu * inside;
      longest = Math.max(longest, taskCpu);
    }
    out.push({ name, wallMs: (e - b) / 1000, cpuMs: cpu, longestTaskCpuMs: longest });
  }
  return out.sort((x, y) => marks.get(x.name)!.b! - marks.get(y.name)!.b!);
}
