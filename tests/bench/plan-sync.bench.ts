import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FEED_PATH } from '../../shared/api/feed';
import { PlanChanges, type Booth, type Plan } from '../../shared/model/plan';
import { defaults } from '../../shared/plan/records';
import { createAppCore } from '../../electron/app-core';
import { FairLibrary } from '../../electron/services/library';
import { readPlan } from '../../electron/services/plan';
import { applyPlanChanges } from '../../electron/services/planChanges';
import { startHttpServer } from '../../electron/server/http';
import { readEvents } from '../../renderer/api/feed';
import { callFresh } from './http-call';
import { median, type BenchReport } from './report';

/** The commit before compare-and-set: its applyPlanChanges is the baseline, loaded from git history. */
const BEFORE_CAS = '9ff2b1e';
const FAIR = { name: 'Bench', venue: '', organizer: '', firstDay: '2026-07-05', lastDay: '2026-07-07', notes: '' };

/** A hall of `n` booths in rows of 50. */
function hall(n: number): { area: ReturnType<typeof defaults.area>; booths: Booth[] } {
  const area = defaults.area('hall', 'Hall', 400, 1000, 0);
  const booths = Array.from({ length: n }, (_, i) =>
    defaults.booth(`b${i}`, 'hall', `A${String(i + 1).padStart(5, '0')}`, { xM: 5 + (i % 50) * 3, yM: 5 + Math.floor(i / 50) * 4 }),
  );
  return { area, booths };
}

type LegacyApply = (db: unknown, actor: string, changes: unknown) => unknown;

/** Today's function before compare-and-set, written beside the current one for the length of the run. */
async function loadLegacy(): Promise<{ apply: LegacyApply; cleanup: () => void } | null> {
  let source: string;
  try {
    source = execFileSync('git', ['show', `${BEFORE_CAS}:electron/services/planChanges.ts`], { encoding: 'utf8' });
  } catch {
    return null;
  }
  const path = resolve('electron/services/planChanges-before-cas.bench.ts');
  writeFileSync(path, source);
  const mod = (await import(path)) as { applyPlanChanges: LegacyApply };
  return { apply: mod.applyPlanChanges, cleanup: () => rmSync(path, { force: true }) };
}

