import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { formatDayRange } from '../../../shared/dates';
import type { Fair } from '../../../shared/model/fair';
import { useApi } from '../../api/client';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { routeHref, SECTIONS, type Section } from '../../app/route';
import { useLanguage } from '../../i18n';
import { lazyNamed, preloadableNamed } from '../../ui/lazyNamed';
import { useErrorText } from '../../ui/notices';
import { EditFairDialog } from '../library/EditFairDialog';
import { fairKey } from '../library/keys';
import { planQuery } from '../plan/keys';
import { StaffPanel } from '../staff/StaffPanel';

// Each screen is its own chunk, loaded when first shown (the plan's canvas, the reports' charts,
// the print preview's PDF reader are not needed to show the library or another screen).
const screen = <K extends string>(load: () => Promise<Record<K, ComponentType<{ fair: Fair }>>>, name: K) =>
  lazyNamed<{ fair: Fair }, K>(load, name);
// The screen a fair opens on (its plan): once its code is loaded ahead, it shows without suspending.
const {
  Component: PlanScreen,
  preload: loadPlanScreen,
  useLoaded: usePlanScreenLoaded,
} = preloadableNamed<{ fair: Fair }, 'PlanScreen'>(() => import('../plan/PlanScreen'), 'PlanScreen');
/** The code of the screen a fair opens on (its plan), loaded before the fair is opened. */
export const preloadFairScreens = () => loadPlanScreen();
const ExhibitorsScreen = screen(() => import('../exhibitors/ExhibitorsScreen'), 'ExhibitorsScreen');
const SalesScreen = screen(() => import('../sales/SalesScreen'), 'SalesScreen');
const ReportsScreen = screen(() => import('../reports/ReportsScreen'), 'ReportsScreen');
const PrintDialog = lazyNamed(() => import('../print/PrintDialog'), 'PrintDialog');
const TransfersScreen = screen(() => import('../transfers/TransfersScreen'), 'TransfersScreen');

const SCREENS: Record<Section, ComponentType<{ fair: Fair }>> = {
  plan: PlanScreen,
  exhibitors: ExhibitorsScreen,
  sales: SalesScreen,
  transfers: TransfersScreen,
  reports: ReportsScreen,
};

/** One open fair: its sections, its settings, the way back to the library. */
export function Workspace({ fairId, section }: { fairId: string; section: Section }) {
  const { t } = useTranslation(['workspace', 'print', 'staff', 'common']);
  const api = useApi();
  const language = useLanguage();
  const errorText = useErrorText();
  const [editing, setEditing] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [staffOpen, setStaffOpen] = useState(false);
  // Opening makes the rotating backup and records the visit: once per visit, not per render.
  const opened = useQuery({ queryKey: ['openFair', fairId], queryFn: () => api.openFair({ fairId }), staleTime: Infinity, gcTime: 0 });
  const details = useQuery({
    queryKey: fairKey(fairId),
    queryFn: () => api.getFair({ fairId }),
    enabled: opened.isSuccess,
    initialData: opened.data,
  });
  const fair = details.data ?? opened.data;
  const queryClient = useQueryClient();
  // Until the plan screen's code is here, the workspace says "loading" itself: a Suspense fallback shown
  // for a moment would hold the plan back at least 300 ms more.
  const planScreenLoaded = usePlanScreenLoaded();
  // The plan screen's code and the plan itself load while the fair opens, not one after the other.
  useEffect(() => {
    if (section !== 'plan') return;
    void loadPlanScreen();
    void queryClient.prefetchQuery(planQuery(api, fairId));
  }, [section, fairId, api, queryClient]);

  if (opened.isError) {
    const notFound = opened.error instanceof ApiError && opened.error.code === 'NOT_FOUND';
    return (
      <div className="workspace-error">
        <p role="alert">{notFound ? t('notFound') : errorText(opened.error)}</p>
        <a href={routeHref({ screen: 'library' })}>{t('backToLibrary')}</a>
      </div>
    );
  }
  if (!fair) return <p className="hint workspace-loading">{t('common:loading')}</p>;

  const Screen = SCREENS[section];
  return (
    <div className="workspace">
      <header className="topbar">
        <a className="brand" href={routeHref({ screen: 'library' })} title={t('library')}>
          FairFloor
        </a>
        <div className="fair-title">
          <strong>{fair.name}</strong>
          <span className="hint">{formatDayRange(fair.firstDay, fair.lastDay, language)}</span>
        </div>
        <nav className="sections" aria-label={t('nav')}>
          {SECTIONS.map((s) => (
            <a key={s} href={routeHref({ screen: 'fair', fairId, section: s })} aria-current={s === section ? 'page' : undefined}>
              {t(`sections.${s}`)}
            </a>
          ))}
        </nav>
        <div className="topbar-spacer" />
        <button type="button" onClick={() => setStaffOpen(true)}>
          {t('staff:open')}
        </button>
        <button type="button" onClick={() => setPrinting(true)}>
          {t('print:open')}
        </button>
        <button type="button" onClick={() => setEditing(true)}>
          {t('settings')}
        </button>
        <LanguageSwitch />
      </header>
      <main className="workspace-main">
        {section === 'plan' && !planScreenLoaded ? (
          <p className="hint workspace-loading">{t('common:loading')}</p>
        ) : (
          <Suspense fallback={<p className="hint workspace-loading">{t('common:loading')}</p>}>
            <Screen fair={fair} />
          </Suspense>
        )}
      </main>
      {editing && <EditFairDialog fairId={fairId} onClose={() => setEditing(false)} />}
      {printing && (
        <Suspense fallback={null}>
          <PrintDialog fairId={fairId} onClose={() => setPrinting(false)} />
        </Suspense>
      )}
      {staffOpen && <StaffPanel fairId={fairId} onClose={() => setStaffOpen(false)} />}
    </div>
  );
}
