import { defaultLanguageFor, defaultSettings } from '../../../shared/settings';
import { isPresenterRoute, presenterHash, presenterWindowName } from '../app/presenter-route';
import { localSessionFlag } from './browser-session';
import { downloadWorkshop } from './download-workshop';
import { downloadPdf } from './download-pdf';
import { downloadTemplate } from './download-template';
import { templateDbTextStore } from './template-db';
import type { TextStore } from './text-store-host';
import { openExternalInBrowser } from './browser-links';
import { createTextStoreHost } from './text-store-host';
import type { Host } from './types';

const dbName = 'groundwork';
const storeName = 'workshops';
const historyStoreName = 'history';
const settingsKey = 'groundwork.settings';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Version 2 adds `history`: snapshots and quarantined texts (see text-history.ts). */
function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(dbName, 2);
  req.onupgradeneeded = () => {
    for (const name of [storeName, historyStoreName]) if (!req.result.objectStoreNames.contains(name)) req.result.createObjectStore(name);
  };
  return request(req);
}

/**
 * Texts in one IndexedDB object store (`workshops`, or `history`); each write is its own atomic
 * transaction, committed with strict durability (flushed to disk before it completes).
 */
export function indexedDbTextStore(factory: IDBFactory = indexedDB, name: string = storeName): TextStore {
  const db = openDatabase(factory);
  const run = async <T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const tx = (await db).transaction(name, mode, mode === 'readwrite' ? { durability: 'strict' } : {});
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
    const result = await request(op(tx.objectStore(name)));
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
  const host = createTextStoreHost(
    'browser',
    indexedDbTextStore(),
    { read: () => localStorage.getItem(settingsKey), write: (text) => localStorage.setItem(settingsKey, text) },
    { ...defaultSettings, language: defaultLanguageFor(navigator.language) },
    () => window.open(presenterHash, presenterWindowName),
    (args) => downloadPdf(args),
    {
      history: indexedDbTextStore(indexedDB, historyStoreName),
      // The presenter tab only shows; it never marks (or takes over) the editing session.
      ...(isPresenterRoute() ? {} : { session: localSessionFlag() }),
      exportFile: (args) => downloadWorkshop(args),
      templates: templateDbTextStore(),
      exportTemplate: (template, text) => downloadTemplate(template, text),
    },
  );
  return { ...host, openExternal: openExternalInBrowser };
}
