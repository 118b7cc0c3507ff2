/** The app's own origin: pages are served from `app://groundwork/` (see protocol.ts), never file://. */
export const appScheme = 'app';
export const appHost = 'groundwork';
export const appOrigin = `${appScheme}://${appHost}`;
export const appIndexUrl = `${appOrigin}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Node gives non-special schemes an opaque origin ("null"), so compare scheme, host and port. */
function sameOrigin(a: URL, b: URL): boolean {
  return a.protocol === b.protocol && a.host === b.host;
}

/**
 * Whether `url` belongs to the app: `app://groundwork/…`, or in development the electron-vite
 * dev server (`ELECTRON_RENDERER_URL`), and nothing else.
 */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === `${appScheme}:` && parsed.host === appHost) return true;
  const dev = devServerUrl ? parse(devServerUrl) : null;
  return dev !== null && sameOrigin(parsed, dev);
}

/** The dev server URL, only when electron-vite dev set it (never in a packaged app). */
export function devServerUrlFrom(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  const url = env.ELECTRON_RENDERER_URL;
  return !isPackaged && url ? url : undefined;
}
