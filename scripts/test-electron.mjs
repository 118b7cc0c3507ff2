#!/usr/bin/env node
// Runs the Electron end-to-end suite (tests/e2e/electron): builds the app with electron-vite, then
// runs Playwright with playwright.electron.config.ts, under a virtual X display on Linux when
// there is no display. Where the Electron binary is not installed (`npm ci` with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1), it says so and exits 0. It never `require`s electron:
// that package tries to download its binary when it finds none.
import { spawnSync } from 'node:child_process';
import { electronBinary, repoRoot } from './electron-binary.mjs';

const root = repoRoot;

/** Runs a command in the repository root with inherited output; returns its exit code. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) {
    console.error(`test-electron: could not run ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

if (!electronBinary()) {
  console.log('skipped: Electron binary not installed (tests/e2e/electron did not run)');
  process.exit(0);
}

const build = run('npx', ['electron-vite', 'build']);
if (build !== 0) process.exit(build);

const playwright = ['playwright', 'test', '-c', 'playwright.electron.config.ts', ...process.argv.slice(2)];
if (process.platform === 'linux' && !process.env.DISPLAY) {
  if (!commandExists('xvfb-run')) {
    console.error('test-electron: no DISPLAY and no xvfb-run; install xvfb (Debian package "xvfb") or set DISPLAY');
    process.exit(1);
  }
  process.exit(run('xvfb-run', ['-a', 'npx', ...playwright]));
}
process.exit(run('npx', playwright));
