import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext, createClient } from './api/client';
import { App } from './app/App';
import { parseRoute } from './app/route';
import { FAIRS_KEY } from './features/library/keys';
import { initI18n } from './i18n';
import { NoticeProvider } from './ui/notices';

const api = createClient();
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

async function start() {
  // The language is a setting of the app, stored beside the fairs, so it survives every restart.
  // The library's list is asked for at the same time, not after the first render.
  if (parseRoute(window.location.hash).screen !== 'fair')
    void queryClient.prefetchQuery({ queryKey: FAIRS_KEY, queryFn: () => api.listFairs({}) });
  const settings = await api.getSettings({}).catch(() => null);
  initI18n(settings?.language ?? 'vi');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ApiContext.Provider value={api}>
        <QueryClientProvider client={queryClient}>
          <NoticeProvider>
            <App />
          </NoticeProvider>
        </QueryClientProvider>
      </ApiContext.Provider>
    </StrictMode>,
  );
}

void start();
