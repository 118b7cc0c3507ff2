import { objectStoreTextStore, openDatabase } from './indexed-db';
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

/** Template texts in IndexedDB; each write its own transaction, with strict durability. Opened on first use. */
export function templateDbTextStore(factory: IDBFactory = indexedDB): TextStore {
  let db: Promise<IDBDatabase> | null = null;
  // A later version opened in another tab: step aside instead of blocking it.
  return objectStoreTextStore(() => (db ??= openDatabase(factory, templateDbName, 1, [storeName], { closeOnVersionChange: true })), storeName);
}
