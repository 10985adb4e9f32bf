import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { IncomingFiles } from './incoming/IncomingFiles';
import { useRoute } from './route';
import { UserNameDialog } from './UserNameDialog';
import { useChangeFeed } from './useChangeFeed';

// A fair's screens (canvas, charts, PDF preview) load when a fair is opened: the library shows first.
const Workspace = lazy(() => import('../features/workspace/Workspace').then((m) => ({ default: m.Workspace })));

export function App() {
  const route = useRoute();
  useChangeFeed();
  const { t } = useTranslation('common');
  return (
    <>
      {route.screen === 'fair' ? (
        <Suspense fallback={<p className="hint workspace-loading">{t('loading')}</p>}>
          <Workspace fairId={route.fairId} section={route.section} />
        </Suspense>
      ) : (
        <LibraryScreen />
      )}
      <IncomingFiles route={route} />
      <UserNameDialog />
    </>
  );
}
