import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { editor, preview } from './notes-helpers';

/**
 * Hostile content in notes and decision records (docs/threat-model.md T1, T2, T7, T8): Markdown
 * is shown without raw HTML, links never navigate the app and only http(s) ones may leave it
 * (after a confirmation), images load only from the note itself, Mermaid runs strict with no
 * click handlers and no HTML labels whatever the diagram asks, and a 5 MB paste is refused while
 * the app stays responsive. Under the built web app's real CSP: no violation, no alert, no request out.
 */

const svgWithScript = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" onload="alert(\'svg-onload\')"><script>alert(\'svg-script\')</script><rect width="40" height="20" fill="red"/></svg>').toString('base64');

const hostileMarkdown = [
  '# 恶意内容 hostile',
  '<img src=x onerror="alert(\'md-img\')">',
  '<script>alert(\'md-script\')</script>',
  '<iframe src="javascript:alert(\'md-iframe\')"></iframe>',
  '<div style="background:url(https://evil.example/css.png)">styled</div>',
  '<svg onload="alert(\'md-svg\')"><circle r="1"/></svg>',
  '<style>@import url(https://evil.example/leak.css);</style><link rel="stylesheet" href="https://evil.example/x.css">',
  '',
  '[js link](javascript:alert(\'md-js\')) [data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [file link](file:///etc/passwd) [web link](https://example.com/docs)',
  '',
  '![remote tracker](https://evil.example/track.png) ![svg with script](data:image/svg+xml;base64,' + svgWithScript + ')',
  '',
  '```mermaid',
  '%%{init: {"securityLevel": "loose", "htmlLabels": true, "flowchart": {"htmlLabels": true}, "themeCSS": "* { background: url(https://evil.example/m.png) }"}}%%',
  'flowchart LR',
  '  A["<img src=x onerror=alert(\'mm-label\')>"] --> B[坐席]',
  '  click A href "javascript:alert(\'mm-href\')"',
  '  click B call alert("mm-call")',
  '```',
  '',
  '```mermaid',
  '---',
  'config:',
  '  securityLevel: loose',
  '---',
  'sequenceDiagram',
  '  坐席->>模型: <script>alert("seq")</script>',
  '```',
].join('\n');

interface Probe {
  calls: string[];
  violations: string[];
}

async function installProbe(page: Page): Promise<() => Promise<Probe>> {
  await page.addInitScript(() => {
    const record: Probe = { calls: [], violations: [] };
    Object.defineProperty(window, '__notesProbe', { value: record });
    const scope = window as unknown as Record<string, unknown>;
    for (const name of ['alert', 'prompt', 'print']) scope[name] = (...args: unknown[]) => void record.calls.push(`${name}(${args.map(String).join(',')})`);
    const originalConfirm = window.confirm.bind(window);
    window.confirm = (message?: string) => (record.calls.push(`confirm(${message ?? ''})`), originalConfirm(message));
    const target = console as unknown as Record<string, (...args: unknown[]) => void>;
    for (const level of ['error', 'warn']) {
      const original = target[level]?.bind(console);
      target[level] = (...args: unknown[]) => (record.calls.push(`console.${level}(${args.map(String).join(' ')})`), original?.(...args));
    }
    document.addEventListener('securitypolicyviolation', (e) => record.violations.push(`${e.effectiveDirective} ${e.blockedURI}`), true);
  });
  return () => page.evaluate(() => (window as unknown as { __notesProbe: Probe }).__notesProbe);
}

