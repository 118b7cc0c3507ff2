/**
 * Which addresses in workshop content may leave the app: plain http(s) web addresses with a host,
 * no user name or password (`https://bank.example@evil.example`), no hidden characters, at most
 * 2,048 characters. Everything else (javascript:, data:, file:, smb:, custom schemes, relative
 * paths) is refused. Main checks again before it opens anything (electron/main/external-links.ts).
 */

export type LinkTarget = { kind: 'external'; url: string } | { kind: 'refused'; reason: 'scheme' | 'relative' | 'malformed' };

export const maxLinkLength = 2048;

/** Control characters, whitespace and bidi overrides that URL parsers drop silently (`java\tscript:`). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const hidden = /[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/;

export const hasHiddenCharacters = (text: string): boolean => hidden.test(text);

export function classifyLink(href: string): LinkTarget {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.length > maxLinkLength || hidden.test(trimmed)) return { kind: 'refused', reason: 'malformed' };
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed)?.[1]?.toLowerCase();
  if (!scheme) return { kind: 'refused', reason: 'relative' };
  if (scheme !== 'http' && scheme !== 'https') return { kind: 'refused', reason: 'scheme' };
  try {
    const url = new URL(trimmed);
    if (url.hostname === '' || url.username !== '' || url.password !== '') return { kind: 'refused', reason: 'malformed' };
    return { kind: 'external', url: url.href };
  } catch {
    return { kind: 'refused', reason: 'malformed' };
  }
}
