import { useCallback } from 'react';
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
  const run = useCallback(
    async <T>(work: () => Promise<T>, say: (result: T) => string) => {
      try {
        const result = await work();
        notices.info(say(result));
      } catch (error) {
        notices.error(error);
      } finally {
        await refresh();
      }
    },
    [notices, refresh],
  );
  const heldText = (a: Allocation) => t('map.held', { name: a.exhibitorName, booth: a.boothNumber, day: a.holdExpiresOn ? formatDay(a.holdExpiresOn, language) : '' });
  return {
    allocate: (boothId: string, exhibitorId: string) => run(() => api.allocateBooth({ fairId, boothId, exhibitorId }), heldText),
    replace: (boothId: string, exhibitorId: string) => run(() => api.replaceAllocation({ fairId, boothId, exhibitorId }), heldText),
    move: (fromBoothId: string, toBoothId: string, replace = false) => run(() => api.moveAllocation({ fairId, fromBoothId, toBoothId, replace }), (a) => t('map.moved', { booth: a.boothNumber })),
    swap: (boothA: string, boothB: string) => run(() => api.swapAllocations({ fairId, boothA, boothB }), () => t('map.swapped')),
  };
}