async function injectedMarkup(page: Page) {
  return page.evaluate(() => ({
    onAttributes: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}[${a.name}]`)),
    scripts: document.querySelectorAll('script:not([src])').length,
    frames: document.querySelectorAll('iframe, object, embed, foreignObject').length,
    badImages: [...document.querySelectorAll('img')].filter((img) => !img.src.startsWith('data:image/')).map((img) => img.src),
    links: document.querySelectorAll('a[href]').length,
    inlineSvg: document.querySelectorAll('.markdown svg').length,
  }));
}

/** A paste into the editor, as the clipboard delivers it (CodeMirror reads `clipboardData`). */
async function paste(page: Page, text: string) {
  await page.evaluate((value) => {
    const target = document.querySelector('.markdown-editor')?.shadowRoot?.querySelector('.cm-content');
    if (!target) throw new Error('no editor');
    const data = new DataTransfer();
    data.setData('text/plain', value);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function openNotes(page: Page) {
  await page.goto('/');
  await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: 'English' });
  await page.getByLabel('Workshop title').fill('Hostile notes');
  await page.getByLabel('LLM application landing').check();
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /^(\d+ )?System architecture \d/ }).click();
  await page.getByRole('button', { name: 'Add section' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add section' });
  await dialog.getByLabel('Blank section').check();
  await dialog.getByRole('button', { name: 'Add section' }).click();
}

test('hostile Markdown, links, images and Mermaid in a note never run, navigate or fetch — before and after a reload', async ({ page, context, baseURL }) => {
  test.setTimeout(60_000);
  const probe = await installProbe(page);
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const outside: string[] = [];
  await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : (outside.push(route.request().url()), route.abort())));
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));

  await openNotes(page);
  await editor(page).click();
  await page.keyboard.insertText(hostileMarkdown);
  const note = preview(page);
  await expect(note.getByText('<script>alert(\'md-script\')</script>')).toBeVisible();
  await expect(note.getByText('<img src=x onerror="alert(\'md-img\')">')).toBeVisible();
  const diagrams = note.getByRole('img', { name: /^Diagram/ });
  await expect(diagrams).toHaveCount(2);
  await expect(note.getByRole('img', { name: 'svg with script' })).toBeVisible();

  // The diagrams stayed strict: SVG text labels (no HTML), no links, no script, nothing remote.
  for (const img of await diagrams.all()) {
    const svg = await img.evaluate((el: HTMLImageElement) => new TextDecoder().decode(Uint8Array.from(atob(el.src.split(',')[1] ?? ''), (c) => c.charCodeAt(0))));
    expect(svg).toMatch(/^<svg/);
    expect(svg).not.toMatch(/<foreignObject|<script|javascript:|\son[a-z]+=|\s(xlink:)?href="(?!#)|https:\/\/evil|<img|<iframe/i);
  }

  // Links: refused schemes are text; the web link asks first (dismissed here) and the tab stays.
  await note.getByText('js link').click();
  await note.getByText('data link').click();
  await note.getByText('file link').click();
  expect(dialogs).toEqual([]);
  await note.getByRole('button', { name: 'web link' }).click();
  await expect.poll(() => dialogs.length).toBe(1);
  expect(dialogs[0]).toContain('https://example.com/docs');
  expect(context.pages()).toHaveLength(1);
  expect(page.url()).toBe(`${origin}/`);
  await expect(note.getByRole('button', { name: 'Image not loaded (outside the workshop): remote tracker' })).toBeVisible();

  // A decision record with markup for a title and context: text in the list and the editor.
  const hostileTitle = `<img src=x onerror="alert('adr-title')"> [x](javascript:alert('adr'))`;
  await page.getByRole('tab', { name: /Decisions \(ADR\)/ }).click();
  await page.getByRole('button', { name: 'New decision record' }).click();
  const record = page.getByRole('article', { name: 'Decision record ADR-0001' });
  await record.getByLabel('Title').fill(hostileTitle);
  await record.getByLabel('Context and problem statement').fill(hostileMarkdown);
  await expect(page.getByRole('navigation', { name: 'Decision records' }).getByText(hostileTitle)).toBeVisible();
  await page.getByRole('tab', { name: 'Notes' }).click();

  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/Saved/);
  await page.reload();
  await page.getByRole('button', { name: /^Hostile notes/ }).click();
  await expect(preview(page).getByRole('img', { name: /^Diagram/ })).toHaveCount(2);
  await expect(preview(page).getByText('<script>alert(\'md-script\')</script>')).toBeVisible();
  await page.getByRole('tab', { name: /Decisions \(ADR\)/ }).click();
  await page.getByRole('button', { name: /ADR-0001/ }).click();
  await expect(page.getByRole('article', { name: 'Decision record ADR-0001' }).getByLabel('Title')).toHaveValue(hostileTitle);

  expect(await injectedMarkup(page)).toEqual({ onAttributes: [], scripts: 0, frames: 0, badImages: [], links: 0, inlineSvg: 0 });
  // Drawing is over: the DOM is as the browser made it (mermaid-csp.ts put every patch back).
  expect(
    await page.evaluate(() => ({
      setAttribute: Element.prototype.setAttribute.toString().includes('[native code]'),
      insertBefore: Node.prototype.insertBefore.toString().includes('[native code]'),
      appendChild: Node.prototype.appendChild.toString().includes('[native code]'),
      innerHTML: String(Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')?.get).includes('[native code]'),
      adoptedSheets: document.adoptedStyleSheets.length,
      stage: document.getElementById('gw-diagram-stage')?.childElementCount ?? 0,
    })),
  ).toEqual({ setAttribute: true, insertBefore: true, appendChild: true, innerHTML: true, adoptedSheets: 0, stage: 0 });
  const { calls, violations } = await probe();
  expect(calls.filter((c) => !c.startsWith('confirm('))).toEqual([]);
  expect(violations).toEqual([]);
  expect(outside).toEqual([]);
});

test('a 5 MB paste into a note is refused at once and the editor stays responsive', async ({ page }) => {
  test.setTimeout(90_000);
  const probe = await installProbe(page);
  await openNotes(page);
  await editor(page).click();
  // The largest section a document may hold (200,000 characters), pasted in as one piece.
  const block = (i: number) => `### 小节 ${i}\n\n| 组件 | 部署位置 | P95 延迟 |\n|---|---|---|\n| 检索 | 行内机房 | 80 ms |\n\n- [x] 确认 GPU 型号 ${i}\n- [ ] 压测\n\n坐席在五个系统之间切换，平均处理时长 6 分钟；目标 4 分钟。**数据不出行**，见 [规范](https://example.com/${i})。\n\n`;
  const large = `## 大章节\n\n${Array.from({ length: Math.floor(190_000 / block(1000).length) }, (_, i) => block(i)).join('')}`;
  await paste(page, large);
  // CSS, not a role query: the accessibility tree of a 190,000-character preview is slow to build.
  await expect(page.locator('.note-preview .md-h2', { hasText: '大章节' })).toBeVisible({ timeout: 30_000 });

  const pasted = await page.evaluate(async () => {
    const target = document.querySelector('.markdown-editor')?.shadowRoot?.querySelector('.cm-content');
    if (!target) throw new Error('no editor');
    const data = new DataTransfer();
    data.setData('text/plain', '恶意粘贴 paste '.repeat(Math.ceil((5 * 1024 * 1024) / 19)));
    const start = performance.now();
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return { ms: performance.now() - start, bytes: new TextEncoder().encode(data.getData('text/plain')).length };
  });
  await expect(page.getByRole('alert')).toContainText('This section is full (200000 characters)');
  console.log(`notes: a ${(pasted.bytes / 1024 / 1024).toFixed(1)} MB paste refused in ${pasted.ms.toFixed(0)} ms`);
  expect(pasted.bytes).toBeGreaterThanOrEqual(5 * 1024 * 1024);
  expect(pasted.ms).toBeLessThan(2_000);

  // Typing at the end of the largest note: key press to painted frame.
  await page.keyboard.press('Control+End');
  const latencies = await page.evaluate(async () => {
    const target = document.querySelector('.markdown-editor')?.shadowRoot?.querySelector('.cm-content') as HTMLElement;
    const out: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      target.ownerDocument.execCommand('insertText', false, 'x');
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      out.push(performance.now() - start);
    }
    return out.sort((a, b) => a - b);
  });
  const median = latencies[Math.floor(latencies.length / 2)] ?? 0;
  console.log(`notes: typing in a 190,000-character note, median ${median.toFixed(1)} ms per key to the next frame`);
  expect(median).toBeLessThan(200);
  expect((await probe()).violations).toEqual([]);
});