/** Plan sync: compare-and-set cost of a 1,000-booth drag, and how soon a change reaches a second view. */
export const planSyncBench = {
  name: 'plansync',
  async run(report: BenchReport) {
    const dir = mkdtempSync(join(tmpdir(), 'fairfloor-bench-sync-'));
    const legacy = await loadLegacy();
    try {
      const library = new FairLibrary(dir);
      const { area, booths } = hall(1_000);
      const casDb = library.db(library.create(FAIR, 'bench').id);
      const oldDb = library.db(library.create(FAIR, 'bench').id);
      for (const db of [casDb, oldDb]) applyPlanChanges(db, 'bench', PlanChanges.parse({ added: { areas: [area], booths } }));

      // A drag of all 1,000 booths by 0.5 m, then back: each commit is one diff of 1,000 updates.
      const ROUNDS = 15;
      const cas: number[] = [];
      const old: number[] = [];
      let current = booths;
      for (let r = 0; r < ROUNDS; r++) {
        const dx = r % 2 === 0 ? 0.5 : -0.5;
        const next = current.map((b) => ({ ...b, xM: b.xM + dx }));
        const casInput = PlanChanges.parse({ updated: { booths: current.map((from, i) => ({ from, to: next[i]! })) }, action: 'move' });
        let t = performance.now();
        applyPlanChanges(casDb, 'bench', casInput);
        cas.push(performance.now() - t);
        if (legacy) {
          const oldInput = {
            added: { areas: [], zones: [], booths: [], features: [] },
            updated: { areas: [], zones: [], booths: next, features: [] },
            removed: { areas: [], zones: [], booths: [], features: [] },
            action: 'move',
          };
          t = performance.now();
          legacy.apply(oldDb, 'bench', oldInput);
          old.push(performance.now() - t);
        }
        current = next;
      }
      report.add({
        id: 'plan.cas_commit_1000_booths',
        value: median(cas),
        unit: 'ms',
        ...(legacy ? { baseline: median(old) } : {}),
        note: `compare-and-set applyPlanChanges; baseline: applyPlanChanges before compare-and-set (${BEFORE_CAS}); target ratio ≤ 1.2`,
      });
      library.closeAll();

      // A second view at 10,000 booths: hears the change on the feed, then reads the plan afresh.
      const core = createAppCore({ dataDir: join(dir, 'app'), mode: 'browser', version: 'bench' });
      const server = await startHttpServer({ dispatch: core.dispatch, feed: core.feed });
      const big = hall(10_000);
      const created = await core.dispatch('createFair', FAIR);
      if (!created.ok) throw new Error('no fair');
      const fairId = (created.value as { id: string }).id;
      applyPlanChanges(core.ctx.library.db(fairId), 'bench', PlanChanges.parse({ added: { areas: [big.area], booths: big.booths } }));
      const call = async (method: string, body: unknown) =>
        (await (
          await fetch(`${server.url}/api/${method}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
            body: JSON.stringify(body),
          })
        ).json()) as { ok: boolean; value: unknown };
      const abort = new AbortController();
      const stream = await fetch(`${server.url}${FEED_PATH}`, {
        headers: { Authorization: `Bearer ${server.token}` },
        signal: abort.signal,
      });
      const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
      await reader.read();
      let buffer = '';
      const nextChange = async () => {
        for (;;) {
          let got = false;
          const { value, done } = await reader.read();
          if (done) throw new Error('feed closed');
          buffer = readEvents(buffer + value, () => (got = true));
          if (got) return;
        }
      };
      const reach: number[] = [];
      const readOnly: number[] = [];
      let booth = readPlan(core.ctx.library.db(fairId)).booths.find((b) => b.id === 'b0')!;
      for (let r = 0; r < 7; r++) {
        const to = { ...booth, yM: booth.yM === 5 ? 6 : 5 };
        const start = performance.now();
        const heard = nextChange();
        const write = call('applyPlanChanges', { fairId, updated: { booths: [{ from: booth, to }] }, action: 'move' });
        await heard;
        const plan = (await call('getPlan', { fairId })).value as Plan;
        reach.push(performance.now() - start);
        if (plan.booths.find((b) => b.id === 'b0')?.yM !== to.yM) throw new Error('the second view read an old plan');
        await write;
        booth = to;
        const t = performance.now();
        await call('getPlan', { fairId });
        readOnly.push(performance.now() - t);
      }
      abort.abort();

      // Saving 20,000 booths in one plan change (select all, move) over HTTP, as the editor sends it,
      // beside SQLite writing the same rows by id in one transaction; the server's memory after.
      // Rows of 100 (a hall of 50 a row would run past the area's 1,000 m).
      const huge = {
        area: defaults.area('hall', 'Hall', 400, 1000, 0),
        booths: Array.from({ length: 20_000 }, (_, i) =>
          defaults.booth(`b${i}`, 'hall', `A${String(i + 1).padStart(5, '0')}`, { xM: 5 + (i % 100) * 3, yM: 5 + Math.floor(i / 100) * 4 }),
        ),
      };
      const hugeFair = await core.dispatch('createFair', FAIR);
      if (!hugeFair.ok) throw new Error('no fair');
      const hugeId = (hugeFair.value as { id: string }).id;
      const hugeDb = core.ctx.library.db(hugeId);
      applyPlanChanges(hugeDb, 'bench', PlanChanges.parse({ added: { areas: [huge.area], booths: huge.booths } }));
      // A connection of its own per call: filling the fair takes longer than the server keeps an idle socket.
      const freshCall = (method: string, input: unknown) => callFresh(server, method, input);
      const saves: number[] = [];
      const raws: number[] = [];
      const reads: number[] = [];
      let hugeBooths = readPlan(hugeDb).booths;
      const rawMove = hugeDb.prepare('UPDATE booth SET x_m = ?, y_m = ? WHERE id = ?');
      const rssBefore = process.memoryUsage().rss;
      for (let r = 0; r < 3; r++) {
        const next = hugeBooths.map((b) => ({ ...b, xM: b.xM + (r % 2 ? -1 : 1) }));
        const t0 = performance.now();
        await freshCall('applyPlanChanges', {
          fairId: hugeId,
          updated: { booths: hugeBooths.map((from, i) => ({ from, to: next[i] })) },
          action: 'move',
        });
        saves.push(performance.now() - t0);
        hugeBooths = next;
        const t1 = performance.now();
        hugeDb.transaction(() => {
          for (const b of hugeBooths) rawMove.run(b.xM, b.yM, b.id);
        })();
        raws.push(performance.now() - t1);
        const t2 = performance.now();
        await freshCall('getPlan', { fairId: hugeId });
        reads.push(performance.now() - t2);
      }
      report.add({
        id: 'plan.save_20000_booths_http',
        value: median(saves),
        unit: 'ms',
        baseline: median(raws),
        note: `one plan change moving 20,000 booths over HTTP (compare-and-set, audit); baseline: SQLite updating the same rows by id; the bench's process (server and caller) RSS ${Math.round(rssBefore / 1e6)} MB before the saves, ${Math.round(process.memoryUsage().rss / 1e6)} MB after; target ≤ 1000 ms`,
      });
      report.add({ id: 'plan.get_plan_20000_booths_http', value: median(reads), unit: 'ms', note: 'reading the plan as a view opens it' });
      report.add({
        id: 'plan.change_reaches_second_view_10k',
        value: median(reach),
        unit: 'ms',
        baseline: median(readOnly),
        note: 'write → feed event → getPlan of 10,000 booths parsed, over HTTP; baseline: the getPlan alone; target ≤ 1000 ms',
      });
      await server.close();
      core.close();
    } finally {
      legacy?.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
