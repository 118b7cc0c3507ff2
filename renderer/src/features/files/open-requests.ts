import type { Host } from '../../host/types';
import type { AppStore } from '../../store/app-store';

/**
 * Files the system asks the app to open (double-click, command line, a second launch): waits for
 * each with a long-running call and shows it, after saving the workshop open now. If that save
 * fails, the open workshop stays (its work is not yet on disk) and the failure is on screen.
 * Returns a function that stops listening.
 */
export function listenForOpenRequests(host: Host, store: AppStore): () => void {
  let stopped = false;
  const loop = async () => {
    while (!stopped) {
      const result = await host.waitOpenRequest({});
      if (stopped) return;
      if (!result.ok) {
        store.setState({ error: result.error });
        continue;
      }
      // null: another window took over the waiting, or this host has no such requests.
      if (result.value === null) return;
      await store.getState().flushSave();
      if (store.getState().save.state === 'failed') continue;
      store.getState().showOpened(result.value);
    }
  };
  loop().catch((error: unknown) => console.error('[files] stopped waiting for files to open:', error));
  return () => {
    stopped = true;
  };
}
