import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './renderer/vite-csp-plugin.ts';

/** The web build: the same renderer with the browser (IndexedDB) host, served on 127.0.0.1. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspPlugin()],
  build: { outDir: resolve('dist-web'), emptyOutDir: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
