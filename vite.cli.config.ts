import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The `groundwork` command line: one Node ES module, with the shared code and PDF engine bundled in. */
export default defineConfig({
  build: {
    ssr: resolve('cli/index.ts'),
    outDir: resolve('out/cli'),
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'index.mjs', format: 'es' } },
  },
  ssr: { noExternal: true },
});
