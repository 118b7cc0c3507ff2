import type { TextStore } from './text-store-host';

/** A text store in a Map: the memory host's workshops and history, and tests. */
export function mapTextStore(files = new Map<string, string>()): TextStore {
  return {
    ids: async () => [...files.keys()],
    get: async (id) => files.get(id),
    set: async (id, text) => void files.set(id, text),
    delete: async (id) => void files.delete(id),
  };
}
