import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ChangeTopic, FairChange } from '../../shared/api/feed';
import { coalescedRefetch } from '../api/refetch';
import { exhibitorsKey } from '../features/exhibitors/data';
import { fairKey, FAIRS_KEY } from '../features/library/keys';
import { backgroundKey, planKey, statusesKey } from '../features/plan/keys';
import { printChoicesKey } from '../features/print/keys';
import { reportKeys, salesKeys } from '../features/sales/keys';
import { staffKeys } from '../features/staff/keys';
import { SETTINGS_KEY } from './AppSettingsDialog';

/** The queries each topic of the feed covers: the one place where announcements meet query keys. */
export function topicKeys(topic: ChangeTopic, fairId: string | null): QueryKey[] {
  if (topic === 'library') return [FAIRS_KEY];
  if (topic === 'settings') return [SETTINGS_KEY];
  if (topic === 'staff') return fairId ? [staffKeys.status, staffKeys.devices(fairId)] : [staffKeys.status];
  if (!fairId) return [];
  switch (topic) {
    case 'fair':
      return [fairKey(fairId)];
    case 'plan':
      return [planKey(fairId)];
    case 'background':
      return [backgroundKey(fairId)];
    case 'statuses':
      return [statusesKey(fairId)];
    case 'exhibitors':
      return [exhibitorsKey(fairId)];
    case 'sales':
      // A phone's entries count in the staff panel's "entries today".
      return [salesKeys.all(fairId), staffKeys.devices(fairId)];
    case 'reports':
      return [reportKeys.all(fairId)];
    case 'print':
      return [printChoicesKey(fairId)];
  }
}

/** Announcements arriving together (a burst of writes) refetch once. */
const GATHER_MS = 40;

/**
 * Turns the change feed into refetches: every open screen shows another window's (or another
 * device's) writes within a second, with no timer polling. Mounted once, at the top of the app.
 */
export function useChangeFeed(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const waiting = new Map<string | null, Set<ChangeTopic>>();
    const known = new Set<string | null>();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refetch = coalescedRefetch(queryClient);
    const flush = () => {
      timer = null;
      for (const [fairId, topics] of waiting)
        for (const topic of topics) for (const queryKey of topicKeys(topic, fairId)) refetch(queryKey);
      waiting.clear();
    };
    const gather = (change: Pick<FairChange, 'fairId' | 'topics'>) => {
      known.add(change.fairId);
      const topics = waiting.get(change.fairId) ?? new Set();
      for (const t of change.topics) topics.add(t);
      waiting.set(change.fairId, topics);
      timer ??= setTimeout(flush, GATHER_MS);
    };
    // The feed's reader (and the schema that checks each announcement) loads after the first screen shows.
    let stop: (() => void) | null = null;
    let unmounted = false;
    void import('../api/feed').then(({ subscribeFeed, ALL_TOPICS }) => {
      if (unmounted) return;
      stop = subscribeFeed({
        onChange: gather,
        // After a break, anything may have changed in any fair this window has heard of.
        onReconnect: () => {
          for (const fairId of new Set([
            ...known,
            ...openFairIds(
              queryClient
                .getQueryCache()
                .getAll()
                .map((q) => q.queryKey),
            ),
          ]))
            gather({ fairId, topics: [...ALL_TOPICS] });
        },
      });
    });
    return () => {
      unmounted = true;
      stop?.();
    };
  }, [queryClient]);
}

/** The fairs whose data sits in the cache: the second element of their keys. */
function openFairIds(keys: QueryKey[]): string[] {
  return keys.flatMap((k) => (k[0] === 'plan' || k[0] === 'fair' ? [String(k[1])] : []));
}
