import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApi } from '../../api/client';
import { parseRoute } from '../../app/route';
import { planQuery } from './keys';

/**
 * Starts reading a fair's plan the moment the fair is opened (the address changes, or the app starts
 * on a fair's plan), while the workspace's code is still on its way: the server reads and sends the
 * plan meanwhile instead of after it. The plan screen then finds it in the query cache (or in flight)
 * under the same key. The plan screen's own code is asked for at the same moment, beside the
 * workspace's rather than after it (the same module: the workspace's load then finds it here).
 */
export function usePlanReadAhead(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    const ahead = () => {
      const route = parseRoute(window.location.hash);
      if (route.screen !== 'fair' || route.section !== 'plan') return;
      void queryClient.prefetchQuery(planQuery(api, route.fairId));
      void import('./PlanScreen').catch(() => {}); // a failed load is shown by the workspace, which asks again
    };
    ahead();
    window.addEventListener('hashchange', ahead);
    return () => window.removeEventListener('hashchange', ahead);
  }, [api, queryClient]);
}
