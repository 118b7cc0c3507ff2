import { defineConfig } from '@playwright/test';

/**
 * Electron end-to-end tests: launch the built app (`out/`, from `electron-vite build`) with
 * Playwright's `_electron`. Run through `npm run test:electron` (scripts/test-electron.mjs),
 * which builds first and skips with a printed reason where the Electron binary is not installed.
 */
export default defineConfig({
  testDir: 'tests/e2e/electron',
  outputDir: 'test-results/electron',
  forbidOnly: Boolean(process.env.CI),
  // One Electron app at a time: each is a whole browser, and a relaunch test reuses its profile.
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { screenshot: 'only-on-failure', trace: 'retain-on-failure' },
});
