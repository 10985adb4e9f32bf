import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booth } from '../../../shared/model/plan';
import type { SaleEntry } from '../../../shared/model/sales';
import type { BoothRevenue, Dashboard } from '../../../shared/model/sales-dashboard';
import { formatDong, formatDongShort } from '../../../shared/money';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { FloorView } from '../plan/canvas/FloorView';
import { planKey } from '../plan/PlanScreen';
import { salesKeys } from '../sales/keys';
import { CorrectSaleDialog, VoidSaleDialog } from '../sales/EntryDialogs';
import { SaleTable } from '../sales/SaleTable';
import { fairDays, formatDay } from '../../../shared/dates';
import type { Fair } from '../../../shared/model/fair';
import {
  boothHeatScale,
  compactDong,
  HEAT_COLORS,
  NO_SALES_COLOR,
  NOT_SELLABLE_COLOR,
  metricOf,
  type HeatMetric,
} from '../../../shared/report/heat';
import { reportKeys } from '../sales/keys';
import { HeatPrintDialog } from './HeatPrintDialog';

/** Booths coloured by revenue (or revenue per m²) on the floor plan; a click lists the booth's entries. */
export function HeatMapView({ fair, dashboard: whole }: { fair: Fair; dashboard: Dashboard }) {
  const fairId = fair.id;
  const { t } = useTranslation('reports');
  const language = useLanguage();
  const api = useApi();
  const plan = useQuery({ queryKey: planKey(fairId), queryFn: () => api.getPlan({ fairId }) });
  const [areaId, setAreaId] = useState<string | null>(null);
  const [metric, setMetric] = useState<HeatMetric>('revenue');
  const [selected, setSelected] = useState<string | null>(null);
  const [day, setDay] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const oneDay = useQuery({
    queryKey: [...reportKeys.dashboard(fairId), day],
    queryFn: () => api.getDashboard({ fairId, day }),
    enabled: day !== null,
  });
  // The whole fair's figures come from the screen above; a day's are read when it is chosen.
  const dashboard = day === null ? whole : (oneDay.data ?? whole);
  const scopeLabel = day === null ? t('heat.wholeFair') : formatDay(day, language);

  const byId = useMemo(() => new Map(dashboard.byBooth.map((b) => [b.boothId, b])), [dashboard]);
  const scale = useMemo(() => boothHeatScale(dashboard.byBooth, metric), [dashboard, metric]);
  const boothFill = useCallback(
    (booth: Booth) =>
      booth.kind === 'non_sellable' ? NOT_SELLABLE_COLOR : scale.color(byId.get(booth.id) ? metricOf(byId.get(booth.id)!, metric) : 0),
    [scale, byId, metric],
  );
  const boothLabel = useCallback(
    (booth: Booth) => {
      const r = byId.get(booth.id);
      return r && r.revenue > 0 ? compactDong(metricOf(r, metric), language) : undefined;
    },
    [byId, metric, language],
  );

  const areas = plan.data?.areas ?? [];
  const area = areaId ?? areas[0]?.id;
  if (plan.data && !area) return <p className="empty-state">{t('heat.noPlan')}</p>;
  const show = (v: number) => formatDongShort(v, language) + (metric === 'revenuePerM2' ? '/m²' : '');

  return (
    <div className="reports-heat">
      <div className="reports-heat-bar">
        <label className="field">
          <span>{t('heat.area')}</span>
          <select value={area ?? ''} onChange={(e) => setAreaId(e.target.value)}>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('heat.metric')}</span>
          <select value={metric} onChange={(e) => setMetric(e.target.value === 'revenuePerM2' ? 'revenuePerM2' : 'revenue')}>
            <option value="revenue">{t('heat.revenue')}</option>
            <option value="revenuePerM2">{t('heat.revenuePerM2')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('heat.day')}</span>
          <select value={day ?? ''} onChange={(e) => setDay(e.target.value || null)}>
            <option value="">{t('heat.wholeFair')}</option>
            {fairDays(fair.firstDay, fair.lastDay).map((d) => (
              <option key={d} value={d}>
                {formatDay(d, language)}
              </option>
            ))}
          </select>
        </label>
        <p className="hint">{t('heat.hint')}</p>
        <button type="button" disabled={!plan.data || !area} onClick={() => setPrinting(true)}>
          {t('heat.print')}
        </button>
      </div>
      <div className="reports-heat-canvas">
        {plan.data && area && (
          <FloorView
            plan={plan.data}
            areaId={area}
            boothFill={boothFill}
            boothLabel={boothLabel}
            onBoothClick={setSelected}
            ariaLabel={t('heat.canvas')}
            legend={
              <div className="reports-legend" aria-label={t('heat.legend')}>
                {HEAT_COLORS.map((c, i) => (
                  <span key={c}>
                    <i style={{ background: c }} />
                    {t('heat.upTo', { value: show(scale.steps[i] ?? 0) })}
                  </span>
                ))}
                <span>
                  <i style={{ background: NO_SALES_COLOR }} />
                  {t('heat.none')}
                </span>
                <span>
                  <i style={{ background: NOT_SELLABLE_COLOR }} />
                  {t('heat.notSellable')}
                </span>
              </div>
            }
          />
        )}
      </div>
      {printing && area && (
        <HeatPrintDialog
          fairId={fairId}
          area={{ id: area, name: areas.find((a) => a.id === area)?.name ?? '' }}
          day={day}
          scopeLabel={scopeLabel}
          metric={metric}
          onClose={() => setPrinting(false)}
        />
      )}
      {selected && byId.get(selected) && <BoothEntries fairId={fairId} booth={byId.get(selected)!} onClose={() => setSelected(null)} />}
    </div>
  );
}

/** One booth's entries over every day, each one correctable or voidable right here. */
function BoothEntries({ fairId, booth, onClose }: { fairId: string; booth: BoothRevenue; onClose: () => void }) {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  const api = useApi();
  const [acting, setActing] = useState<{ kind: 'correct' | 'void'; entry: SaleEntry } | null>(null);
  const list = useQuery({
    queryKey: salesKeys.list(fairId, { boothId: booth.boothId }),
    queryFn: () => api.listSales({ fairId, boothId: booth.boothId, limit: 5_000 }),
  });
  const booths = useQuery({ queryKey: salesKeys.booths(fairId), queryFn: () => api.listSaleBooths({ fairId }) });
  if (acting?.kind === 'correct')
    return <CorrectSaleDialog fairId={fairId} entry={acting.entry} booths={booths.data ?? []} onClose={() => setActing(null)} />;
  if (acting?.kind === 'void') return <VoidSaleDialog fairId={fairId} entry={acting.entry} onClose={() => setActing(null)} />;
  return (
    <Dialog title={t('heat.boothTitle', { number: booth.number, exhibitor: booth.exhibitorName || '–' })} open wide onClose={onClose}>
      <p className="reports-booth-total">
        <strong>
          {t('heat.boothTotal', { revenue: formatDong(booth.revenue, language), perM2: formatDong(booth.revenuePerM2, language) })}
        </strong>
      </p>
      {list.data && list.data.entries.length === 0 && <p className="hint">{t('heat.noEntries')}</p>}
      {list.data && list.data.entries.length > 0 && (
        <SaleTable
          entries={list.data.entries}
          showDay
          onCorrect={(entry) => setActing({ kind: 'correct', entry })}
          onVoid={(entry) => setActing({ kind: 'void', entry })}
        />
      )}
    </Dialog>
  );
}
