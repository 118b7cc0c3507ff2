/**
 * The pieces of the MADR file format (https://adr.github.io/madr/, versions 3 and 4) that both the
 * writer and the reader need: file names, section headings, front matter, escaping.
 */

/** Section headings, exactly as MADR writes them (English in every language, as MADR tools expect). */
export const madrHeadings = {
  context: '## Context and Problem Statement',
  drivers: '## Decision Drivers',
  options: '## Considered Options',
  outcome: '## Decision Outcome',
  consequences: '### Consequences',
  prosAndCons: '## Pros and Cons of the Options',
  more: '## More Information',
} as const;

const headingLines = new Set<string>(Object.values(madrHeadings).map((h) => h.toLowerCase()));

/**
 * The ASCII slug of a title for its file name: its Latin words and digits in kebab case, or
 * `decision` when it has none (a Chinese title). MADR tools and most file systems expect ASCII
 * names; the title itself, in any script, is the file's first heading.
 */
export function madrSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug === '' ? 'decision' : slug;
}

/** `0001-use-rag-first.md` */
export function madrFileName(number: number, title: string): string {
  return `${String(number).padStart(4, '0')}-${madrSlug(title)}.md`;
}

/** The record number a MADR file name starts with (`0007-…` → 7), or null. */
export function numberFromFileName(fileName: string): number | null {
  const match = /^(\d{1,4})-/.exec(fileName.split(/[\\/]/).pop() ?? '');
  const n = match ? Number(match[1]) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/**
 * A line of field text that would read as one of the format's own headings gets a backslash
 * (Markdown shows it as the same text); the reader takes it off again.
 */
export function escapeText(text: string): string {
  return text
    .split('\n')
    .map((line) => (headingLines.has(line.trim().toLowerCase()) || /^\\+#/.test(line) ? `\\${line}` : line))
    .join('\n');
}

export function unescapeText(text: string): string {
  return text
    .split('\n')
    .map((line) => (/^\\+#/.test(line) ? line.slice(1) : line))
    .join('\n');
}

export const isHeadingLine = (line: string): boolean => headingLines.has(line.trim().toLowerCase());

/** A front-matter value: JSON strings and arrays are valid YAML flow scalars and sequences. */
export type FrontMatterValue = string | string[] | Record<string, string | null>[];

export function writeFrontMatter(entries: [string, FrontMatterValue][]): string {
  return ['---', ...entries.map(([key, value]) => `${key}: ${JSON.stringify(value)}`), '---'].join('\n');
}

/**
 * Reads the front matter at the start of `text`: `key: value` lines, where a value is JSON (as
 * written above) or a plain YAML scalar (as other MADR tools write it). Returns the rest of the text.
 */
export function readFrontMatter(text: string): { data: Record<string, unknown>; rest: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return { data: {}, rest: text };
  const data: Record<string, unknown> = {};
  for (const line of (match[1] ?? '').split('\n')) {
    const kv = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (!kv) continue;
    const [, key = '', raw = ''] = kv;
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    data[key] = plainValue(raw.trim());
  }
  return { data, rest: text.slice(match[0].length) };
}

function plainValue(raw: string): unknown {
  if (raw.startsWith('"') || raw.startsWith('[') || raw.startsWith('{')) {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      // not JSON: a YAML scalar such as 'single quoted' or an unquoted list
    }
  }
  if (raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2) return raw.slice(1, -1).replace(/''/g, "'");
  return raw;
}

/** A front-matter value as a list of strings: a JSON/YAML list, or a comma-separated string. */
export function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean);
  if (typeof value === 'string') return value.split(/[,，、]/).map((v) => v.trim()).filter(Boolean);
  return [];
}

export const stringOr = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
