/**
 * Turns the SVG markup Mermaid returns into a stand-alone SVG image: its style sheet put back in,
 * a size of its own, XML-safe text. Shown through <img src="data:image/svg+xml;base64,…">, where
 * the browser runs no script and loads nothing, and the <style> inside applies to the image only
 * (the app's CSP forbids inline styles in the page itself).
 */

/** The attribute that carries an element's `style` through Mermaid's sanitiser (see mermaid-csp.ts). */
export const styleCarrier = 'data-gw-style';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The end of the root `<svg …>` start tag, quotes respected; -1 when there is none. */
function rootTagEnd(svg: string): { start: number; end: number } | null {
  const start = svg.indexOf('<svg');
  if (start < 0) return null;
  let quote: string | null = null;
  for (let i = start; i < svg.length; i++) {
    const ch = svg[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return { start, end: i };
  }
  return null;
}

export interface SvgImage {
  svg: string;
  width: number;
  height: number;
}

/**
 * `css`: the diagram's style sheet, captured while Mermaid drew it. The root gets the width and
 * height of its viewBox (Mermaid writes `width="100%"`), so the image has a natural size.
 */
export function finishSvg(markup: string, css: string): SvgImage | null {
  const svg = markup
    .split(` ${styleCarrier}="`)
    .join(' style="')
    .replace(/&nbsp;/g, '&#160;');
  const tag = rootTagEnd(svg);
  if (!tag) return null;
  let open = svg.slice(tag.start, tag.end);
  const box = /\sviewBox="\s*([-\d.e]+)[\s,]+([-\d.e]+)[\s,]+([\d.e]+)[\s,]+([\d.e]+)\s*"/i.exec(open);
  const width = box ? Math.ceil(Number(box[3])) : 0;
  const height = box ? Math.ceil(Number(box[4])) : 0;
  if (!(width > 0 && height > 0)) return null;
  open = open.replace(/\s(width|height)="[^"]*"/g, '').replace(/\sstyle="[^"]*"/, '');
  if (!/\sxmlns="/.test(open)) open += ' xmlns="http://www.w3.org/2000/svg"';
  open += ` width="${width}" height="${height}"`;
  const style = css.trim() ? `<style>${escapeXml(css)}</style>` : '';
  return { svg: `${open}>${style}${svg.slice(tag.end + 1)}`, width, height };
}

/** UTF-8, then base64: the data URL of an SVG with Chinese labels. */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
