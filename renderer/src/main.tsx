import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installCloseGuard } from './app/close-guard';
import { isPresenterRoute } from './app/presenter-route';
import { listenForOpenRequests } from './features/files/open-requests';
import './app/styles.css';
import './app/facilitation.css';
import { createBrowserHost } from './host/browser';
import { HostContext } from './host/context';
import { createElectronHost } from './host/electron';
import type { Host } from './host/types';
import { initI18n } from './i18n';
import { createAppStore } from './store/app-store';
import { StoreContext } from './store/context';

async function start() {
  const host: Host = window.groundwork ? createElectronHost(window.groundwork) : createBrowserHost();
  const settings = await host.getSettings({});
  const language = settings.ok ? settings.value.language : 'en';
  await initI18n(language);
  const store = createAppStore(host, language, { timerSound: settings.ok && settings.value.timerSound });
  // Save at once when the window is hidden (laptop lid, app switch), and hold a close until saved.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void store.getState().flushSave();
  });
  installCloseGuard(window, store, () => window.close());
  // Files double-clicked or passed on the command line; the presenter window never opens files.
  if (!isPresenterRoute()) listenForOpenRequests(host, store);
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  createRoot(root).render(
    <StrictMode>
      <HostContext.Provider value={host}>
        <StoreContext.Provider value={store}>
          <App />
        </StoreContext.Provider>
      </HostContext.Provider>
    </StrictMode>,
  );
}

void start();
