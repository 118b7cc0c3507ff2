import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { build } from 'vite';
import { diagramPageFolder } from './protocol';

/**
 * Builds the diagram page (cli/diagram-page) into out/cli/diagram-page once the command line's
 * bundle is written: `npm run build:cli` makes both. Relative asset paths, no public folder.
 */
export function diagramPagePlugin(outDir: string): Plugin {
  return {
    name: 'groundwork-diagram-page',
    apply: 'build',
    async closeBundle() {
      await buildDiagramPage(outDir);
    },
  };
}

/** Builds the page into `<outDir>/diagram-page`. */
export async function buildDiagramPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, '.'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: { outDir: resolve(outDir, diagramPageFolder), emptyOutDir: true, target: 'chrome120', chunkSizeWarningLimit: 4096 },
  });
}
