import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../../electron/main/protocol';
import { cspPlugin } from '../../../renderer/vite-csp-plugin';
import { contentSecurityPolicy } from '../../../shared/csp';
import { useTempDirs } from '../../mocks/temp-dir';
import { repoRoot } from './source-scan';

const tempDir = useTempDirs();

/** directive → its source list, as a browser reads the policy. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** What the build writes into index.html (the web build, and the app's page for older loaders). */
async function transformedIndexHtml(): Promise<string> {
  const hook = cspPlugin().transformIndexHtml;
  const transform = typeof hook === 'function' ? hook : hook?.handler;
  if (!transform) throw new Error('the CSP plugin has no transformIndexHtml hook');
  const html = readFileSync(path.join(repoRoot, 'renderer', 'index.html'), 'utf8');
  const context = { path: '/index.html', filename: 'index.html' } as IndexHtmlTransformContext;
  const result = await (transform as (html: string, ctx: IndexHtmlTransformContext) => unknown).call({}, html, context);
  if (typeof result !== 'string') throw new Error('expected the hook to return the new HTML');
  return result;
}

describe('content security policy', () => {
  const policy = directives(contentSecurityPolicy);

  it('runs only the app’s own scripts: no inline script, no eval, no remote script', () => {
    // script-src governs scripts; default-src would be the fallback if it were missing.
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    for (const name of ['script-src-elem', 'script-src-attr']) expect(policy.has(name), name).toBe(false);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/);
    for (const name of ['default-src', 'script-src']) expect(policy.get(name), name).not.toContain("'unsafe-inline'");
  });

  it('allows no network connection at all, and names no remote origin anywhere', () => {
    expect(policy.get('connect-src')).toEqual(["'none'"]);
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(/^(\*|https?:|wss?:|ftp:)|\.[a-z]{2,}(:\d+)?(\/|$)|^\*\./i);
      }
    }
  });

  it('blocks plugins, frames, form posts and <base> hijacking', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it('is sent as a header on every app:// response', async () => {
    const root = await tempDir();
    const page = await serveAppRequest(root, { url: 'app://groundwork/missing.html', method: 'GET' });
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('is written into index.html as a meta tag, before any script', async () => {
    const html = await transformedIndexHtml();
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/);
    expect(meta?.[1]).toBe(contentSecurityPolicy);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('<head>')).toBeLessThan(html.indexOf('Content-Security-Policy'));
  });
});
