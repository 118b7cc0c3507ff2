// Shared by the browser benches: the built web app served on loopback, Debian's Chromium, and a
// way to put a workshop into the app's IndexedDB as the browser host would have saved it.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { serializeWorkshop } from '../../shared/model/codec';
import type { Workshop } from '../../shared/model/workshop';

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Serves dist-web on 127.0.0.1:`port`, launches Chromium, runs `task`, and closes both. */
export async function withWebApp<T>(port: number, task: (browser: Browser, baseURL: string) => Promise<T>): Promise<T> {
  const server = await preview({ configFile: 'vite.web.config.ts', preview: { port, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  try {
    return await task(browser, `http://127.0.0.1:${port}`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

/** A fresh browser context at projector size; tsx names functions with a `__name` helper the page lacks. */
export async function benchContext(browser: Browser, baseURL: string, locale: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale });
  await context.addInitScript('globalThis.__name = (f) => f;');
  return context;
}

/** Puts the document into the app's IndexedDB store (the app has opened and upgraded it already). */
export async function seedWorkshop(page: Page, doc: Workshop): Promise<void> {
  await page.evaluate(
    ([id, text]) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('groundwork');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('workshops', 'readwrite');
          tx.objectStore('workshops').put(text, id);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    [doc.id, serializeWorkshop(doc)] as const,
  );
}
