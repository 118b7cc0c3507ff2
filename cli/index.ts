// Entry of the command-line tool, bundled by vite.cli.config.ts into out/cli/index.mjs.
import { main } from './main';

void main(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
});
