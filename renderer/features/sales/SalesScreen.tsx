import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultFairDay, fairDays } from '../../../shared/dates';
import type { Fair } from '../../../shared/model/fair';
import { useApi } from '../../api/client';
import { Tabs } from './Tabs';
import { DayGridView } from './DayGridView';
import { HistoryView } from './HistoryView';
import { salesKeys } from './keys';
import { SalesEntryView } from './SalesEntryView';
import { VisitorsView } from './VisitorsView';
import './sales.css';

const VIEWS = ['entry', 'grid', 'visitors', 'history'] as const;
type View = (typeof VIEWS)[number];

/** Today if the fair is on, else its first day: where staff most likely want to type. */
export const defaultDay = defaultFairDay;

/** On-site sales: the keyboard-first entry form, the day grid, visitor counts. */
export function SalesScreen({ fair }: { fair: Fair }) {
  const { t } = useTranslation('sales');
  const api = useApi();
  const [view, setView] = useState<View>('entry');
  const [day, setDay] = useState(() => defaultDay(fair));
  const days = fairDays(fair.firstDay, fair.lastDay);
  const booths = useQuery({ queryKey: salesKeys.booths(fair.id), queryFn: () => api.listSaleBooths({ fairId: fair.id }) });

  return (
    <div className="sales-screen">
      <div className="sales-heading">
        <h1>{t('title')}</h1>
        <Tabs label={t('tabsLabel')} tabs={VIEWS.map((v) => ({ id: v, label: t(`tabs.${v}`) }))} value={view} onChange={setView} />
      </div>
      {view === 'entry' && <SalesEntryView fairId={fair.id} days={days} day={day} onDayChange={setDay} booths={booths.data ?? []} />}
      {view === 'grid' && <DayGridView fairId={fair.id} />}
      {view === 'visitors' && <VisitorsView fairId={fair.id} days={days} initialDay={day} />}
      {view === 'history' && <HistoryView fairId={fair.id} />}
    </div>
  );
}
