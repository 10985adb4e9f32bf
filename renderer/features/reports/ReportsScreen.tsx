import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fair } from '../../../shared/model/fair';
import { useApi } from '../../api/client';
import { reportKeys } from '../sales/keys';
import { Tabs } from '../sales/Tabs';
import { DashboardView } from './DashboardView';
import { FairReportView } from './FairReportView';
import { HeatMapView } from './HeatMapView';
import '../sales/sales.css';
import './reports.css';

const VIEWS = ['dashboard', 'heatmap', 'report'] as const;
type View = (typeof VIEWS)[number];

/** Dashboards, the revenue heat map and the fair report; all read the figures recorded under Sales. */
export function ReportsScreen({ fair }: { fair: Fair }) {
  const { t } = useTranslation('reports');
  const api = useApi();
  const [view, setView] = useState<View>('dashboard');
  const dashboard = useQuery({
    queryKey: reportKeys.dashboard(fair.id),
    queryFn: () => api.getDashboard({ fairId: fair.id }),
  });
  const d = dashboard.data;
  return (
    <div className="reports-screen">
      <div className="sales-heading">
        <h1>{t('title')}</h1>
        <Tabs label={t('tabsLabel')} tabs={VIEWS.map((v) => ({ id: v, label: t(`tabs.${v}`) }))} value={view} onChange={setView} />
      </div>
      {d && d.total.entries === 0 && view !== 'report' && <p className="empty-state">{t('empty')}</p>}
      {d && view === 'dashboard' && d.total.entries > 0 && <DashboardView dashboard={d} />}
      {d && view === 'heatmap' && <HeatMapView fair={fair} dashboard={d} />}
      {view === 'report' && <FairReportView fairId={fair.id} />}
    </div>
  );
}
