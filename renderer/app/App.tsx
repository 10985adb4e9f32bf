import { LibraryScreen } from '../features/library/LibraryScreen';
import { Workspace } from '../features/workspace/Workspace';
import { useRoute } from './route';
import { UserNameDialog } from './UserNameDialog';
import { useChangeFeed } from './useChangeFeed';

export function App() {
  const route = useRoute();
  useChangeFeed();
  return (
    <>
      {route.screen === 'fair' ? <Workspace fairId={route.fairId} section={route.section} /> : <LibraryScreen />}
      <UserNameDialog />
    </>
  );
}
