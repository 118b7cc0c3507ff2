import { expect, test } from '@playwright/test';
import { contentSecurityPolicy } from '../../../shared/csp';
import {
  addCard,
  allHostile,
  defaultBase,
  expectNothingRan,
  expectShownLiterally,
  hostile,
  hostileWorkshopFile,
  importWorkshopFile,
  installProbe,
  recordNetwork,
  switchLanguage,
  waitSaved,
  watchHostile,
} from './security-helpers';

/**
 * Security in the browser build (same renderer, same CSP as the app): hostile workshop content
 * never runs, and nothing leaves the app's origin. See docs/threat-model.md.
 */

test.describe('hostile workshop content', () => {
  test('in cards, workshop and stage titles never runs script, before or after a reload', async ({ page, context, baseURL }) => {
    const watch = await watchHostile(page, context, baseURL ?? defaultBase);

    await page.goto('/');
    await switchLanguage(page, 'English');
    const title = `${hostile.img} ${hostile.svg}`;
    await page.getByLabel('Workshop title').fill(title);
    await page.getByRole('button', { name: 'Create workshop' }).click();

    // Cards in two stages: every payload, one card each, and one card with all of them.
    for (const payload of allHostile) await addCard(page, payload);
    const agenda = page.getByRole('navigation', { name: 'Agenda' });
    await agenda.getByRole('button', { name: /User research/ }).click();
    await addCard(page, allHostile.join('\n'));

    // A stage renamed to markup.
    await agenda.getByRole('button', { name: 'Rename' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename stage' });
    await rename.getByLabel('Stage title').fill(`${hostile.script}${hostile.iframe}`);
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${hostile.script}${hostile.iframe}`);
    await waitSaved(page);

    // Everything comes back from storage and is rendered again, on the home screen and the boards.
    await page.reload();
    await expectShownLiterally(page, title);
    await page.getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    const agendaAfter = page.getByRole('navigation', { name: 'Agenda' });
    await agendaAfter.getByRole('button', { name: /^\d+ <script>/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${hostile.script}${hostile.iframe}`);
    await expectShownLiterally(page, allHostile.join('\n'));
    await agendaAfter.getByRole('button', { name: /Scenario/ }).click();
    for (const payload of allHostile) await expectShownLiterally(page, payload);

    await expect(page).toHaveTitle('Groundwork');
    await expectNothingRan(page, watch);
  });

  test('in an imported workshop file never runs script; prototype keys and oversize fields are refused', async ({ page, context, baseURL }) => {
    const watch = await watchHostile(page, context, baseURL ?? defaultBase);

    await page.goto('/');
    await switchLanguage(page, 'English');
    const { text, title } = hostileWorkshopFile();
    await importWorkshopFile(page, 'hostile.groundwork', text);
    await expect(page.getByRole('textbox', { name: 'Workshop title' })).toHaveValue(title);
    for (const payload of allHostile) await expectShownLiterally(page, payload);
    await expectShownLiterally(page, allHostile.join('\n'));
    await page.getByRole('button', { name: '← Workshops' }).click();
    await expectShownLiterally(page, title);

    // Refused with the reason, and nothing added: a prototype key, and a field over its limit.
    const doc = JSON.parse(text) as Record<string, unknown>;
    await importWorkshopFile(page, 'proto.groundwork', text.replace('"participants": [', '"__proto__": {"polluted": true},\n  "participants": ['));
    await expect(page.getByRole('alert')).toContainText('forbidden key "__proto__"');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await importWorkshopFile(page, 'oversize.groundwork', JSON.stringify({ ...doc, title: 'x'.repeat(10_000) }));
    await expect(page.getByRole('alert')).toContainText('at title');
    await expect(page.getByRole('list', { name: 'Saved workshops' }).getByRole('listitem')).toHaveCount(1);

    expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
    await expectNothingRan(page, watch);
  });

  // Notes, Mermaid diagrams and decision records: tests/e2e/web/notes-security.spec.ts (every payload
  // above plus Markdown/Mermaid ones, before and after a reload). Matrix, scorecard, risks and actions:
  // tests/e2e/web/security-method.spec.ts.
});

test.describe('zero network', () => {
  test('a full workshop flow makes no request outside the app’s origin, and none to fonts or CDNs', async ({ page, context, baseURL }) => {
    const base = baseURL ?? defaultBase;
    const probe = await installProbe(page);
    const network = await recordNetwork(context, base);

    await page.goto('/');
    await switchLanguage(page, 'English');
    await page.getByLabel('Workshop title').fill('Network audit 网络审计');
    await page.getByLabel('LLM application landing').check();
    await page.getByRole('button', { name: 'Create workshop' }).click();
    const agenda = page.getByRole('navigation', { name: 'Agenda' });
    await expect(agenda.getByRole('listitem')).toHaveCount(9);

    await addCard(page, 'Average handling time 6 min → 4 min');
    await addCard(page, '客服坐席在五个系统之间切换');
    await agenda.getByRole('button', { name: /User research/ }).click();
    await addCard(page, 'Agents search five systems for one answer');
    await agenda.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('dialog', { name: 'Rename stage' }).getByLabel('Stage title').fill('Pain points 痛点');
    await page.getByRole('dialog', { name: 'Rename stage' }).getByRole('button', { name: 'Rename' }).click();
    await agenda.getByRole('button', { name: /Data collection/ }).click();
    await addCard(page, 'Ticket history: 3 years, 12% missing categories');
    await agenda.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('dialog', { name: 'Rename stage' }).getByLabel('Stage title').fill('数据来源 Data sources');
    await page.getByRole('dialog', { name: 'Rename stage' }).getByRole('button', { name: 'Rename' }).click();
    // Every stage's board is rendered once (the planned boards too).
    for (const item of await agenda.getByRole('listitem').all()) await item.getByRole('button').first().click();

    await switchLanguage(page, '简体中文');
    await expect(page.getByRole('navigation', { name: '议程' })).toBeVisible();
    await waitSaved(page);
    await page.reload();
    await page.getByRole('button', { name: /^Network audit 网络审计/ }).click();
    await page.getByRole('navigation', { name: '议程' }).getByRole('button', { name: /Pain points 痛点/ }).click();
    await expectShownLiterally(page, 'Agents search five systems for one answer');

    const origin = new URL(base).origin;
    const outside = network.requests.filter((r) => !r.url.startsWith('data:') && !r.url.startsWith('blob:') && new URL(r.url).origin !== origin);
    expect(outside).toEqual([]);
    expect(network.escaped).toEqual([]);
    expect(network.websockets).toEqual([]);
    expect(network.requests.filter((r) => /fonts\.(googleapis|gstatic)\.com|cdn|unpkg|jsdelivr|cloudflare|typekit|fontawesome/i.test(r.url))).toEqual([]);
    expect(network.requests.length, 'the recorder saw the app load').toBeGreaterThan(0);
    expect(context.serviceWorkers()).toEqual([]);
    // A request the CSP blocked never reaches the recorder above; it shows up as a violation here.
    expect(await probe()).toEqual({ calls: [], violations: [] });
  });

  test('the built page and styles name no outside address to load from', async ({ page, baseURL }) => {
    const base = baseURL ?? defaultBase;
    const html = await (await page.request.get(`${base}/`)).text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    for (const asset of assets) expect(asset, 'a local asset').toMatch(/^(\.\/|\/(?!\/)|data:)/);
    for (const css of assets.filter((a) => a.endsWith('.css'))) {
      const text = await (await page.request.get(new URL(css, `${base}/`).href)).text();
      expect(text.match(/url\(\s*['"]?(https?:)?\/\/[^)]*\)|@import[^;]*(https?:)?\/\//g), css).toBeNull();
    }
  });
});

test.describe('content security policy', () => {
  test('the page carries the app’s CSP, with connect-src none and no unsafe-eval or inline script', async ({ page }) => {
    await page.goto('/');
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(contentSecurityPolicy);
    expect(meta).toContain("connect-src 'none'");
    expect(meta).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  test('blocks fetch and every other way out of the page, before it reaches the network', async ({ page, context, baseURL }) => {
    const probe = await installProbe(page);
    const network = await recordNetwork(context, baseURL ?? defaultBase);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const fetchResult = await page.evaluate(async () => {
      try {
        await fetch('https://example.com/');
        return 'fetched';
      } catch (error) {
        return `rejected: ${String(error)}`;
      }
    });
    expect(fetchResult).toMatch(/^rejected/);

    const attempts = await page.evaluate(async () => {
      const results: Record<string, string> = {};
      const xhr = new XMLHttpRequest();
      await new Promise<void>((resolve) => {
        xhr.onerror = () => resolve();
        xhr.onload = () => resolve();
        try {
          xhr.open('GET', 'https://example.com/xhr');
          xhr.send();
        } catch {
          resolve();
        }
      });
      results.xhr = String(xhr.status);
      try {
        new WebSocket('wss://example.com/socket');
        results.websocket = 'opened';
      } catch (error) {
        results.websocket = `threw: ${String(error)}`;
      }
      // sendBeacon answers true (queued); the CSP then refuses to send it (a connect-src violation).
      navigator.sendBeacon('https://example.com/beacon', 'workshop data');
      const image = new Image();
      image.src = 'https://example.com/pixel.png';
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = 'https://fonts.googleapis.com/css2?family=Noto+Sans+SC';
      document.head.append(style);
      try {
        const remoteModule = 'https://cdn.example.com/module.js';
        await import(/* @vite-ignore */ remoteModule);
        results.import = 'imported';
      } catch {
        results.import = 'rejected';
      }
      return results;
    });
    expect(attempts).toMatchObject({ xhr: '0', import: 'rejected' });

    await expect
      .poll(async () => new Set((await probe()).violations.map((v) => v.directive)))
      .toEqual(new Set(['connect-src', 'img-src', 'style-src-elem', 'script-src-elem']));
    const blocked = (await probe()).violations.map((v) => v.blocked).join(' ');
    for (const url of ['https://example.com/xhr', 'https://example.com/beacon', 'wss://example.com/socket', 'https://example.com/pixel.png', 'fonts.googleapis.com', 'cdn.example.com']) {
      expect(blocked).toContain(url);
    }
    expect(network.escaped, 'the CSP stopped every attempt in the page, before the network').toEqual([]);
  });

  test('refuses an injected inline script, eval, new Function and string timers', async ({ page }) => {
    const probe = await installProbe(page);
    await page.goto('/');
    const outcome = await page.evaluate(
      () =>
        new Promise<Record<string, unknown>>((resolve) => {
          const scope = window as unknown as Record<string, unknown>;
          const script = document.createElement('script');
          script.textContent = 'window.__inlineRan = true';
          document.head.append(script);
          const attempt = (run: () => unknown) => {
            try {
              return String(run());
            } catch (error) {
              return error instanceof EvalError ? 'EvalError' : String(error);
            }
          };
          // DevTools' own evaluation may use eval; a task the page runs by itself may not.
          setTimeout(() => {
            const evalResult = attempt(() => (0, eval)('1 + 1'));
            const functionResult = attempt(() => new Function('return 2')());
            (setTimeout as unknown as (code: string, ms: number) => void)('window.__timerRan = true', 0);
            setTimeout(() => resolve({ inlineRan: scope.__inlineRan ?? false, timerRan: scope.__timerRan ?? false, evalResult, functionResult }), 50);
          }, 0);
        }),
    );
    expect(outcome).toEqual({ inlineRan: false, timerRan: false, evalResult: 'EvalError', functionResult: 'EvalError' });
    await expect
      .poll(async () => (await probe()).violations.map((v) => `${v.directive} ${v.blocked}`).sort())
      .toEqual(['script-src eval', 'script-src eval', 'script-src eval', 'script-src-elem inline']);
  });
});

// The same recorder across a whole workshop day (matrix, notes, presenter, PDF export): network-flow.spec.ts.
