import type { CliCommand } from '../command';

/** Every subcommand; each lives in its own file in this folder and is listed here once. */
export const commands: CliCommand[] = [];
