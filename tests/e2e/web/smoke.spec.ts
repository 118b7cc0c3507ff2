import { expect, test } from '@playwright/test';

test('the web build loads with the app title', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Groundwork');
});
