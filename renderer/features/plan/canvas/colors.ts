import type { Booth, FeatureKind, Plan } from '../../../../shared/model/plan';

export const NEUTRAL_BOOTH = '#e9ecef';
export const BOOTH_STROKE = '#495057';
export const HIGHLIGHT_STROKE = '#1864ab';

/** A light tint of a `#rrggbb` colour, so black labels stay readable on zone colours. */
export function tint(hex: string, amount = 0.62): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return NEUTRAL_BOOTH;
  const n = Number.parseInt(m[1]!, 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const [r, g, b] = [mix((n >> 16) & 255), mix((n >> 8) & 255), mix(n & 255)];
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

/** The default booth colour: its zone's, tinted, or neutral. */
export function zoneFill(plan: Pick<Plan, 'zones'>): (booth: Booth) => string {
  const byZone = new Map(plan.zones.map((z) => [z.id, tint(z.color)]));
  return (booth) => (booth.zoneId ? byZone.get(booth.zoneId) : undefined) ?? NEUTRAL_BOOTH;
}

/** How each non-booth feature is drawn: fill, outline, and whether its outline is dashed. */
export const FEATURE_STYLE: Record<FeatureKind, { fill: string; stroke: string; dash?: boolean }> = {
  wall: { fill: '#495057', stroke: '#343a40' },
  aisle: { fill: '#f8f9fa', stroke: '#ced4da', dash: true },
  entrance: { fill: '#d3f9d8', stroke: '#2b8a3e' },
  exit: { fill: '#ffe3e3', stroke: '#c92a2a' },
  stage: { fill: '#e5dbff', stroke: '#6741d9' },
  info_desk: { fill: '#d0ebff', stroke: '#1864ab' },
  pillar: { fill: '#868e96', stroke: '#495057' },
  restroom: { fill: '#c5f6fa', stroke: '#0c8599' },
  label: { fill: 'transparent', stroke: 'transparent' },
};
