import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { usePlanReadAhead } from '../features/plan/readAhead';
import { whenIdle } from '../ui/idle';
import { preloadableNamed } from '../ui/lazyNamed';
import { IncomingFiles } from './incoming/IncomingFiles';
import { useRoute } from './route';
import { UserNameDialog } from './UserNameDialog';
import { useChangeFeed } from './useChangeFeed';

// A fair's screens (canvas, charts, PDF preview) load when a fair is opened: the library shows first.
// The fair's first screen (its plan) starts loading as soon as the workspace's code is here, not when the workspace shows.
const { Component: Workspace, preload: loadWorkspace } = preloadableNamed(
  () => import('../features/workspace/Workspace').then((m) => (void m.preloadFairScreens(), m)),
  'Workspace',
);

/** How long after launch the fair's screens start loading in the background. */
const PRELOAD_AFTER_MS = 2000;

export function App() {
  const route = useRoute();
  useChangeFeed();
  usePlanReadAhead();
  // A while after launch, when the page rests, the fair's screens load in the background: opening a
  // fair then waits for its data only, not for the plan's canvas code as well. Not sooner: loading
  // them while the library's list is on its way held the list back (about 150 ms in the start bench).
  useEffect(() => {
    let cancel = () => {};
    const timer = setTimeout(() => (cancel = whenIdle(() => void loadWorkspace())), PRELOAD_AFTER_MS);
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, []);
  const { t } = useTranslation('common');
  return (
    <>
      {/* Around both screens: opening a fair (a transition) keeps the library on show while the workspace's code loads. */}
      <Suspense fallback={<p className="hint workspace-loading">{t('loading')}</p>}>
        {route.screen === 'fair' ? <Workspace fairId={route.fairId} section={route.section} /> : <LibraryScreen />}
      </Suspense>
      <IncomingFiles route={route} />
      <UserNameDialog />
    </>
  );
}
