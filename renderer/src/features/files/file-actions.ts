import type { Cancelled } from '../../../../shared/files/contract';
import type { ConflictChoice, OpenedWorkshop } from '../../../../shared/files/types';
import { limits } from '../../../../shared/model/limits';
import type { Result } from '../../../../shared/result';
import type { Host } from '../../host/types';
import type { AppStore } from '../../store/app-store';

// What the file buttons do: each talks to the host, shows an error on the error banner, and shows
// the workshop the host opened. Work in progress is saved before another workshop replaces it.

export interface FileDeps {
  host: Host;
  store: AppStore;
}

/** Saves the open workshop first; false when that failed (the failure is on screen, the work in memory). */
async function savedFirst(store: AppStore): Promise<boolean> {
  await store.getState().flushSave();
  return store.getState().save.state !== 'failed';
}

function show(store: AppStore, result: Result<OpenedWorkshop | Cancelled | null>): void {
  if (!result.ok) store.setState({ error: result.error });
  else if (result.value && !('cancelled' in result.value)) store.getState().showOpened(result.value);
}

/** Whether `file` is over the size any workshop or template file may have; if so, says so on the error banner. */
export function refusedAsTooLarge(store: AppStore, file: File): boolean {
  if (file.size <= limits.fileBytes) return false;
  store.setState({ error: { code: 'too-large', detail: `${file.name}: ${file.size} bytes` } });
  return true;
}

/** Where an export went (a path, or the downloaded file's name); null when cancelled, or failed (the failure on the error banner). */
export function exportedPath(store: AppStore, result: Result<{ path: string } | Cancelled>): string | null {
  if (!result.ok) {
    store.setState({ error: result.error });
    return null;
  }
  return 'cancelled' in result.value ? null : result.value.path;
}

export async function openFromDialog({ host, store }: FileDeps): Promise<void> {
  if (!(await savedFirst(store))) return;
  show(store, await host.openFile({}));
}

export async function openRecentFile({ host, store }: FileDeps, path: string): Promise<void> {
  if (!(await savedFirst(store))) return;
  show(store, await host.openRecent({ path }));
}

/** Import: the chosen file's bytes, validated by the host like any file. */
export async function importChosenFile({ host, store }: FileDeps, file: File): Promise<void> {
  if (refusedAsTooLarge(store, file) || !(await savedFirst(store))) return;
  show(store, await host.importFile({ bytes: new Uint8Array(await file.arrayBuffer()) }));
}

/**
 * Save as…: the workshop is written where the user chooses and edited there from now on. The undo
 * history stays; changes not yet saved (even after a failed save) go to the new place.
 */
export async function saveAsChosenFile({ host, store }: FileDeps): Promise<void> {
  const { doc } = store.getState();
  if (!doc) return;
  const result = await host.saveAs({ doc });
  if (!result.ok) return store.setState({ error: result.error });
  if ('cancelled' in result.value) return;
  store.setState({ docFile: { location: result.value.location, readOnly: null }, save: { state: 'saved', savedAt: new Date().toISOString() } });
  await store.getState().flushSave();
}

/** Export: a copy of the workshop file; resolves with where it went (null when cancelled or failed). */
export async function exportCopy({ host, store }: FileDeps): Promise<string | null> {
  const { doc } = store.getState();
  if (!doc) return null;
  return exportedPath(store, await host.exportFile({ doc }));
}

/** The file changed (or broke) on disk: keep mine, load theirs, or save mine as a copy. */
export async function resolveConflict({ host, store }: FileDeps, choice: ConflictChoice): Promise<void> {
  const { doc } = store.getState();
  if (!doc) return;
  const result = await host.resolveConflict({ doc, choice });
  if (!result.ok) return store.setState({ error: result.error });
  if (choice !== 'mine') return store.getState().showOpened(result.value);
  // Mine is on disk now: the undo history stays; anything typed meanwhile is saved next.
  store.setState({ docFile: { location: result.value.location, readOnly: null }, save: { state: 'saved', savedAt: new Date().toISOString() } });
  await store.getState().flushSave();
}
