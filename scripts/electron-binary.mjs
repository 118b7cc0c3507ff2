// Where the Electron executable is, as node_modules/electron/index.js would find it, without
// require('electron'): that package tries to download its binary when it finds none.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron executable's path, or null when the binary is not installed. */
export function electronBinary() {
  const electronPackage = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!relative && !override) return null;
  const binary = path.join(override || path.join(electronPackage, 'dist'), relative || 'electron');
  return existsSync(binary) ? binary : null;
}
