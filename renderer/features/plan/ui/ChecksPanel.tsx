import { useTranslation } from 'react-i18next';
import type { CheckedIssue, PlanIssue } from '../editor/checks';
import { formatNumber } from '../../../../shared/money';
import { useLanguage } from '../../../i18n';

/** The plan's problems, each a button that selects the booths concerned and zooms to them. */
export function ChecksPanel({
  issues,
  minAisle,
  onMinAisle,
  onGo,
  allAreas,
  onAllAreas,
  areaNames,
}: {
  issues: CheckedIssue[];
  minAisle: number;
  onMinAisle: (m: number) => void;
  onGo: (issue: CheckedIssue) => void;
  /** Whether the list covers every area of the fair, not only the one shown. */
  allAreas: boolean;
  onAllAreas: (all: boolean) => void;
  areaNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('plan');
  const language = useLanguage();
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
          ? t('checks.narrowAisle', { a, b, width: formatNumber(i.widthM, language, 2) })
          : t('checks.narrowAisleFeature', { width: formatNumber(i.widthM, language, 2) });
      case 'onFeature':
        return t('checks.onFeature', { a, feature: t(`features.${i.feature}`) });
      case 'featureInside':
        return t('checks.featureInside', { a, feature: t(`features.${i.feature}`) });
    }
  };
  return (
    <section className="plan-checks" aria-label={t('checks.title')}>
      <label className="field plan-inline-field">
        <span>{t('checks.minAisle')}</span>
        <input type="number" min={0} step={0.5} value={minAisle} onChange={(e) => onMinAisle(Math.max(0, Number(e.target.value) || 0))} />
      </label>
      <label className="plan-check">
        <input type="checkbox" checked={allAreas} onChange={(e) => onAllAreas(e.target.checked)} />
        <span>{t('checks.allAreas')}</span>
      </label>
      {issues.length === 0 ? (
        <p className="hint">{t('checks.none')}</p>
      ) : (
        <ul>
          {issues.map((c) => (
            <li key={`${c.issue.kind}-${c.issue.ids.join('-')}`}>
              <button type="button" className="link" onClick={() => onGo(c)}>
                {allAreas && c.areaId ? `${t('checks.area', { name: areaNames.get(c.areaId) ?? '' })}: ` : ''}
                {text(c.issue)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
