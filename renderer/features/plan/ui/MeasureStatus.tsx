import { useTranslation } from 'react-i18next';
import { formatMetres, type Measurement } from '../canvas/measure';

/** The measuring tool's line under the toolbar: how to use it, then the last segment and the total. */
export function MeasureStatus({ measurement: m }: { measurement: Measurement | null }) {
  const { t } = useTranslation('planTools');
  return (
    <p className="plan-placing hint" role="status" data-testid="measure-status">
      {t('measure.hint')}{' '}
      {!m || m.count === 0 ? (
        t('measure.start')
      ) : (
        <strong>
          {t('measure.segment', { distance: formatMetres(m.last) })}
          {m.count > 1 && ` · ${t('measure.total', { total: formatMetres(m.total), count: m.count })}`}
        </strong>
      )}
    </p>
  );
}
