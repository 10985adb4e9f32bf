import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { Reply } from '../../shared/api/errors';
import type { StaffInvite, StaffStatus } from '../../shared/model/staff';
import { createAppCore } from '../../electron/app-core';
import { REFETCH_GAP_MS } from '../../renderer/api/refetch';
import { startHttpServer } from '../../electron/server/http';
import { createDemoFair, DEMO_FAIR } from '../../electron/services/demo';
import { percentile, timeMedian, type BenchReport } from './report';
import { growFair } from './sales.bench';

const DEVICES = Number(process.env.STAFF_BENCH_DEVICES ?? 20);
const PER_DEVICE = Number(process.env.STAFF_BENCH_SALES ?? 100);
/** 40 demo booths + 460 = a 500-booth fair. */
const EXTRA_BOOTHS = 460;

const cpuMs = (cpu: NodeJS.CpuUsage) => (cpu.user + cpu.system) / 1000;

async function post(url: string, token: string, body: unknown): Promise<Reply<unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Reply<unknown>;
}

interface PhonesJob {
  staffUrl: string;
  tokens: string[];
  booths: string[];
  fairId: string;
  day: string;
  perDevice: number;
  devices: number[];
  /** The organizer's dashboard, called in a loop while the phones send (the renderer is another process too). */
  dashboard?: { url: string; token: string; gapMs: number };
}

/**
 * The phones are other machines: they run in a thread of their own, so their HTTP client and JSON
 * work do not queue behind the server's (on one thread they inflated every latency measured).
 * Each phone sends its outbox one sale after another, each with its own entry id, and resends one
 * entry halfway as a retry would.
 */
const PHONES = `
const { parentPort, workerData: job } = require('node:worker_threads');
const post = async (url, token, body) => {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token }, body: JSON.stringify(body) });
  return res.json();
};
const latencies = [], firsts = [];
const phone = async (d) => {
  for (let i = 0; i < job.perDevice; i++) {
    const entry = { fairId: job.fairId, boothNumber: job.booths[(d * 37 + i) % job.booths.length], day: job.day,
      amountDong: 10000 + i * 1000, method: 'cash', clientEntryId: 'bench-' + String(d).padStart(3, '0') + '-' + String(i).padStart(6, '0') };
    const start = performance.now();
    const reply = await post(job.staffUrl + 'api/recordSale', job.tokens[d], entry);
    latencies.push(performance.now() - start);
    if (i === 0) firsts.push(performance.now() - start);
    if (!reply.ok) throw new Error('phone ' + d + ': ' + reply.error.code + ' ' + reply.error.message);
    if (i === job.perDevice / 2) await post(job.staffUrl + 'api/recordSale', job.tokens[d], entry);
  }
};
// The organizer's dashboard, open meanwhile, refetched until the phones are done as the app's change feed
// refetches it under a stream of sales: one fetch in flight, one waiting, started as soon as the last
// answer came but no sooner than the app's gap after the last start (renderer/api/refetch.ts).
const dashboardTimes = [];
let phonesDone = false;
const dashboard = async () => {
  while (job.dashboard && !phonesDone) {
    const start = performance.now();
    const reply = await post(job.dashboard.url, job.dashboard.token, { fairId: job.fairId });
    dashboardTimes.push(performance.now() - start);
    if (!reply.ok) throw new Error('dashboard: ' + reply.error.code);
    const gap = job.dashboard.gapMs - (performance.now() - start);
    if (gap > 0) await new Promise((resolve) => setTimeout(resolve, gap));
  }
};
const watching = dashboard();
Promise.all(job.devices.map(phone))
  .then(() => { phonesDone = true; return watching; })
  .then(() => parentPort.postMessage({ latencies, firsts, dashboardTimes }));
`;

