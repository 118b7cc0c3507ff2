import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { contentSecurityPolicy } from '../../shared/csp';
import { appHost, appScheme } from './app-url';

/**
 * `app://groundwork/` serves the built renderer. A standard, secure scheme gives the pages a real
 * origin (storage, fetch of their own assets, module scripts) without file://'s wide reach.
 * Must run before the app's `ready` event.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, bypassCSP: false, stream: false },
    },
  ]);
}

/** The built renderer next to the built main bundle: out/main/index.js → out/renderer. */
export function rendererRootFor(mainDir: string): string {
  return path.resolve(mainDir, '..', 'renderer');
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every app:// response, errors included. */
function baseHeaders(): Record<string, string> {
  return { 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff' };
}

function errorResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...baseHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}

const isInside = (root: string, file: string): boolean => {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/** Maps a request URL to a file inside `root`, or null when it is not the app's or escapes the folder. */
async function resolveFile(root: string, url: URL): Promise<string | null> {
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = path.resolve(root, `.${pathname}`);
  if (!isInside(root, file)) return null;
  // A link inside the folder must not lead outside it either.
  const [realRoot, realFile] = await Promise.all([fsp.realpath(root), fsp.realpath(file)]);
  return isInside(realRoot, realFile) ? realFile : null;
}

/** Answers one app:// request from the files under `root`; anything else is a 404. */
export async function serveAppRequest(root: string, request: Pick<Request, 'url' | 'method'>): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405, 'Method Not Allowed');
  let file: string | null;
  let body: Buffer;
  try {
    file = await resolveFile(path.resolve(root), new URL(request.url));
    if (file === null) return errorResponse(404, 'Not Found');
    body = await fsp.readFile(file);
  } catch {
    return errorResponse(404, 'Not Found');
  }
  const headers = { ...baseHeaders(), 'Content-Type': contentTypeFor(file), 'Content-Length': String(body.byteLength) };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

/** Serves the renderer on app://groundwork/ (default session). Call after `ready`. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(appScheme, (request) => serveAppRequest(root, request));
}
