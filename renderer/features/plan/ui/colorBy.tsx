import { useMemo } from 'react';
import { useWords } from './useWords';
import type { Booth, BoothKind, BoothStatus, BoothType, Zone } from '../../../../shared/model/plan';
import { NEUTRAL_BOOTH, tint } from '../canvas/colors';
import { BOOTH_TYPE_COLOURS } from '../../../../shared/plan/boothType';
import { boothType } from '../editor/boothTypes';

export type ColorBy = 'zone' | 'type' | 'kind' | 'status';

// The printed map by type wears the same colours.
const TYPE_COLOURS = BOOTH_TYPE_COLOURS;
const STATUS_COLOURS: Record<BoothStatus, string> = {
  free: '#ffffff',
  held: '#fff3bf',
  reserved: '#ffd8a8',
  confirmed: '#a5d8ff',
  paid: '#b2f2bb',
};
const KIND_COLOURS: Record<BoothKind, string> = {
  standard: '#e9ecef',
  food: '#fcc2d7',
  zero_dong: '#b2f2bb',
  sponsor: '#ffe066',
  non_sellable: '#ced4da',
};

/** "Colour by type": the plan core's type of each booth (override first), in the colours print uses too. */
export const fillByType = (derived: ReadonlyMap<string, BoothType>) => (b: Booth) => TYPE_COLOURS[boothType(b, derived)];

/** The booth colour function and the legend entries of a colouring. */
export function useColoring(
  by: ColorBy,
  zones: readonly Zone[],
  derived: ReadonlyMap<string, BoothType>,
  statuses: ReadonlyMap<string, BoothStatus>,
) {
  const t = useWords('plan');
  return useMemo(() => {
    if (by === 'status') {
      return {
        fill: (b: Booth) => STATUS_COLOURS[statuses.get(b.id) ?? 'free'],
        legend: Object.entries(STATUS_COLOURS).map(([k, c]) => ({ label: t(`statuses.${k as BoothStatus}`), colour: c })),
      };
    }
    if (by === 'type') {
      return {
        fill: fillByType(derived),
        legend: Object.entries(TYPE_COLOURS).map(([k, c]) => ({ label: t(`types.${k as BoothType}`), colour: c })),
      };
    }
    if (by === 'kind') {
      return {
        fill: (b: Booth) => KIND_COLOURS[b.kind],
        legend: Object.entries(KIND_COLOURS).map(([k, c]) => ({ label: t(`kinds.${k as BoothKind}`), colour: c })),
      };
    }
    const byZone = new Map(zones.map((z) => [z.id, tint(z.color)]));
    return {
      fill: (b: Booth) => (b.zoneId ? byZone.get(b.zoneId) : undefined) ?? NEUTRAL_BOOTH,
      legend: [...zones.map((z) => ({ label: z.name, colour: tint(z.color) })), { label: t('colorBy.none'), colour: NEUTRAL_BOOTH }],
    };
  }, [by, zones, derived, statuses, t]);
}

export function Legend({ entries }: { entries: { label: string; colour: string }[] }) {
  return (
    <ul className="plan-legend">
      {entries.map((e) => (
        <li key={e.label}>
          <span className="plan-swatch" style={{ background: e.colour }} />
          {e.label}
        </li>
      ))}
    </ul>
  );
}
