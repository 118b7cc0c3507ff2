import type { CliIo } from './command';
import { consoleIo } from './command';
import { commands } from './commands';

function help(io: CliIo): void {
  io.out('Usage: groundwork <command> [arguments]');
  io.out('');
  for (const c of commands) io.out(`  ${c.usage.padEnd(60)} ${c.summary}`);
}

/** `npx groundwork …`: finds the subcommand and runs it; unknown commands exit 2 with the help. */
export async function main(argv: string[], io: CliIo = consoleIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    help(io);
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`groundwork: unknown command "${name}"`);
    help(io);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    io.err(`groundwork ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
