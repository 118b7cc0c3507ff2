// `npm start`: build the app with electron-vite, then run it in Electron. When the Electron
// binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD, offline machines), say so and point to
// the web build instead. Never require('electron') here: without its binary it tries to download it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';
import { electronBinary, repoRoot } from './electron-binary.mjs';

const root = repoRoot;

/** Runs a command with the terminal attached; resolves with its exit code. */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root, ...options });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const binary = electronBinary();
if (!binary) {
  console.error(
    [
      'Electron binary not installed (node_modules/electron has no downloaded binary).',
      'Run the web build instead:',
      '',
      '  npm run web',
      '',
      'and open http://127.0.0.1:4173 in a browser.',
    ].join('\n'),
  );
  process.exit(1);
}

const electronVite = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const built = await run(process.execPath, [electronVite, 'build']);
if (built !== 0) process.exit(built);

// Electron refuses to start as a Node process if this is set by a parent tool.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
process.exit(await run(binary, ['.', ...process.argv.slice(2)], { env }));
