import { LibraryScreen } from '../features/library/LibraryScreen';
import { Workspace } from '../features/workspace/Workspace';
import { useRoute } from './route';
import { UserNameDialog } from './UserNameDialog';

export function App() {
  const route = useRoute();
  return (
    <>
      {route.screen === 'fair' ? <Workspace fairId={route.fairId} section={route.section} /> : <LibraryScreen />}
      <UserNameDialog />
    </>
  );
}
