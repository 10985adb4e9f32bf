import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Allocation, Exhibitor } from '../../../../shared/model/exhibitor';
import { foldText } from '../../../../shared/fold';
import type { Booth } from '../../../../shared/model/plan';
import { formatMetres } from '../canvas/measure';

/**
 * What the plan says about a booth beyond its shape: the exhibitor's name (searched by Ctrl+F)
 * and the hover tooltip's lines (whole number, size, exhibitor, status). The editor and the
 * allocation map share it.
 */
export function useBoothInfo(allocations: readonly Allocation[] | undefined, exhibitors: readonly Exhibitor[] | undefined) {
  const { t } = useTranslation(['exhibitors', 'planTools']);
  const byBooth = useMemo(() => new Map((allocations ?? []).map((a) => [a.boothId, a])), [allocations]);
  // The legal name in full, with the short name the map prints when it says something more.
  const names = useMemo(() => {
    const legal = new Map((exhibitors ?? []).map((e) => [e.id, e.legalName]));
    return new Map(
      [...byBooth].map(([id, a]) => {
        const full = legal.get(a.exhibitorId) ?? a.exhibitorName;
        return [id, foldText(full).includes(foldText(a.exhibitorName)) ? full : `${full} (${a.exhibitorName})`];
      }),
    );
  }, [byBooth, exhibitors]);
  const tooltip = useCallback(
    (b: Booth) => {
      const a = byBooth.get(b.id);
      const size = `${formatMetres(b.widthM)} × ${formatMetres(b.depthM)} m`;
      const lines = [`${b.number} · ${size}`];
      if (a) lines.push(names.get(b.id) ?? a.exhibitorName, t(`exhibitors:status.${a.status}`));
      else if (b.kind !== 'non_sellable') lines.push(t('planTools:tooltip.free'));
      return lines.join('\n');
    },
    [byBooth, names, t],
  );
  return { names, tooltip };
}
