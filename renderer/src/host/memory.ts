import type { Settings } from '../../../shared/settings';
import { defaultSettings } from '../../../shared/settings';
import { mapTextStore } from './map-text-store';
import { createTextStoreHost } from './text-store-host';
import type { Host } from './types';

/**
 * A host that keeps everything in memory: for unit tests. `files` (workshops) and `history`
 * (snapshots under `<id>/<name>`, quarantined texts under `quarantine/<name>`) and `templates` can be
 * pre-filled or inspected.
 */
export function createMemoryHost(
  files = new Map<string, string>(),
  settings: Settings = defaultSettings,
  history = new Map<string, string>(),
  /** Custom templates by id, as the text of their files. */
  templates = new Map<string, string>(),
): Host {
  let settingsText: string | null = null;
  return createTextStoreHost(
    'memory',
    {
      ids: async () => [...files.keys()],
      get: async (id) => files.get(id),
      set: async (id, text) => void files.set(id, text),
      delete: async (id) => void files.delete(id),
    },
    { read: () => settingsText, write: (text) => (settingsText = text) },
    settings,
    undefined,
    undefined,
    { history: mapTextStore(history), templates: mapTextStore(templates) },
  );
}
