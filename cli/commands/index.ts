import type { CliCommand } from '../command';
import { exportAdrCommand } from './export-adr';
import { exportPdfCommand } from './export-pdf';
import { validateCommand } from './validate';

/** Every subcommand; each lives in its own file in this folder and is listed here once. */
export const commands: CliCommand[] = [exportPdfCommand, exportAdrCommand, validateCommand];
