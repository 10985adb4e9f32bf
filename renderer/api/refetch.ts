import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * The least time between the starts of two refetches of one query: four a second at most is still
 * "live" to a person watching the dashboard, while twenty phones recording at once announce sales
 * dozens of times a second. Refetching at that rate had the main process build dashboards back to
 * back, and every phone's sale waited behind them (ack p99 ≈ 100 ms against ≈ 70 ms with the gap).
 */
export const REFETCH_GAP_MS = 250;

/**
 * Refetches a query with at most one fetch in flight and one waiting, the waiting one starting no
 * sooner than `gapMs` after the previous one started. The first announcement after a quiet spell
 * fetches at once. Restarting the dashboard's fetch on each announcement (what `invalidateQueries`
 * does by default) would have the main process build it again and again for answers thrown away.
 */
export function coalescedRefetch(queryClient: QueryClient, { gapMs = REFETCH_GAP_MS } = {}): (queryKey: QueryKey) => void {
  /** Queries with a fetch running or about to start. */
  const busy = new Set<string>();
  const again = new Set<string>();
  const started = new Map<string, number>();
  const refetch = (queryKey: QueryKey, joined = false): void => {
    const id = hashKey(queryKey);
    if (busy.has(id)) return void again.add(id);
    // A fetch already running (a screen just opened) may have read before this write: fetch once more after it.
    if (!joined && queryClient.isFetching({ queryKey }) > 0) again.add(id);
    busy.add(id);
    const start = () => {
      started.set(id, performance.now());
      void queryClient.invalidateQueries({ queryKey }, { cancelRefetch: false }).finally(() => {
        busy.delete(id);
        if (again.delete(id)) refetch(queryKey, true);
      });
    };
    const wait = (started.get(id) ?? -Infinity) + gapMs - performance.now();
    if (wait > 0) setTimeout(start, wait);
    else start();
  };
  return (queryKey) => refetch(queryKey);
}
