import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../shared/dates';
import type { Allocation } from '../../../shared/model/exhibitor';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { useNotices } from '../../ui/notices';
import { useRefresh } from './data';

/** The map's gestures as named actions: each calls the API, says what happened, and reloads. */
export function useAllocationActions(fairId: string) {
  const { t } = useTranslation('exhibitors');
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const refresh = useRefresh(fairId);
  // The last gesture's reverse: Ctrl+Z (or the Undo button) puts the booths back.
  const [undo, setUndo] = useState<(() => Promise<unknown>) | null>(null);
  const run = useCallback(
    async <T>(work: () => Promise<T>, say: (result: T) => string, reverse?: (result: T) => () => Promise<unknown>) => {
      try {
        const result = await work();
        notices.info(say(result));
        setUndo(reverse ? () => reverse(result) : null);
      } catch (error) {
        notices.error(error);
      } finally {
        await refresh();
      }
    },
    [notices, refresh],
  );
  const heldText = (a: Allocation) =>
    t('map.held', { name: a.exhibitorName, booth: a.boothNumber, day: a.holdExpiresOn ? formatDay(a.holdExpiresOn, language) : '' });
  const cancel = (a: Allocation) => () => api.setAllocationStatus({ fairId, allocationId: a.id, status: 'cancelled' });
  return {
    canUndo: undo !== null,
    undo: () => {
      if (!undo) return;
      setUndo(null);
      void run(undo, () => t('map.undone'));
    },
    allocate: (boothId: string, exhibitorId: string) => run(() => api.allocateBooth({ fairId, boothId, exhibitorId }), heldText, cancel),
    replace: (boothId: string, exhibitorId: string) => run(() => api.replaceAllocation({ fairId, boothId, exhibitorId }), heldText),
    move: (fromBoothId: string, toBoothId: string, replace = false) =>
      run(
        () => api.moveAllocation({ fairId, fromBoothId, toBoothId, replace }),
        (a) => t('map.moved', { booth: a.boothNumber }),
        replace ? undefined : () => () => api.moveAllocation({ fairId, fromBoothId: toBoothId, toBoothId: fromBoothId }),
      ),
    swap: (boothA: string, boothB: string) =>
      run(
        () => api.swapAllocations({ fairId, boothA, boothB }),
        () => t('map.swapped'),
        () => () => api.swapAllocations({ fairId, boothA, boothB }),
      ),
  };
}
