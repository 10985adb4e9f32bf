import { useTranslation } from 'react-i18next';
import type { PlanIssue } from '../editor/checks';

/** The plan's problems, each a button that selects the booths concerned and zooms to them. */
export function ChecksPanel({
  issues,
  minAisle,
  onMinAisle,
  onGo,
}: {
  issues: PlanIssue[];
  minAisle: number;
  onMinAisle: (m: number) => void;
  onGo: (issue: PlanIssue) => void;
}) {
  const { t } = useTranslation('plan');
  const text = (i: PlanIssue) => {
    const [a = '', b = ''] = i.numbers;
    switch (i.kind) {
      case 'overlap':
        return t('checks.overlap', { a, b });
      case 'outside':
        return t('checks.outside', { a });
      case 'duplicate':
        return t('checks.duplicate', { a, count: i.ids.length });
      case 'narrowAisle':
        return i.numbers.length
          ? t('checks.narrowAisle', { a, b, width: i.widthM.toLocaleString('vi-VN') })
          : t('checks.narrowAisleFeature', { width: i.widthM.toLocaleString('vi-VN') });
    }
  };
  return (
    <section className="plan-checks" aria-label={t('checks.title')}>
      <label className="field plan-inline-field">
        <span>{t('checks.minAisle')}</span>
        <input type="number" min={0} step={0.5} value={minAisle} onChange={(e) => onMinAisle(Math.max(0, Number(e.target.value) || 0))} />
      </label>
      {issues.length === 0 ? (
        <p className="hint">{t('checks.none')}</p>
      ) : (
        <ul>
          {issues.map((i) => (
            <li key={`${i.kind}-${i.ids.join('-')}`}>
              <button type="button" className="link" onClick={() => onGo(i)}>
                {text(i)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
