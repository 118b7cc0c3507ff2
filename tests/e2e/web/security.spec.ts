import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { contentSecurityPolicy } from '../../../shared/csp';
import { serializeWorkshop } from '../../../shared/model/codec';
import { createWorkshop } from '../../../shared/model/templates';
import { newCard } from '../../../shared/model/workshop';

/**
 * Security in the browser build (same renderer, same CSP as the app): hostile workshop content
 * never runs, and nothing leaves the app's origin. See docs/threat-model.md.
 */

const defaultBase = 'http://127.0.0.1:4173';

/** Content a hostile workshop file could carry; each would run script if it were ever rendered as HTML. */
const hostile = {
  img: `<img src=x onerror="alert('xss-img');console.log('xss-img')">`,
  script: `<script>alert('xss-script');console.log('xss-script')</script>`,
  jsLink: `javascript:alert('xss-link')`,
  markdownLink: `[open me](javascript:alert('xss-md'))`,
  svg: `<svg onload="alert('xss-svg')"><circle r="1"/></svg>`,
  iframe: `<iframe src="javascript:alert('xss-iframe')"></iframe>`,
  styleLeak: `<style>@import url(https://evil.example/leak.css);</style><link rel="stylesheet" href="https://evil.example/x.css">`,
} as const;
const allHostile = Object.values(hostile);

/** A workshop file whose titles, goals, prompts, participants and cards all carry the payloads. */
function hostileWorkshopFile(): { text: string; title: string } {
  let n = 0;
  const title = `${hostile.img} ${hostile.svg}`;
  const doc = createWorkshop({ template: 'llm-landing', title, language: 'en', now: '2026-03-01T09:00:00.000Z', makeId: () => `h${++n}` });
  const stages = doc.stages.map((stage, i) => {
    const named = { ...stage, title: allHostile[i % allHostile.length] ?? stage.title, goal: allHostile.join('\n'), prompts: allHostile };
    if (named.kind !== 'cards' || i > 0) return named;
    const cards = [...allHostile, allHostile.join('\n')].map((t) => newCard({ id: `h${++n}`, text: t, createdAt: doc.createdAt, tags: [hostile.script] }));
    return { ...named, cards };
  });
  const participants = [{ id: `h${++n}`, name: hostile.iframe, role: hostile.styleLeak }];
  return { text: serializeWorkshop({ ...doc, stages, participants }), title };
}

interface ProbeRecord {
  calls: string[][];
  violations: { directive: string; blocked: string }[];
}

/**
 * Installed before any page script: records every alert/confirm/prompt/print and console call,
 * and every CSP violation. A hostile payload that ran would show up here.
 */
async function installProbe(page: Page): Promise<() => Promise<ProbeRecord>> {
  await page.addInitScript(() => {
    const record: ProbeRecord = { calls: [], violations: [] };
    Object.defineProperty(window, '__securityProbe', { value: record });
    const scope = window as unknown as Record<string, unknown>;
    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
      scope[name] = (...args: unknown[]) => {
        record.calls.push([name, ...args.map(String)]);
        return name === 'confirm' ? false : null;
      };
    }
    const target = console as unknown as Record<string, (...args: unknown[]) => void>;
    for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace']) {
      const original = target[level]?.bind(console);
      target[level] = (...args: unknown[]) => {
        record.calls.push([`console.${level}`, ...args.map(String)]);
        original?.(...args);
      };
    }
    document.addEventListener(
      'securitypolicyviolation',
      (e) => record.violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
      true,
    );
  });
  return () => page.evaluate(() => (window as unknown as { __securityProbe: ProbeRecord }).__securityProbe);
}

interface NetworkLog {
  /** Every request any page or worker of the context made. */
  requests: { url: string; type: string }[];
  /** Requests for anything outside the app's origin: aborted before they reach the network. */
  escaped: string[];
  websockets: string[];
}

/** Records every request of the context and aborts (and records) any that leaves the app's origin. */
async function recordNetwork(context: BrowserContext, base: string): Promise<NetworkLog> {
  const origin = new URL(base).origin;
  const log: NetworkLog = { requests: [], escaped: [], websockets: [] };
  context.on('request', (request) => log.requests.push({ url: request.url(), type: request.resourceType() }));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    log.escaped.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => page.on('websocket', (socket) => log.websockets.push(socket.url())));
  return log;
}

