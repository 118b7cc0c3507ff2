import type { TextStore } from './text-store-host';

/** One IndexedDB request as a promise. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export interface OpenDatabaseOptions {
  /** Close this connection when another tab opens a later version, instead of blocking it. */
  closeOnVersionChange?: boolean;
}

/** Opens database `name` at `version`, creating any of `storeNames` it does not have yet. */
export function openDatabase(
  factory: IDBFactory,
  name: string,
  version: number,
  storeNames: readonly string[],
  options: OpenDatabaseOptions = {},
): Promise<IDBDatabase> {
  const req = factory.open(name, version);
  req.onupgradeneeded = () => {
    for (const storeName of storeNames) if (!req.result.objectStoreNames.contains(storeName)) req.result.createObjectStore(storeName);
  };
  const opened = request(req);
  if (!options.closeOnVersionChange) return opened;
  return opened.then((db) => {
    db.onversionchange = () => db.close();
    return db;
  });
}

/**
 * Texts in one object store of the database `db()` resolves to; each call its own transaction,
 * writes committed with strict durability (flushed to disk before they complete).
 */
export function objectStoreTextStore(db: () => Promise<IDBDatabase>, storeName: string): TextStore {
  const run = async <T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const tx = (await db()).transaction(storeName, mode, mode === 'readwrite' ? { durability: 'strict' } : {});
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
