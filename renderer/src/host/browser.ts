import { defaultLanguageFor, defaultSettings } from '../../../shared/settings';
import { isPresenterRoute, presenterHash, presenterWindowName } from '../app/presenter-route';
import { localSessionFlag } from './browser-session';
import { downloadWorkshop } from './download-workshop';
import { downloadPdf } from './download-pdf';
import { downloadTemplate } from './download-template';
import { templateDbTextStore } from './template-db';
import { objectStoreTextStore, openDatabase } from './indexed-db';
import type { TextStore } from './text-store-host';
import { openExternalInBrowser } from './browser-links';
import { createTextStoreHost } from './text-store-host';
import type { Host } from './types';

const dbName = 'groundwork';
const storeName = 'workshops';
const historyStoreName = 'history';
const settingsKey = 'groundwork.settings';

/**
 * Texts in one IndexedDB object store (`workshops`, or `history`); each write is its own atomic
 * transaction, committed with strict durability (flushed to disk before it completes).
 * Version 2 of the database adds `history`: snapshots and quarantined texts (see text-history.ts).
 */
export function indexedDbTextStore(factory: IDBFactory = indexedDB, name: string = storeName): TextStore {
  const db = openDatabase(factory, dbName, 2, [storeName, historyStoreName]);
  return objectStoreTextStore(() => db, name);
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
