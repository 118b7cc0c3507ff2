import type { Plugin } from 'vite';
import { contentSecurityPolicy } from '../shared/csp.ts';

/** Writes the app's CSP into index.html for builds (the dev server needs its websocket, so not there). */
export function cspPlugin(): Plugin {
  return {
    name: 'groundwork-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      ),
  };
}
