import { useTranslation } from 'react-i18next';
import type { Dimension } from '../../../../shared/model/plan';
import { dimensionText } from '../../../../shared/plan/dimension';
import { useLanguage } from '../../../i18n';
import type { PlanEditor } from '../editor/editor';
import { Field } from './Field';
import { parseNumber, useProblemText } from './problems';

const show = (m: number) => String(Math.round(m * 1000) / 1000).replace('.', ',');

/** A selected dimension line: its length, how far it stands off the points it measures, and deleting it. */
export function DimensionForm({ editor, dimension }: { editor: PlanEditor; dimension: Dimension }) {
  const { t } = useTranslation('venue');
  const language = useLanguage();
  const problemText = useProblemText();
  return (
    <form className="plan-inspector" aria-label={t('dimension.title')} onSubmit={(e) => e.preventDefault()}>
      <h3>{t('dimension.title')}</h3>
      <p data-testid="dimension-length">{t('dimension.length', { length: dimensionText(dimension, language).replace(/ m$/, '') })}</p>
      <Field
        label={t('dimension.offset')}
        value={show(dimension.offsetM)}
        onCommit={(v) => {
          const m = parseNumber(v);
          if (m === null || m === 0 || Math.abs(m) > 1000) return t('dimension.badOffset');
          const result = editor.updateDimension({ ...dimension, offsetM: m });
          return result.ok ? null : problemText(result.problem);
        }}
      />
      <button type="button" className="danger-text" onClick={() => editor.deleteSelection()}>
        {t('dimension.remove')}
      </button>
    </form>
  );
}
