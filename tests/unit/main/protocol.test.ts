import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { registerAppProtocol, registerAppScheme, rendererRootFor, serveAppRequest } from '../../../electron/main/protocol';
import { electron } from '../../mocks/electron';
import { useTempDirs } from '../../mocks/temp-dir';

const tempDir = useTempDirs();
beforeEach(() => electron.reset());

/** A built renderer folder, with a secret file beside it that must stay unreachable. */
async function builtRenderer() {
  const base = await tempDir();
  const root = path.join(base, 'renderer');
  await fsp.mkdir(path.join(root, 'assets'), { recursive: true });
  await fsp.writeFile(path.join(root, 'index.html'), '<!doctype html><title>Groundwork 落地工坊</title>');
  await fsp.writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await fsp.writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await fsp.writeFile(path.join(root, 'assets', 'LXGWWenKai.woff2'), 'font');
  await fsp.writeFile(path.join(base, 'secret.txt'), 'top secret');
  await fsp.symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  return root;
}

const get = (root: string, url: string, method = 'GET') => serveAppRequest(root, { url, method });

describe('app:// protocol', () => {
  it('registers app as a standard, secure scheme with fetch and no CSP bypass', () => {
    registerAppScheme(electron.protocol as unknown as Protocol);
    expect(electron.protocol.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, bypassCSP: false }) },
    ]);
  });

  it('finds the built renderer next to the built main bundle', () => {
    expect(rendererRootFor(path.join('/opt', 'groundwork', 'out', 'main'))).toBe(path.resolve('/opt/groundwork/out/renderer'));
  });

  it('serves the renderer files with their content type and the strict CSP', async () => {
    const root = await builtRenderer();
    const page = await get(root, 'app://groundwork/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('落地工坊');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect((await get(root, 'app://groundwork/')).headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await get(root, 'app://groundwork/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get(root, 'app://groundwork/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get(root, 'app://groundwork/assets/LXGWWenKai.woff2')).headers.get('content-type')).toBe('font/woff2');
  });

  it('answers path traversal, foreign hosts, links out of the folder and missing files with 404, CSP included', async () => {
    const root = await builtRenderer();
    for (const url of [
      'app://groundwork/../secret.txt',
      'app://groundwork/..%2fsecret.txt',
      'app://groundwork/%2e%2e/secret.txt',
      'app://groundwork/assets/..%2f..%2fsecret.txt',
      'app://groundwork/..%5csecret.txt',
      'app://groundwork/assets/link.txt',
      'app://groundwork/%E0%A4%A',
      'app://groundwork/index.html%00.js',
      'app://evil/index.html',
      'app://groundwork/nope.js',
    ]) {
      const response = await get(root, url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('top secret');
      expect(response.headers.get('content-security-policy'), url).toContain("connect-src 'none'");
    }
  });

  it('serves only GET and HEAD', async () => {
    const root = await builtRenderer();
    expect((await get(root, 'app://groundwork/index.html', 'POST')).status).toBe(405);
    const head = await get(root, 'app://groundwork/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('registers the handler for the app scheme', async () => {
    const root = await builtRenderer();
    registerAppProtocol(electron.protocol as unknown as Protocol, root);
    const handler = electron.protocol.handlers.get('app');
    const response = await handler?.(new Request('app://groundwork/index.html'));
    expect(response?.status).toBe(200);
  });
});
