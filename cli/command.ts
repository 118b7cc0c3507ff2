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

/**
 * Lines to a stream that may close under us: `groundwork validate a b | head -1` closes the pipe
 * after one line, and the next write fails with EPIPE (an 'error' event: unhandled, a stack trace).
 * Once a write fails the stream is left alone and later lines are dropped; the command carries on
 * (a PDF is still written) and ends with its own exit status. A failure other than a closed pipe
 * (a full disk under `> file`) is said once on `report`, when there is one.
 */
function lineWriter(stream: NodeJS.WritableStream, report?: (line: string) => void): (line: string) => void {
  let state: 'new' | 'open' | 'closed' = 'new';
  return (line) => {
    if (state === 'closed') return;
    if (state === 'new') {
      state = 'open';
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (state === 'closed') return;
        state = 'closed';
        if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') report?.(`groundwork: cannot write the output: ${error.message}`);
      });
    }
    stream.write(`${line}\n`);
  };
}

/** Terminal output on these streams; the error handlers are attached at the first line, not on import. */
export function streamIo(stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): CliIo {
  const err = lineWriter(stderr);
  return { out: lineWriter(stdout, err), err };
}

export const consoleIo: CliIo = streamIo(process.stdout, process.stderr);
