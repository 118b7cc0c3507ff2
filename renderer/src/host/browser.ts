import { defaultLanguageFor, defaultSettings } from '../../../shared/settings';
import { presenterHash, presenterWindowName } from '../app/presenter-route';
import type { TextStore } from './text-store-host';
import { createTextStoreHost } from './text-store-host';
import type { Host } from './types';

const dbName = 'groundwork';
const storeName = 'workshops';
const settingsKey = 'groundwork.settings';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(dbName, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(storeName);
  return request(req);
}

/** Workshop texts in one IndexedDB object store; each write is its own (atomic) transaction. */
export function indexedDbTextStore(factory: IDBFactory = indexedDB): TextStore {
  const db = openDatabase(factory);
  const run = async <T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const tx = (await db).transaction(storeName, mode);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
    const result = await request(op(tx.objectStore(storeName)));
    await done;
    return result;
  };
  return {
    ids: async () => (await run('readonly', (s) => s.getAllKeys())).map(String),
    get: (id) => run('readonly', (s) => s.get(id) as IDBRequest<string | undefined>),
    set: async (id, text) => void (await run('readwrite', (s) => s.put(text, id))),
    delete: async (id) => void (await run('readwrite', (s) => s.delete(id))),
  };
}

/** The web build's host: documents in IndexedDB, settings in localStorage. */
export function createBrowserHost(): Host {
  return createTextStoreHost(
    'browser',
    indexedDbTextStore(),
    { read: () => localStorage.getItem(settingsKey), write: (text) => localStorage.setItem(settingsKey, text) },
    { ...defaultSettings, language: defaultLanguageFor(navigator.language) },
    () => window.open(presenterHash, presenterWindowName),
  );
}
