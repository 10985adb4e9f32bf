import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Allocation } from '../../../../shared/model/exhibitor';
import type { Booth } from '../../../../shared/model/plan';
import { formatMetres } from '../canvas/measure';

/**
 * What the plan says about a booth beyond its shape: the exhibitor's name (searched by Ctrl+F)
 * and the hover tooltip's lines (whole number, size, exhibitor, status). The editor and the
 * allocation map share it.
 */
export function useBoothInfo(allocations: readonly Allocation[] | undefined) {
  const { t } = useTranslation(['exhibitors', 'planTools']);
  const byBooth = useMemo(() => new Map((allocations ?? []).map((a) => [a.boothId, a])), [allocations]);
  const names = useMemo(() => new Map([...byBooth].map(([id, a]) => [id, a.exhibitorName])), [byBooth]);
  const tooltip = useCallback(
    (b: Booth) => {
      const a = byBooth.get(b.id);
      const size = `${formatMetres(b.widthM)} × ${formatMetres(b.depthM)} m`;
      const lines = [`${b.number} · ${size}`];
      if (a) lines.push(a.exhibitorName, t(`exhibitors:status.${a.status}`));
      else if (b.kind !== 'non_sellable') lines.push(t('planTools:tooltip.free'));
      return lines.join('\n');
    },
    [byBooth, t],
  );
  return { names, tooltip };
}
