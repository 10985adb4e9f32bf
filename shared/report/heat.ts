import type { BoothRevenue } from '../model/sales-dashboard';

/**
 * The revenue heat map's colour rule, shared by the screen and the printed page so that a booth
 * wears the same colour on both and the legends state the same ranges.
 */
export type HeatMetric = 'revenue' | 'revenuePerM2';

/** Five steps from pale to deep: discrete, so the legend states exactly what each colour means. */
export const HEAT_COLORS = ['#fff3bf', '#ffd43b', '#fd7e14', '#e8590c', '#c92a2a'] as const;
export const NO_SALES_COLOR = '#f1f3f5';
export const NOT_SELLABLE_COLOR = '#ced4da';

export interface HeatScale {
  max: number;
  /** Upper bound of each step, in the metric's unit (whole đồng or đồng/m²), inclusive. */
  steps: number[];
  /** Each step's range, inclusive at both ends: what the legend prints. */
  ranges: { from: number; to: number }[];
  /** The step a value falls in, or -1 for nothing recorded. */
  classOf: (value: number) => number;
  color: (value: number) => string;
}

/** Equal steps up to the best booth; zero stays grey so "nothing recorded" stands out. */
export function heatScale(values: readonly number[]): HeatScale {
  const max = Math.max(0, ...values);
  const n = HEAT_COLORS.length;
  // Whole numbers throughout: a booth on a boundary falls in the same step on screen, on paper and in the legend.
  const steps = HEAT_COLORS.map((_c, i) => Math.floor((max * (i + 1)) / n));
  const ranges = steps.map((to, i) => ({ from: i === 0 ? 1 : steps[i - 1]! + 1, to }));
  const classOf = (value: number) => {
    if (value <= 0 || max <= 0) return -1;
    return Math.max(0, Math.min(n - 1, Math.ceil((value * n) / max) - 1));
  };
  const color = (value: number) => {
    const i = classOf(value);
    return i < 0 ? NO_SALES_COLOR : HEAT_COLORS[i]!;
  };
  return { max, steps, ranges, classOf, color };
}

export const metricOf = (b: BoothRevenue, metric: HeatMetric) => (metric === 'revenue' ? b.revenue : b.revenuePerM2);

/** The scale of a dashboard's sellable booths: what both the screen and the printed page colour by. */
export const boothHeatScale = (booths: readonly BoothRevenue[], metric: HeatMetric) =>
  heatScale(booths.filter((b) => b.kind !== 'non_sellable').map((b) => metricOf(b, metric)));

/** A booth-sized label: `14,2tr`, `850k` (Vietnamese), `14.2M`, `850k` (English). */
export function compactDong(value: number, language: 'vi' | 'en'): string {
  const [million, decimal] = language === 'vi' ? ['tr', ','] : ['M', '.'];
  if (value >= 1_000_000)
    return `${(value / 1_000_000)
      .toFixed(value >= 100_000_000 ? 0 : 1)
      .replace('.', decimal)
      .replace(/[.,]0$/, '')}${million}`;
  if (value >= 1_000) return `${Math.round(value / 1_000)}k`;
  return String(value);
}
