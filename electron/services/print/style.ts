import type { ColorBy, MapVariant } from '../../../shared/model/print';
import type { Booth, BoothType, Zone } from '../../../shared/model/plan';
import { BOOTH_TYPE_COLOURS } from '../../../shared/plan/boothType';
import type { AllocationStatus, BoothHolder } from './data';
import type { LabelKey, Labels } from './labels';

export interface BoothStyle {
  fill: string;
  stroke: string;
  lineWidth: number;
  /** Free booths on the organizer map wear a dashed border on top of their colour. */
  dashed: boolean;
  textColor: string;
}

export interface LegendEntry {
  label: string;
  fill: string;
  stroke: string;
  dashed?: boolean;
}

/** How a map colours its booths: who it is for decides what it may reveal. */
export interface MapStyle {
  variant: MapVariant;
  colorBy: ColorBy;
  zones: Map<string, Zone>;
  /** Exhibitor sheets: the booths of this exhibitor stand out, the rest fade. */
  highlightExhibitorId: string | null;
  /** Each booth's type from the plan core (overrides applied): the same answer as the editor and pricing. */
  types: ReadonlyMap<string, BoothType>;
}

const TYPE_KEYS: BoothType[] = ['inline', 'corner', 'peninsula', 'island'];
export const usesType = (style: MapStyle) => style.variant === 'organizer' && style.colorBy === 'type';

const STATUS_FILL: Record<AllocationStatus | 'free', string> = {
  free: '#fff3bf',
  held: '#ffe8cc',
  reserved: '#d0ebff',
  confirmed: '#d3f9d8',
  paid: '#8ce99a',
};
const STATUS_KEYS: (AllocationStatus | 'free')[] = ['free', 'held', 'reserved', 'confirmed', 'paid'];
const NOT_FOR_SALE = '#dee2e6';
const NO_ZONE = '#adb5bd';
const INK = '#212529';

/** Zone colours are strong; booths print them washed out so black text stays readable. */
export function tint(hex: string, amount: number): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return '#f1f3f5';
  const n = Number.parseInt(m[1]!, 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const [r, g, b] = [mix((n >> 16) & 255), mix((n >> 8) & 255), mix(n & 255)];
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

export const safeColor = (hex: string) => (/^#[0-9a-f]{6}$/i.test(hex.trim()) ? hex.trim() : NO_ZONE);

export const usesStatus = (style: MapStyle) => style.variant === 'organizer' && style.colorBy === 'status';

export function boothStyle(style: MapStyle, booth: Booth, holder: BoothHolder | undefined): BoothStyle {
  if (style.highlightExhibitorId) {
    const mine = holder?.exhibitor.id === style.highlightExhibitorId;
    return mine
      ? { fill: '#ffd43b', stroke: '#c92a2a', lineWidth: 2, dashed: false, textColor: INK }
      : { fill: '#f8f9fa', stroke: '#adb5bd', lineWidth: 0.5, dashed: false, textColor: '#868e96' };
  }
  const sellable = booth.kind !== 'non_sellable';
  if (!sellable) return { fill: NOT_FOR_SALE, stroke: '#868e96', lineWidth: 0.5, dashed: false, textColor: INK };
  const free = !holder;
  const organizer = style.variant === 'organizer';
  if (usesStatus(style)) {
    return {
      fill: STATUS_FILL[holder?.status ?? 'free'],
      stroke: free ? '#e67700' : '#495057',
      lineWidth: free ? 1.5 : 0.6,
      dashed: free,
      textColor: INK,
    };
  }
  if (usesType(style)) {
    const type = style.types.get(booth.id) ?? 'island';
    return {
      fill: BOOTH_TYPE_COLOURS[type],
      stroke: free ? '#e67700' : '#495057',
      lineWidth: free ? 1.5 : 0.6,
      dashed: free,
      textColor: INK,
    };
  }
  const zone = booth.zoneId ? style.zones.get(booth.zoneId) : undefined;
  const color = safeColor(zone?.color ?? NO_ZONE);
  return {
    fill: organizer && free ? '#ffffff' : tint(color, 0.7),
    stroke: organizer && free ? '#e67700' : color,
    lineWidth: organizer && free ? 1.5 : 0.8,
    dashed: organizer && free,
    textColor: INK,
  };
}

/** The legend matches what the booths show: zones, statuses, or the exhibitor's own booths. */
export function legendEntries(style: MapStyle, t: Labels, zonesShown: Zone[], hasNoZone: boolean, hasNotForSale: boolean): LegendEntry[] {
  const entries: LegendEntry[] = [];
  if (style.highlightExhibitorId) {
    entries.push(
      { label: t('yourBooths'), fill: '#ffd43b', stroke: '#c92a2a' },
      { label: t('otherBooths'), fill: '#f8f9fa', stroke: '#adb5bd' },
    );
    return entries;
  }
  if (usesStatus(style)) {
    for (const s of STATUS_KEYS)
      entries.push({ label: t(s as LabelKey), fill: STATUS_FILL[s], stroke: s === 'free' ? '#e67700' : '#495057', dashed: s === 'free' });
  } else if (usesType(style)) {
    for (const k of TYPE_KEYS) entries.push({ label: t(k), fill: BOOTH_TYPE_COLOURS[k], stroke: '#495057' });
    entries.push({ label: t('freeHighlighted'), fill: '#ffffff', stroke: '#e67700', dashed: true });
  } else {
    for (const z of zonesShown) entries.push({ label: z.name, fill: tint(safeColor(z.color), 0.7), stroke: safeColor(z.color) });
    if (hasNoZone) entries.push({ label: t('noZone'), fill: tint(NO_ZONE, 0.7), stroke: NO_ZONE });
    if (style.variant === 'organizer') entries.push({ label: t('freeHighlighted'), fill: '#ffffff', stroke: '#e67700', dashed: true });
  }
  if (hasNotForSale) entries.push({ label: t('notForSale'), fill: NOT_FOR_SALE, stroke: '#868e96' });
  return entries;
}
