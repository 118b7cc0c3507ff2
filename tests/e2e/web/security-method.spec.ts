import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { hostileMethodWorkshopFile } from './hostile-method-workshop';
import { allHostile, defaultBase, expectNothingRan, expectShownLiterally, hostile, importWorkshopFile, injectedMarkup, noMarkup, switchLanguage, watchHostile } from './security-helpers';

/**
 * Hostile content on the method boards (docs/threat-model.md T1): matrix options, criteria,
 * rationales and evidence (also inside the SVG charts), the feasibility scorecard, risks and
 * actions, arriving in an imported file. Shown as text, never run, nothing requested.
 */

test.describe.configure({ timeout: 90_000 });

async function visitMethodBoards(page: Page) {
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  await agenda.getByRole('button', { name: /^\d+ Technology selection/ }).click();
  for (const view of ['Options & criteria', 'Weights', 'Scoring', 'Results']) {
    await page.getByRole('tab', { name: view }).click();
    await expect(page.getByRole('tab', { name: view })).toHaveAttribute('aria-selected', 'true');
    if (view === 'Options & criteria') for (const name of [hostile.img, hostile.script, hostile.svg]) await expectShownLiterally(page, name);
    if (view === 'Scoring') for (const payload of allHostile.slice(0, 4)) await expectShownLiterally(page, payload);
  }
  // The charts draw option names (clipped to fit) into SVG text: still text.
  await expect(page.locator('svg text').filter({ hasText: '<img src=x' }).first()).toBeAttached();

  await agenda.getByRole('button', { name: /^\d+ Feasibility/ }).click();
  await expectShownLiterally(page, hostile.img);
  await expectShownLiterally(page, allHostile.join('\n'));
  await agenda.getByRole('button', { name: /^\d+ Challenges & risks/ }).click();
  for (const payload of allHostile) await expectShownLiterally(page, payload);
  await agenda.getByRole('button', { name: /^\d+ Continuous optimisation/ }).click();
  for (const payload of allHostile) await expectShownLiterally(page, payload);
  await expectShownLiterally(page, hostile.markdownLink);
}

test('hostile text on the matrix, scorecard, risk and action boards never runs script, before or after a reload', async ({ page, context, baseURL }) => {
  const watch = await watchHostile(page, context, baseURL ?? defaultBase);

  await page.goto('/');
  await switchLanguage(page, 'English');
  await importWorkshopFile(page, 'hostile-boards.groundwork', hostileMethodWorkshopFile());
  await expect(page.getByRole('textbox', { name: 'Workshop title' })).toHaveValue('恶意方法板 hostile boards');
  await visitMethodBoards(page);
  expect(await injectedMarkup(page)).toEqual(noMarkup);

  await page.reload();
  await page.getByRole('button', { name: /^恶意方法板 hostile boards/ }).click();
  await visitMethodBoards(page);

  await expectNothingRan(page, watch);
});
