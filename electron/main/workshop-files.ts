import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { registerFileHandlers } from './ipc/files';
import { registerHistoryHandlers } from './ipc/history';
import { registerRecoveryHandlers } from './ipc/recovery';
import type { IpcRegistrar } from './ipc/register';
import { registerWorkshopHandlers } from './ipc/workshops';
import type { OpenRequests } from './open-requests';
import type { SessionMarker } from './store/session-marker';
import { createSessionMarker } from './store/session-marker';
import type { SettingsStore } from './store/settings-store';
import type { WorkshopStore } from './store/workshop-store';
import { createWorkshopStore } from './store/workshop-store';

export interface WorkshopFilesOptions {
  userData: string;
  settings: SettingsStore;
  owner: () => BrowserWindow | null;
  requests: OpenRequests;
}

/**
 * Everything about workshop files in main: the store in `<userData>/workshops`, the crash marker
 * `<userData>/session.json` (read for what the last run left, then set for this one), and their
 * channels (workshops, history, files, recovery). Call `marker.end()` on a clean quit.
 */
export async function setUpWorkshopFiles(registrar: IpcRegistrar, options: WorkshopFilesOptions): Promise<{ store: WorkshopStore; marker: SessionMarker }> {
  const marker = createSessionMarker(options.userData);
  const previous = await marker.begin().catch((error: unknown) => {
    console.warn(`[session] could not read or write ${marker.file}: ${String(error)}`);
    return null;
  });
  const store = createWorkshopStore(path.join(options.userData, 'workshops'), { onEdited: (workshop) => marker.note(workshop) });
  registerWorkshopHandlers(registrar, store);
  registerHistoryHandlers(registrar, store);
  registerFileHandlers(registrar, { store, settings: options.settings, owner: options.owner, requests: options.requests });
  registerRecoveryHandlers(registrar, store, previous);
  return { store, marker };
}
