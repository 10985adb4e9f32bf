import type { Booth, Plan } from '../../../../shared/model/plan';
import { defaults } from '../editor/records';

/** A synthetic fair of `n` labelled 3 × 3 m booths in back-to-back double rows with 4 m aisles. */
export function generatedPlan(n: number): { plan: Plan; labels: Map<string, string> } {
  const perRow = Math.max(10, Math.ceil(Math.sqrt(n * 1.6)));
  const rows = Math.ceil(n / perRow);
  const widthM = perRow * 3 + 8;
  const depthM = Math.ceil(rows / 2) * 10 + 8;
  const booths: Booth[] = [];
  const labels = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const row = Math.floor(i / perRow);
    const col = i % perRow;
    const y = 4 + Math.floor(row / 2) * 10 + (row % 2) * 3;
    const b = defaults.booth(`b${i}`, 'hall', `H${String(i + 1).padStart(5, '0')}`, { xM: 4 + col * 3, yM: y });
    booths.push({ ...b, zoneId: `z${i % 4}` });
    labels.set(b.id, `Cty ${i + 1}`);
  }
  return {
    plan: {
      areas: [defaults.area('hall', 'Bench hall', widthM, depthM, 0)],
      zones: ['#2f9e44', '#e8590c', '#c2255c', '#1971c2'].map((c, i) => defaults.zone(`z${i}`, `Zone ${i}`, c)),
      booths,
      features: [],
    },
    labels,
  };
}
