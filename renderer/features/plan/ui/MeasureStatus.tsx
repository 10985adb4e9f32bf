import { useTranslation } from 'react-i18next';
import { formatMetres, type Measurement } from '../canvas/measure';

/**
 * The measuring tool's line under the toolbar: how to use it, then the last segment and the total,
 * and keeping what was measured on the plan as dimension lines.
 */
export function MeasureStatus({
  measurement: m,
  onKeep,
}: {
  measurement: Measurement | null;
  onKeep?: (points: Measurement['points']) => void;
}) {
  const { t } = useTranslation('planTools');
  const { t: tv } = useTranslation('venue');
  return (
    <p className="plan-placing hint" role="status" data-testid="measure-status">
      {/* First, so that it floats right of the one line and stays visible when the words are cut. */}
      {onKeep && m && m.points.length > 1 && (
        <button type="button" className="link plan-status-action" onClick={() => onKeep(m.points)}>
          {tv('dimension.keep')}
        </button>
      )}
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
