import type { TextStore } from './text-store-host';

/**
 * The web build's custom templates: their own IndexedDB database, `groundwork-templates`, with one
 * object store of file texts by template id.
 *
 * A database of their own rather than a third object store in `groundwork` (which would need
 * version 3): opening a higher version is blocked for as long as any other tab still holds version
 * 2 open (an old tab, the presenter view), and the workshops' upgrade path stays as it is, with no
 * chance of a template change touching them. Nothing needs a transaction across both.
 */
export const templateDbName = 'groundwork-templates';
const storeName = 'templates';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openTemplateDb(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(templateDbName, 1);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(storeName)) req.result.createObjectStore(storeName);
  };
  return request(req).then((db) => {
    // A later version opened in another tab: step aside instead of blocking it.
    db.onversionchange = () => db.close();
    return db;
  });
}

/** Template texts in IndexedDB; each write its own transaction, with strict durability. Opened on first use. */
export function templateDbTextStore(factory: IDBFactory = indexedDB): TextStore {
  let db: Promise<IDBDatabase> | null = null;
  const run = async <T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    db ??= openTemplateDb(factory);
    const tx = (await db).transaction(storeName, mode, mode === 'readwrite' ? { durability: 'strict' } : {});
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
