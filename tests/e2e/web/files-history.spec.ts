import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

/**
 * Workshop files in the web build: export as a download (a blob: URL under the CSP), import,
 * history with preview and restore, quarantine of a damaged record with its good version offered,
 * the offer after an unclean exit, and a newer version's file shown read-only.
 */

function watch(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function create(page: Page, title: string) {
  await page.goto('/');
  await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: 'English' });
  await page.getByLabel('Workshop title').fill(title);
  await page.getByLabel('LLM application landing').check();
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('navigation', { name: 'Agenda' })).toBeVisible();
}

const saved = (page: Page) => expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/Saved|All changes saved/);
const titleBox = (page: Page) => page.getByRole('textbox', { name: 'Workshop title' });

/** Writes a record straight into the web build's IndexedDB (as another tab or a damaged disk would). */
async function putRecord(page: Page, id: string, text: string) {
  await page.evaluate(
    ([key, value]) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('groundwork', 2);
        req.onsuccess = () => {
          const tx = req.result.transaction('workshops', 'readwrite');
          tx.objectStore('workshops').put(value, key);
          tx.oncomplete = () => (req.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
    [id, text] as const,
  );
}

async function currentId(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const req = indexedDB.open('groundwork', 2);
        req.onsuccess = () => {
          const keys = req.result.transaction('workshops').objectStore('workshops').getAllKeys();
          keys.onsuccess = () => resolve(String(keys.result[0]));
          keys.onerror = () => reject(keys.error);
        };
      }),
  );
}

test('export downloads the workshop file; import brings it back as a second workshop', async ({ page }) => {
  const errors = watch(page);
  await create(page, 'Service desk pilot');
  await saved(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workshop file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Service desk pilot.groundwork');
  await expect(page.getByRole('status').filter({ hasText: 'Exported as Service desk pilot.groundwork' })).toBeVisible();
  const path = await file.path();
  const text = await readFile(path, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ title: 'Service desk pilot' });

  await page.getByRole('button', { name: '← Workshops' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(path);
  await expect(titleBox(page)).toHaveValue('Service desk pilot');
  await page.getByRole('button', { name: '← Workshops' }).click();
  await expect(page.getByRole('list', { name: 'Saved workshops' }).getByRole('listitem')).toHaveCount(2);

  // A damaged file is refused with the reason, and nothing is added.
  const bad = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await bad).setFiles({ name: 'broken.groundwork', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, 200)) });
  await expect(page.getByRole('alert')).toContainText('The file is damaged or incomplete');
  await expect(page.getByRole('list', { name: 'Saved workshops' }).getByRole('listitem')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('history: preview a snapshot and restore it after confirming', async ({ page }) => {
  const errors = watch(page);
  await create(page, 'Morning version');
  await saved(page);
  await titleBox(page).fill('Afternoon version');
  await saved(page);

  await page.getByRole('button', { name: 'History' }).click();
  const panel = page.getByRole('dialog', { name: 'History of this workshop' });
  const entries = panel.getByRole('list', { name: 'Snapshots' }).getByRole('button');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Every 10 minutes');
  await expect(entries.first()).toContainText('9 stages · 0 cards');
  await entries.first().click();
  await expect(panel.getByRole('heading', { name: 'Morning version' })).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: 'Technology selection' })).toBeVisible();
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await panel.getByRole('button', { name: 'Restore this version' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this version?' });
  await confirm.getByRole('button', { name: 'Restore this version' }).click();
  await expect(titleBox(page)).toHaveValue('Morning version');
  await page.getByRole('button', { name: 'History' }).click();
  await expect(panel.getByRole('list', { name: 'Snapshots' }).getByRole('button').first()).toContainText('Before a restore');
  expect(errors).toEqual([]);
});

test('a damaged record is quarantined and its good version restored from the home screen', async ({ page }) => {
  await create(page, 'Pain points day');
  await saved(page);
  const id = await currentId(page);
  await page.getByRole('button', { name: '← Workshops' }).click();
  await putRecord(page, id, '{"schemaVersion": 2, "id": "half a fi');
  await page.reload();
  const damaged = page.getByRole('region', { name: 'Files that could not be opened' });
  await expect(damaged).toContainText('The file is damaged or incomplete');
  await expect(damaged).toContainText('Moved, unchanged, to the quarantine folder');
  await expect(damaged).toContainText('Last good version: “Pain points day”');
  await damaged.getByRole('button', { name: `Restore the last good version of ${id}.groundwork` }).click();
  await expect(titleBox(page)).toHaveValue('Pain points day');
});

test('after an unclean exit, the newest state is offered on the home screen', async ({ page }) => {
  await create(page, 'Before the power cut');
  await titleBox(page).fill('Two seconds before the power cut');
  await saved(page);
  const id = await currentId(page);
  // What a crash leaves: the marker of a tab that never closed normally.
  await page.evaluate((workshop) => localStorage.setItem('groundwork.session', JSON.stringify({ tab: 'crashed-tab', id: workshop })), id);
  await page.reload();
  const offer = page.getByRole('dialog', { name: 'Groundwork did not close properly' });
  await expect(offer).toContainText('The newest saved state of “Two seconds before the power cut”');
  await offer.getByRole('button', { name: 'Open it' }).click();
  await expect(titleBox(page)).toHaveValue('Two seconds before the power cut');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Workshops on this machine' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a file from a newer version opens read-only', async ({ page }) => {
  await create(page, 'From the future');
  await saved(page);
  const id = await currentId(page);
  await page.getByRole('button', { name: '← Workshops' }).click();
  const text = await page.evaluate(
    (key) =>
      new Promise<string>((resolve) => {
        const req = indexedDB.open('groundwork', 2);
        req.onsuccess = () => {
          const get = req.result.transaction('workshops').objectStore('workshops').get(key);
          get.onsuccess = () => resolve(String(get.result));
        };
      }),
    id,
  );
  const newer = JSON.stringify({ ...JSON.parse(text), schemaVersion: 99 });
  await putRecord(page, id, newer);
  await page.reload();
  await expect(page.getByRole('button', { name: /^From the future/ })).toContainText('read-only');
  await page.getByRole('button', { name: /^From the future/ }).click();
  await expect(page.getByText(/made by a newer version of Groundwork \(file version 99\)/)).toBeVisible();
  await titleBox(page).fill('Changed');
  await expect(titleBox(page)).toHaveValue('From the future');
  await expect(page.getByRole('button', { name: 'History' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export workshop file' })).toHaveCount(0);
});
