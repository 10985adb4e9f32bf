import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { coalescedRefetch } from '../../../renderer/api/refetch';

/** A query whose fetches the test answers one by one, watched as an open screen watches it. */
function dashboardQuery() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 } } });
  const answers: ((value: number) => void)[] = [];
  let fetches = 0;
  const observer = new QueryObserver(client, {
    queryKey: ['reports', 'fair-1', 'dashboard'],
    queryFn: () => {
      fetches += 1;
      return new Promise<number>((resolve) => answers.push(resolve));
    },
  });
  const stop = observer.subscribe(() => {});
  return {
    client,
    fetches: () => fetches,
    /** Answers the oldest fetch still waiting. */
    answer: async (value: number) => {
      answers.shift()!(value);
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    data: () => client.getQueryData<number>(['reports', 'fair-1', 'dashboard']),
    stop: () => {
      stop();
      client.clear();
    },
  };
}

describe('refetches on the change feed', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('keeps one fetch in flight and one waiting, however many announcements arrive meanwhile', async () => {
    const q = dashboardQuery();
    stop = q.stop;
    await q.answer(1); // the screen's first read
    expect(q.fetches()).toBe(1);
    const refetch = coalescedRefetch(q.client, { gapMs: 0 });
    for (let i = 0; i < 10; i++) refetch(['reports', 'fair-1']);
    expect(q.fetches()).toBe(2);
    await q.answer(2);
    // The writes announced during that fetch may not be in it: exactly one more.
    expect(q.fetches()).toBe(3);
    await q.answer(3);
    expect(q.fetches()).toBe(3);
    expect(q.data()).toBe(3);
    // Quiet again: the next announcement fetches at once.
    refetch(['reports', 'fair-1']);
    expect(q.fetches()).toBe(4);
    await q.answer(4);
    expect(q.data()).toBe(4);
  });

  it('fetches once more after a fetch that was already running when the write was announced', async () => {
    const q = dashboardQuery();
    stop = q.stop;
    expect(q.fetches()).toBe(1); // the screen's first read, still running
    coalescedRefetch(q.client, { gapMs: 0 })(['reports', 'fair-1']);
    await q.answer(1);
    expect(q.fetches()).toBe(2);
    await q.answer(2);
    expect(q.data()).toBe(2);
    expect(q.fetches()).toBe(2);
  });

  it('starts the waiting fetch no sooner than the gap after the one before it; after a quiet spell, at once', async () => {
    const q = dashboardQuery();
    stop = q.stop;
    await q.answer(1);
    const gapMs = 200;
    const refetch = coalescedRefetch(q.client, { gapMs });
    const starts: number[] = [];
    const fetchedBy = (n: number) => expect.poll(q.fetches, { timeout: 10_000 }).toBe(n);
    refetch(['reports', 'fair-1']);
    expect(q.fetches()).toBe(2);
    starts.push(performance.now());
    refetch(['reports', 'fair-1']);
    await q.answer(2); // answered at once: the waiting fetch still waits for the gap
    expect(q.fetches()).toBe(2);
    await fetchedBy(3);
    starts.push(performance.now());
    // Timers may round a millisecond down; the gap is what matters, not its exact end.
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(gapMs - 2);
    await q.answer(3);
    await new Promise((resolve) => setTimeout(resolve, gapMs + 20));
    refetch(['reports', 'fair-1']);
    expect(q.fetches()).toBe(4);
    await q.answer(4);
    expect(q.data()).toBe(4);
  });
});
