import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './renderer/vite-csp-plugin.ts';

/** The web build: the same renderer with the browser (IndexedDB) host, served on 127.0.0.1. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspPlugin()],
  // The PDF fonts travel inside the web build (no fetch under the CSP); Electron's reads them from disk.
  define: { __GW_BUNDLED_FONTS__: 'true' },
  // The PDF worker is a module worker with its own chunks (jsPDF's optional parts are lazy imports).
  worker: { format: 'es' },
  // GW_WEB_OUT lets parallel runs on one machine build into their own folders (default dist-web/).
  build: { outDir: resolve(process.env.GW_WEB_OUT ?? 'dist-web'), emptyOutDir: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
