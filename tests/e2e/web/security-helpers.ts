import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { serializeWorkshop } from '../../../shared/model/codec';
import { createWorkshop } from '../../../shared/model/templates';
import { newCard } from '../../../shared/model/workshop';

/**
 * The security suite's instruments: hostile payloads, a probe for script that ran (alert, console,
 * CSP violations), a recorder that aborts and logs every request leaving the app's origin, and a
 * check for markup that could only exist if content had been rendered as HTML.
 */

export const defaultBase = 'http://127.0.0.1:4173';

/** Content a hostile workshop file could carry; each would run script if it were ever rendered as HTML. */
export const hostile = {
  img: `<img src=x onerror="alert('xss-img');console.log('xss-img')">`,
  script: `<script>alert('xss-script');console.log('xss-script')</script>`,
  jsLink: `javascript:alert('xss-link')`,
  markdownLink: `[open me](javascript:alert('xss-md'))`,
  svg: `<svg onload="alert('xss-svg')"><circle r="1"/></svg>`,
  iframe: `<iframe src="javascript:alert('xss-iframe')"></iframe>`,
  styleLeak: `<style>@import url(https://evil.example/leak.css);</style><link rel="stylesheet" href="https://evil.example/x.css">`,
} as const;
export const allHostile = Object.values(hostile);

/** A workshop file whose titles, goals, prompts, participants and cards all carry the payloads. */
export function hostileWorkshopFile(): { text: string; title: string } {
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

export interface ProbeRecord {
  calls: string[][];
  violations: { directive: string; blocked: string }[];
}

/**
 * Installed before any page script: records every alert/confirm/prompt/print and console call,
 * and every CSP violation. A hostile payload that ran would show up here.
 */
export async function installProbe(page: Page): Promise<() => Promise<ProbeRecord>> {
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

export interface NetworkLog {
  /** Every request any page or worker of the context made. */
  requests: { url: string; type: string }[];
  /** Requests for anything outside the app's origin: aborted before they reach the network. */
  escaped: string[];
  websockets: string[];
}

/** Records every request of the context and aborts (and records) any that leaves the app's origin. */
export async function recordNetwork(context: BrowserContext, base: string): Promise<NetworkLog> {
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
export async function expectShownLiterally(page: Page, text: string) {
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
export async function injectedMarkup(page: Page) {
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

export const noMarkup = { onAttributes: [], inlineScripts: 0, images: 0, svgs: 0, iframes: 0, jsLinks: 0, foreignStyles: 0 };

export async function switchLanguage(page: Page, to: 'English' | '简体中文') {
  await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: to });
}

export async function waitSaved(page: Page) {
  await expect(page.getByRole('status', { name: /^(Save status|保存状态)$/ })).toHaveText(/已保存|Saved/);
}

export async function addCard(page: Page, text: string, newCardLabel = 'New card', addLabel = 'Add card') {
  await page.getByRole('textbox', { name: newCardLabel }).fill(text);
  await page.getByRole('button', { name: addLabel }).click();
  await expectShownLiterally(page, text);
}

export interface HostileWatch {
  probe: () => Promise<ProbeRecord>;
  network: NetworkLog;
  /** The message of every alert/confirm/prompt dialog that opened (each dismissed). */
  dialogs: string[];
}

/** Arms the instruments for a hostile-content test, before the first page load: probe, network recorder, dialog log. */
export async function watchHostile(page: Page, context: BrowserContext, base: string): Promise<HostileWatch> {
  const probe = await installProbe(page);
  const network = await recordNetwork(context, base);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { probe, network, dialogs };
}

/** No markup was injected, no script ran, no dialog opened, nothing left the origin and no payload's `src=x` was fetched. */
export async function expectNothingRan(page: Page, { probe, network, dialogs }: HostileWatch) {
  expect(await injectedMarkup(page)).toEqual(noMarkup);
  expect(await probe()).toEqual({ calls: [], violations: [] });
  expect(dialogs).toEqual([]);
  expect(network.escaped).toEqual([]);
  expect(network.requests.filter((r) => r.url.endsWith('/x'))).toEqual([]);
}

/** Imports a workshop file from the home screen's Import… button. */
export async function importWorkshopFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}
