import path from 'node:path';

/**
 * Files the system asks the app to open: a double-click (`open-file` on macOS), the command line
 * (`groundwork workshop.groundwork` on Windows and Linux), or a second launch with a file (its
 * argv arrives in `second-instance`). The renderer waits for them with a long-running call, as
 * the preload exposes calls only, no listeners.
 */
export interface OpenRequests {
  push(file: string): void;
  /** The next file to open; waits for one. A newer waiter takes over and the older one gets null. */
  next(): Promise<string | null>;
}

export function createOpenRequests(): OpenRequests {
  const queue: string[] = [];
  let waiter: ((file: string | null) => void) | null = null;
  return {
    push(file) {
      if (waiter) {
        const resolve = waiter;
        waiter = null;
        resolve(file);
      } else queue.push(file);
    },
    next() {
      const queued = queue.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      waiter?.(null);
      return new Promise((resolve) => {
        waiter = resolve;
      });
    },
  };
}

/** The workshop files named on a command line: `.groundwork` arguments that are not switches. */
export function workshopFilesIn(argv: readonly string[], cwd: string = process.cwd()): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.groundwork')).map((arg) => path.resolve(cwd, arg));
}
