import type { AppStore } from '../store/app-store';

export interface CloseGuardTarget {
  addEventListener(type: 'beforeunload', listener: (event: BeforeUnloadEvent) => void): void;
}

/** Whether closing now would lose work that is not on disk yet. */
export function hasUnsavedWork(store: AppStore): boolean {
  const { doc, save } = store.getState();
  return doc !== null && (save.state === 'pending' || save.state === 'saving' || save.state === 'failed');
}

/**
 * Closing the window (or quitting) with changes still waiting for the autosave: hold the close,
 * save, then close for real. In Electron a cancelled `beforeunload` keeps the window open without
 * a prompt; the second close finds nothing unsaved and goes through. When the save fails the
 * window stays open with the failure shown, so nothing is lost silently.
 */
export function installCloseGuard(target: CloseGuardTarget, store: AppStore, close: () => void) {
  target.addEventListener('beforeunload', (event) => {
    if (!hasUnsavedWork(store)) return;
    event.preventDefault();
    event.returnValue = '';
    void store
      .getState()
      .flushSave()
      .then(() => {
        if (!hasUnsavedWork(store)) close();
      });
  });
}
