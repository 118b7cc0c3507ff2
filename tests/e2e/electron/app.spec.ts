import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ElectronApplication, Page, TestInfo } from '@playwright/test';
import { _electron as electron, expect, test as base } from '@playwright/test';
import type { GroundworkApi } from '../../../shared/ipc';
import { apiChannels, apiGlobalName } from '../../../shared/ipc-channels';
import { createWorkshop } from '../../../shared/model/templates';

/**
 * The packaged app, end to end: launched from the built `out/` (package.json "main") with a
 * fresh user-data folder per test, so no test sees another's workshops or settings.
 * Run by `npm run test:electron`, which builds first and skips where Electron is not installed.
 */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

interface Launched {
  app: ElectronApplication;
  window: Page;
}

async function launch(userDataDir: string): Promise<Launched> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env.ELECTRON_RUN_AS_NODE;
  const app = await electron.launch({
    cwd: repoRoot,
    args: [
      '.',
      `--user-data-dir=${userDataDir}`,
      // Chromium refuses to run as root (CI containers) with its OS sandbox; the renderer's
      // `sandbox` web preference, checked below, is a separate setting and stays on.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-dev-shm-usage',
    ],
    env: { ...env, NODE_ENV: 'test', ELECTRON_DISABLE_SECURITY_WARNINGS: 'true' },
    timeout: 60_000,
  });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { app, window };
}

async function close({ app, window }: Launched, testInfo: TestInfo): Promise<void> {
  if (testInfo.status !== testInfo.expectedStatus && !window.isClosed()) {
    const screenshot = await window.screenshot().catch(() => null);
    if (screenshot) await testInfo.attach('window', { body: screenshot, contentType: 'image/png' });
  }
  await app.close();
}

const test = base.extend<{ userDataDir: string; launched: Launched }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument
  userDataDir: async ({}, use, testInfo) => {
    const dir = testInfo.outputPath('user-data');
    mkdirSync(dir, { recursive: true });
    await use(dir);
  },
  launched: async ({ userDataDir }, use, testInfo) => {
    const launched = await launch(userDataDir);
    await use(launched);
    await close(launched, testInfo);
  },
});

/** Calls the API the preload exposes, from inside the page. */
function callApi<M extends keyof GroundworkApi>(window: Page, method: M, args: Parameters<GroundworkApi[M]>[0]) {
  return window.evaluate(
    ({ name, method, args }) => {
      const api = (window as unknown as Record<string, Record<string, (a: unknown) => Promise<unknown>>>)[name];
      if (!api) throw new Error(`window.${name} is not exposed`);
      return api[method]!(args);
    },
    { name: apiGlobalName, method, args },
  ) as Promise<Awaited<ReturnType<GroundworkApi[M]>>>;
}

test('launches into the home screen, titled Groundwork, served from app://', async ({ launched: { window } }) => {
  await expect(window).toHaveTitle('Groundwork');
  await expect(window.getByRole('heading', { level: 1 })).toBeVisible();
  expect(window.url()).toMatch(/^app:\/\//);
});

test('the window runs with secure web preferences', async ({ launched: { app } }) => {
  // `getLastWebPreferences` is a real but undocumented (untyped) WebContents method: the
  // preferences the renderer was actually started with, defaults included.
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as
      | { getLastWebPreferences(): Record<string, unknown> | null }
      | undefined;
    return contents ? contents.getLastWebPreferences() : null;
  });
  expect(prefs).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
  });
});

test('the page sees one API object and no node', async ({ launched: { window } }) => {
  const page = await window.evaluate((name) => {
    const scope = globalThis as unknown as Record<string, unknown>;
    const api = scope[name];
    return {
      require: typeof scope.require,
      process: typeof scope.process,
      apiMethods: api && typeof api === 'object' ? Object.keys(api).sort() : null,
    };
  }, apiGlobalName);
  expect(page).toEqual({ require: 'undefined', process: 'undefined', apiMethods: Object.keys(apiChannels).sort() });
});

test('a workshop created in the app is still there after a relaunch', async ({ userDataDir }, testInfo) => {
  const doc = createWorkshop({
    template: 'llm-landing',
    title: '智能客服落地工作坊',
    language: 'zh-CN',
    now: new Date().toISOString(),
    makeId: (() => {
      let n = 0;
      return () => `e2e-${++n}`;
    })(),
  });

  const first = await launch(userDataDir);
  try {
    const saved = await callApi(first.window, 'saveWorkshop', { doc });
    expect(saved).toMatchObject({ ok: true });
  } finally {
    await close(first, testInfo);
  }

  const workshopsDir = join(userDataDir, 'workshops');
  expect(existsSync(workshopsDir), 'workshops are kept in the user-data folder given on the command line').toBe(true);
  expect(readdirSync(workshopsDir).filter((f) => f.endsWith('.groundwork'))).toHaveLength(1);

  const second = await launch(userDataDir);
  try {
    const listing = await callApi(second.window, 'listWorkshops', {});
    expect(listing).toMatchObject({ ok: true, value: { workshops: [{ id: doc.id, title: '智能客服落地工作坊', stageCount: 9 }], damaged: [] } });
    const loaded = await callApi(second.window, 'loadWorkshop', { id: doc.id });
    expect(loaded.ok && loaded.value.stages.map((s) => s.title)).toEqual(doc.stages.map((s) => s.title));
    await expect(second.window.getByText('智能客服落地工作坊').first()).toBeVisible();
  } finally {
    await close(second, testInfo);
  }
});
