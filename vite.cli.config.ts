import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { diagramPagePlugin } from './cli/diagram-page/build-plugin';

/**
 * The `groundwork` command line: one Node ES module, with the shared code and PDF engine bundled in,
 * and the page it draws diagrams with in headless Chromium (playwright-core is loaded, not bundled).
 */
export default defineConfig({
  plugins: [diagramPagePlugin('out/cli')],
  build: {
    ssr: resolve('cli/index.ts'),
    outDir: resolve('out/cli'),
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { external: ['playwright-core'], output: { entryFileNames: 'index.mjs', format: 'es' } },
  },
  ssr: { noExternal: true },
});
