import { existsSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserType } from 'playwright-core';
import type { DiagramPicture } from '../../renderer/src/export/pdf/handout';
import type { PageDiagram } from '../diagram-page/protocol';
import { diagramPageFolder } from '../diagram-page/protocol';

/**
 * The command line's diagrams: the PDF engine runs in Node, which has no DOM for Mermaid, so the
 * diagrams are drawn by the app's own renderer in a page (out/cli/diagram-page) opened in headless
 * Chromium — the same pictures the app's export puts in the PDF. Offline: the page is served from
 * disk through request interception, every other request is refused, and Chromium's own
 * background networking is off.
 */

/** Twice the CSS pixel, as the app's export draws them (features/export/export-diagrams.ts). */
const pngScale = 2;
/** A made-up origin the page is served under; it never reaches a resolver. */
const origin = 'http://groundwork-diagrams.invalid';
const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND'];
const contentTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

/** The Chromium to launch: `GW_CHROMIUM`, else Debian's /usr/bin/chromium; null when neither exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const wanted = env.GW_CHROMIUM?.trim();
  if (wanted) return existsSync(wanted) ? wanted : null;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
}

/** The built diagram page: beside the bundle (out/cli/diagram-page), or out/cli/diagram-page above the sources. */
export function findDiagramPage(from: string = path.dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = from, up = 0; up < 4; dir = path.dirname(dir), up++) {
    for (const candidate of [path.join(dir, diagramPageFolder), path.join(dir, 'out', 'cli', diagramPageFolder)]) {
      // Built, not the sources in cli/diagram-page: the bundle's scripts are in assets/.
      if (existsSync(path.join(candidate, 'index.html')) && existsSync(path.join(candidate, 'assets'))) return candidate;
    }
  }
  return null;
}

export type ChromiumDiagrams = { ok: true; pictures: DiagramPicture[] } | { ok: false; reason: string };

interface DrawOptions {
  executable: string;
  page: string;
  /** Per diagram, in milliseconds. */
  timeout?: number;
}

/**
 * Draws each source (in order; one that fails comes back as its error, as in the app). Resolves
 * `ok: false` with a reason when Chromium or the page cannot be used at all.
 */
export async function drawDiagramsInChromium(sources: readonly string[], { executable, page: folder, timeout = 20_000 }: DrawOptions): Promise<ChromiumDiagrams> {
  let chromium: BrowserType;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return { ok: false, reason: 'playwright-core is not installed' };
  }
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: executable, args: launchArgs, timeout: 30_000 });
  } catch (error) {
    return { ok: false, reason: `Chromium (${executable}) did not start: ${firstLine(error)}` };
  }
  try {
    const context = await browser.newContext({ offline: true, serviceWorkers: 'block' });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin) return route.abort('blockedbyclient');
      const file = path.resolve(folder, `.${decodeURIComponent(url.pathname)}`);
      if (!file.startsWith(path.resolve(folder) + path.sep)) return route.abort('accessdenied');
      try {
        const body = await fsp.readFile(file);
        return route.fulfill({ status: 200, body, contentType: contentTypes[path.extname(file)] ?? 'application/octet-stream' });
      } catch {
        return route.fulfill({ status: 404, body: '' });
      }
    });
    const page = await context.newPage();
    await page.goto(`${origin}/index.html`, { waitUntil: 'load', timeout });
    await page.waitForFunction(() => typeof window.groundworkDrawDiagram === 'function', undefined, { timeout });
    const pictures: DiagramPicture[] = [];
    for (const source of sources) {
      let drawn: PageDiagram;
      try {
        page.setDefaultTimeout(timeout);
        drawn = await page.evaluate(([s, scale]) => window.groundworkDrawDiagram?.(s, scale) ?? Promise.resolve({ ok: false, message: 'no renderer' } as const), [source, pngScale] as const);
      } catch (error) {
        drawn = { ok: false, message: firstLine(error) };
      }
      pictures.push(drawn.ok ? { source, image: { bytes: new Uint8Array(Buffer.from(drawn.png, 'base64')), format: 'PNG', width: drawn.width, height: drawn.height } } : { source, error: drawn.message });
    }
    return { ok: true, pictures };
  } catch (error) {
    return { ok: false, reason: `the diagram page did not load: ${firstLine(error)}` };
  } finally {
    await browser.close().catch(() => undefined);
  }
}

const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
