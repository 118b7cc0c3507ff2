#!/usr/bin/env node
// `npx groundwork <command>`: runs the bundled command line from out/cli (made by `npm run build`).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'out', 'cli', 'index.mjs');
if (!existsSync(entry)) {
  console.error('groundwork: the command line is not built yet. Run `npm ci && npm run build` first.');
  process.exit(1);
}
await import(pathToFileURL(entry).href);
