import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { exportMadr } from '../../shared/adr/madr';
import type { CliCommand } from '../command';
import { errorText } from '../error-text';
import { readWorkshop } from '../read-workshop';

/**
 * `groundwork export-adr <file.groundwork> --out <dir>`: every decision record of a workshop as a
 * MADR Markdown file (`0001-title.md`, …) in `dir`, which is created if needed. The workshop file
 * is read exactly as the app reads it; exit 1 when it cannot be, 2 for a usage error.
 */
function parseArgs(args: string[]): { file: string; out: string } | string {
  let out: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--out' || arg === '-o') out = args[++i];
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 1) return files.length === 0 ? 'which file? (give one .groundwork file)' : 'give exactly one .groundwork file';
  if (!out) return 'where to? (give --out <folder>)';
  return { file: files[0] ?? '', out };
}

export const exportAdrCommand: CliCommand = {
  name: 'export-adr',
  summary: 'write the decision records of a workshop as MADR Markdown files',
  usage: 'export-adr <file.groundwork> --out <folder>',
  async run(args, io) {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      io.err(`groundwork export-adr: ${parsed}`);
      io.err(`usage: groundwork ${this.usage}`);
      return 2;
    }
    const decoded = await readWorkshop(parsed.file);
    if (!decoded.ok) {
      io.err(`groundwork export-adr: ${parsed.file}: ${errorText(decoded.error)}`);
      return 1;
    }
    const { doc } = decoded.value;
    const files = exportMadr(doc);
    if (files.length === 0) {
      io.out(`${parsed.file}: “${doc.title}” has no decision records; nothing written`);
      return 0;
    }
    const dir = path.resolve(parsed.out);
    await fsp.mkdir(dir, { recursive: true });
    for (const file of files) {
      await fsp.writeFile(path.join(dir, file.fileName), file.text, 'utf8');
      io.out(path.join(parsed.out, file.fileName));
    }
    io.out(`${files.length} decision record${files.length === 1 ? '' : 's'} of “${doc.title}” written as MADR to ${parsed.out}`);
    return 0;
  },
};
