import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Helpers for tests that check the main-process sources themselves (who may call what). */

export const repoRoot = path.resolve(import.meta.dirname, '../../..');

export interface SourceFile {
  /** Path relative to the repository, with forward slashes. */
  file: string;
  text: string;
}

/** Every .ts file under `dir` (relative to the repository), comments stripped. */
export function sourceFiles(dir: string): SourceFile[] {
  const root = path.join(repoRoot, dir);
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => {
      const absolute = path.join(entry.parentPath, entry.name);
      return { file: path.relative(repoRoot, absolute).split(path.sep).join('/'), text: stripComments(readFileSync(absolute, 'utf8')) };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** Removes block and line comments (not inside strings: good enough for our own sources). */
export function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** The text between the parenthesis at `open` and its matching closing one. */
export function argumentsAt(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') {
      depth -= 1;
      if (depth === 0) return text.slice(open + 1, i);
    }
  }
  return text.slice(open + 1);
}

/** Each `pattern` match (a regex ending at an opening parenthesis) with its argument text. */
export function callsOf(text: string, pattern: RegExp): string[] {
  const global = new RegExp(pattern.source, 'g');
  return [...text.matchAll(global)].map((match) => argumentsAt(text, (match.index ?? 0) + match[0].length - 1));
}