function runPhones(job: PhonesJob): Promise<{ latencies: number[]; firsts: number[]; dashboardTimes: number[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(PHONES, { eval: true, workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/**
 * Staff mode under a fair evening's load: 20 phones each sending 100 sales at once over loopback
 * HTTP, through the LAN listener, its token check, rate limit and allow-list, into one fair file.
 * Beside it: one phone alone (the same path without contention) and the organizer's dashboard idle.
 */
export const staffBench = {
  name: 'staff',
  async run(report: BenchReport) {
    const dir = mkdtempSync(join(tmpdir(), 'fairfloor-bench-staff-'));
    const core = createAppCore({
      dataDir: dir,
      mode: 'browser',
      version: 'bench',
      staff: { networks: () => [{ name: 'lo', address: '127.0.0.1' }], port: 0 },
    });
    const organizer = await startHttpServer({ dispatch: core.dispatch });
    try {
      const fairId = createDemoFair(core.ctx.library, 'bench').id;
      const db = core.ctx.library.db(fairId);
      growFair(db, EXTRA_BOOTHS);
      const booths = (
        db.prepare('SELECT number FROM booth WHERE kind <> ? ORDER BY number').all('non_sellable') as { number: string }[]
      ).map((b) => b.number);
      const call = async <T>(method: string, input: unknown) => {
        const reply = await core.dispatch(method, input);
        if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
        return reply.value as T;
      };
      const staffUrl = (await call<StaffStatus>('startStaffMode', { fairId, address: '127.0.0.1' })).url!;
      const tokens: string[] = [];
      for (let d = 0; d <= DEVICES; d++) {
        const invite = await call<StaffInvite>('createStaffInvite', { fairId });
        const reply = await fetch(`${staffUrl}api/join`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ code: invite.code, personName: `Nhân viên ${d + 1}`, platform: 'Android' }),
        });
        tokens.push(((await reply.json()) as { value: { token: string } }).value.token);
      }
      const dashboard = () => post(`${organizer.url}/api/getDashboard`, organizer.token, { fairId });

      const firsts: number[] = [];
      const alone: number[] = [];
      const dashboardTimes: number[] = [];
      const phones = (devices: number[], latencies: number[], dashboard?: PhonesJob['dashboard']) =>
        runPhones({ staffUrl, tokens, booths, fairId, day: DEMO_FAIR.firstDay, perDevice: PER_DEVICE, devices, dashboard }).then((r) => {
          latencies.push(...r.latencies);
          dashboardTimes.push(...r.dashboardTimes);
          if (latencies !== alone) firsts.push(...r.firsts);
        });

      const dashboardIdle = await timeMedian(5, dashboard);
      const cpuAlone = process.threadCpuUsage();
      await phones([DEVICES], alone);
      const cpuPerSaleAlone = cpuMs(process.threadCpuUsage(cpuAlone)) / PER_DEVICE;

      const loaded: number[] = [];
      // How long the main process was held by synchronous work (queries, replies): every phone waits behind it.
      const stalls = monitorEventLoopDelay({ resolution: 5 });
      stalls.enable();
      const started = performance.now();
      const cpuBefore = process.threadCpuUsage();
      await phones(
        Array.from({ length: DEVICES }, (_, d) => d),
        loaded,
        { url: `${organizer.url}/api/getDashboard`, token: organizer.token, gapMs: REFETCH_GAP_MS },
      );
      const wall = performance.now() - started;
      const cpu = process.threadCpuUsage(cpuBefore);
      stalls.disable();

      const stored = db
        .prepare("SELECT count(*) AS n, count(DISTINCT client_entry_id) AS ids FROM sale WHERE client_entry_id LIKE 'bench-%'")
        .get() as { n: number; ids: number };
      const expected = (DEVICES + 1) * PER_DEVICE;
      const note = `${DEVICES} phones × ${PER_DEVICE} sales at once, ${booths.length} booths`;
      report.add({ id: 'staff.ack.p50', value: percentile(loaded, 50), unit: 'ms', baseline: percentile(alone, 50), note });
      report.add({
        id: 'staff.ack.p99',
        value: percentile(loaded, 99),
        unit: 'ms',
        baseline: percentile(alone, 99),
        note: 'target ≤ 100 ms',
      });
      report.add({
        id: 'staff.stall.p99',
        value: stalls.percentile(99) / 1e6,
        unit: 'ms',
        note: 'main-process event-loop delay during the load',
      });
      report.add({ id: 'staff.stall.max', value: stalls.max / 1e6, unit: 'ms' });
      // What the load costs the main process, whatever else the machine runs: its thread's CPU time, per sale.
      report.add({
        id: 'staff.main.cpu.per.sale',
        value: cpuMs(cpu) / (DEVICES * PER_DEVICE),
        unit: 'ms',
        baseline: cpuPerSaleAlone,
        note: `main thread CPU during the load (the dashboard's ${dashboardTimes.length} calls included); baseline: one phone alone, no dashboard`,
      });
      // The first sale of each phone: once a disk flush per phone ("last seen"), queued behind one another.
      report.add({
        id: 'staff.ack.first.max',
        value: Math.max(...firsts),
        unit: 'ms',
        baseline: percentile(loaded, 50),
        note: 'the first sale of each of the phones at once',
      });
      report.add({ id: 'staff.throughput', value: (DEVICES * PER_DEVICE) / (wall / 1000), unit: 'sale/s' });
      report.add({ id: 'staff.lost', value: expected - stored.ids, unit: 'sales', note: 'target 0' });
      report.add({
        id: 'staff.duplicated',
        value: stored.n - stored.ids,
        unit: 'sales',
        note: 'target 0 (one entry of each phone resent)',
      });
      report.add({
        id: 'staff.dashboard.during.p99',
        value: percentile(dashboardTimes, 99),
        unit: 'ms',
        baseline: dashboardIdle,
        note: `${dashboardTimes.length} calls during the load; target ≤ 200 ms`,
      });
      report.add({ id: 'staff.dashboard.during.max', value: Math.max(...dashboardTimes), unit: 'ms', baseline: dashboardIdle });
    } finally {
      await organizer.close();
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
