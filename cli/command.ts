/** One subcommand of `npx groundwork`. */
export interface CliCommand {
  name: string;
  /** One line for `groundwork --help`. */
  summary: string;
  usage: string;
  /** Runs with the arguments after the command name; resolves with the exit status. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Where a command writes: the terminal in real use, buffers in tests. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const consoleIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
