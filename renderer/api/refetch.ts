import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * Refetches a query with at most one fetch in flight and one waiting. On a fair evening the phones'
 * sales are announced many times a second; restarting the dashboard's fetch on each one (what
 * `invalidateQueries` does by default) would have the main process build it again and again for
 * answers thrown away, while the phones wait behind it.
 */
export function coalescedRefetch(queryClient: QueryClient): (queryKey: QueryKey) => void {
  const inFlight = new Set<string>();
  const again = new Set<string>();
  const refetch = (queryKey: QueryKey, joined = false): void => {
    const id = hashKey(queryKey);
    if (inFlight.has(id)) return void again.add(id);
    // A fetch already running (a screen just opened) may have read before this write: fetch once more after it.
    if (!joined && queryClient.isFetching({ queryKey }) > 0) again.add(id);
    inFlight.add(id);
    void queryClient.invalidateQueries({ queryKey }, { cancelRefetch: false }).finally(() => {
      inFlight.delete(id);
      if (again.delete(id)) refetch(queryKey, true);
    });
  };
  return (queryKey) => refetch(queryKey);
}