/** Text shown literally: as the value of a form field, or as text on the page. */
async function expectShownLiterally(page: Page, text: string) {
  await expect
    .poll(() =>
      page.evaluate((wanted) => {
        const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input')];
        return fields.some((field) => field.value === wanted) || document.body.innerText.includes(wanted);
      }, text),
    )
    .toBe(true);
}

/** Markup that could only exist if content had been rendered as HTML. */
async function injectedMarkup(page: Page) {
  return page.evaluate(() => {
    const onAttributes = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
    );
    return {
      onAttributes,
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      images: document.querySelectorAll('img[src="x"]').length,
      svgs: document.querySelectorAll('svg[onload]').length,
      iframes: document.querySelectorAll('iframe, frame, object, embed').length,
      jsLinks: document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i]').length,
      foreignStyles: [...document.querySelectorAll('link[rel~="stylesheet"], style')].filter((el) =>
        /evil\.example/.test(el.outerHTML),
      ).length,
    };
  });
}

const noMarkup = { onAttributes: [], inlineScripts: 0, images: 0, svgs: 0, iframes: 0, jsLinks: 0, foreignStyles: 0 };

async function switchLanguage(page: Page, to: 'English' | '简体中文') {
  await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: to });
}

async function waitSaved(page: Page) {
  await expect(page.getByRole('status', { name: /^(Save status|保存状态)$/ })).toHaveText(/已保存|Saved/);
}

async function addCard(page: Page, text: string, newCardLabel = 'New card', addLabel = 'Add card') {
  await page.getByRole('textbox', { name: newCardLabel }).fill(text);
  await page.getByRole('button', { name: addLabel }).click();
  await expectShownLiterally(page, text);
}

test.describe('hostile workshop content', () => {
  test('in cards, workshop and stage titles never runs script, before or after a reload', async ({ page, context, baseURL }) => {
    const probe = await installProbe(page);
    const network = await recordNetwork(context, baseURL ?? defaultBase);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

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
    expect(await injectedMarkup(page)).toEqual(noMarkup);
    expect(await probe()).toEqual({ calls: [], violations: [] });
    expect(dialogs).toEqual([]);
    expect(network.escaped).toEqual([]);
    expect(network.requests.filter((r) => r.url.endsWith('/x'))).toEqual([]);
  });

  test('in an imported workshop file never runs script; prototype keys and oversize fields are refused', async ({ page, context, baseURL }) => {
    const probe = await installProbe(page);
    const network = await recordNetwork(context, baseURL ?? defaultBase);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const importFile = async (name: string, text: string) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import…' }).click();
      await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    };

    await page.goto('/');
    await switchLanguage(page, 'English');
    const { text, title } = hostileWorkshopFile();
    await importFile('hostile.groundwork', text);
    await expect(page.getByRole('textbox', { name: 'Workshop title' })).toHaveValue(title);
    for (const payload of allHostile) await expectShownLiterally(page, payload);
    await expectShownLiterally(page, allHostile.join('\n'));
    await page.getByRole('button', { name: '← Workshops' }).click();
    await expectShownLiterally(page, title);

    // Refused with the reason, and nothing added: a prototype key, and a field over its limit.
    const doc = JSON.parse(text) as Record<string, unknown>;
    await importFile('proto.groundwork', text.replace('"participants": [', '"__proto__": {"polluted": true},\n  "participants": ['));
    await expect(page.getByRole('alert')).toContainText('forbidden key "__proto__"');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await importFile('oversize.groundwork', JSON.stringify({ ...doc, title: 'x'.repeat(10_000) }));
    await expect(page.getByRole('alert')).toContainText('at title');
    await expect(page.getByRole('list', { name: 'Saved workshops' }).getByRole('listitem')).toHaveCount(1);

    expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
    expect(await injectedMarkup(page)).toEqual(noMarkup);
    expect(await probe()).toEqual({ calls: [], violations: [] });
    expect(dialogs).toEqual([]);
    expect(network.escaped).toEqual([]);
  });

  // Notes, Mermaid diagrams and decision records: tests/e2e/web/notes-security.spec.ts (every payload
  // above plus Markdown/Mermaid ones, before and after a reload).
  // TODO(matrix): the matrix board's per-cell rationales are not built yet. When they are: put
  // `allHostile` into rationales and evidence, and assert as above.
  test.fixme('in matrix rationales never runs script', async () => {});
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

// TODO(boards, export): extend the zero-network flow above to the matrix and notes boards and to
// PDF export (and check the generated PDF embeds its fonts and links nothing outside) once built.
test.fixme('the zero-network flow covers the matrix, notes and PDF export', async () => {});
