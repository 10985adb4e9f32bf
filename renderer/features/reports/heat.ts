import type { BoothRevenue } from '../../../shared/model/sales-dashboard';

export type HeatMetric = 'revenue' | 'revenuePerM2';

/** Five steps from pale to deep: discrete, so the legend states exactly what each colour means. */
export const HEAT_COLORS = ['#fff3bf', '#ffd43b', '#fd7e14', '#e8590c', '#c92a2a'] as const;
export const NO_SALES_COLOR = '#f1f3f5';
export const NOT_SELLABLE_COLOR = '#ced4da';

export interface HeatScale {
  max: number;
  /** Upper bound of each step, in the metric's unit (đồng or đồng/m²). */
  steps: number[];
  color: (value: number) => string;
}

/** Equal steps up to the best booth; zero stays grey so "nothing recorded" stands out. */
export function heatScale(values: readonly number[]): HeatScale {
  const max = Math.max(0, ...values);
  const steps = HEAT_COLORS.map((_c, i) => Math.round((max * (i + 1)) / HEAT_COLORS.length));
  const color = (value: number) => {
    if (value <= 0 || max <= 0) return NO_SALES_COLOR;
    const i = Math.min(HEAT_COLORS.length - 1, Math.ceil((value / max) * HEAT_COLORS.length) - 1);
    return HEAT_COLORS[Math.max(0, i)]!;
  };
  return { max, steps, color };
}

export const metricOf = (b: BoothRevenue, metric: HeatMetric) => (metric === 'revenue' ? b.revenue : b.revenuePerM2);

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
