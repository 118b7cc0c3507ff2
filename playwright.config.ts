import { defineConfig } from '@playwright/test';

/**
 * Browser end-to-end tests against the web build (dist-web/, built by `npm run build:web`),
 * served by `vite preview` and driven in Debian's Chromium: Playwright's own browsers are never
 * downloaded. Every test gets a fresh browser context, so IndexedDB starts empty.
 */
/** GW_E2E_PORT, GW_WEB_OUT and GW_E2E_OUT let two runs on one machine use their own port, build and results. */
const port = Number(process.env.GW_E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e/web',
  outputDir: process.env.GW_E2E_OUT ?? 'test-results/web',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  reporter: 'list',
  // Behaviour, not speed (speed goals live in `npm run bench`): generous waits, so a loaded 2-core
  // CI machine fails a test only when the behaviour is wrong.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } }],
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
