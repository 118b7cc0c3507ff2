import { hasHiddenCharacters } from '../../../../../shared/links/external-link';

/**
 * What a link or image in untrusted Markdown may do. Links never navigate the app: an http(s)
 * address may be handed to the system browser after the facilitator agrees (the host asks);
 * every other scheme (javascript:, data:, file:, vbscript:, custom protocols) and every relative
 * address is refused and shown as text. Images come only from the document itself (`data:image/…`
 * URLs); a remote image is never fetched, it is shown as a link to its address.
 */

export type { LinkTarget } from '../../../../../shared/links/external-link';
export { classifyLink } from '../../../../../shared/links/external-link';

/** Raster and vector images embedded in the note; an <img> never runs script, even from SVG. */
const embeddedImage = /^data:image\/(png|jpe?g|gif|webp|avif|bmp|svg\+xml)(;[a-z0-9=.+-]+)*(;base64)?,/i;

/** The image's source when it may be shown (embedded in the document), else null. */
export function embeddedImageSource(href: string): string | null {
  const trimmed = href.trim();
  return embeddedImage.test(trimmed) && !hasHiddenCharacters(trimmed) ? trimmed : null;
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', hellip: '…', mdash: '—', ndash: '–', middot: '·', times: '×', rarr: '→', larr: '←' };

/**
 * Markdown text keeps character references (`&amp;`, `&#x4e2d;`) as written; a browser would
 * decode them in HTML. Decoded here as text, so they read the same without any HTML parsing.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}
