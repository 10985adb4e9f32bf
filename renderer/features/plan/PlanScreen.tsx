import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fair } from '../../../shared/model/fair';
import { useApi } from '../../api/client';
import { useErrorText } from '../../ui/notices';
import { FloorView } from './canvas/FloorView';
import './plan.css';

export const planKey = (fairId: string) => ['plan', fairId] as const;

/** The fair's floor plan. */
export function PlanScreen({ fair }: { fair: Fair }) {
  const { t } = useTranslation(['plan', 'common']);
  const api = useApi();
  const errorText = useErrorText();
  const query = useQuery({ queryKey: planKey(fair.id), queryFn: () => api.getPlan({ fairId: fair.id }) });
  const [areaId, setAreaId] = useState<string | null>(null);
  if (query.isError) return <p role="alert" className="plan-message">{errorText(query.error)}</p>;
  if (!query.data) return <p className="hint plan-message">{t('common:loading')}</p>;
  const plan = query.data;
  const area = plan.areas.find((a) => a.id === areaId) ?? plan.areas[0];
  if (!area) return <p className="hint plan-message">{t('noAreas')}</p>;
  return (
    <div className="plan-screen">
      <div className="plan-areas" role="tablist" aria-label={t('areas')}>
        {plan.areas.map((a) => (
          <button key={a.id} type="button" role="tab" aria-selected={a.id === area.id} onClick={() => setAreaId(a.id)}>
            {a.name}
          </button>
        ))}
      </div>
      <div className="plan-main">
        <FloorView plan={plan} areaId={area.id} showGrid ariaLabel={t('canvas', { area: area.name })} />
      </div>
    </div>
  );
}
