import type { Tokens } from 'marked';
import { useEffect, useState } from 'react';
import { renderDiagram } from './diagram/mermaid-render';
import { svgDataUrl } from './diagram/svg-image';
import { parseMarkdown } from './markdown/parse-markdown';

/**
 * Diagrams for the PDF export (and anything else that needs a picture of a note's diagram):
 * the same offline Mermaid drawing the notes board shows, as an SVG string and as a PNG at print
 * resolution. Runs in the page (Mermaid needs a DOM to measure text), not in a worker: draw the
 * images first, then hand the PNG bytes to the PDF builder.
 *
 * The SVG is derived from untrusted content: show it only as an image (an <img>, a canvas, a PDF
 * image), never as markup in a page.
 */

export interface DiagramImage {
  /** Stand-alone SVG (its style sheet inside), at its natural size in CSS pixels. */
  svg: string;
  width: number;
  height: number;
  /** PNG bytes, `width × scale` by `height × scale` pixels, on white. */
  png: Uint8Array;
  pngWidth: number;
  pngHeight: number;
}

export type DiagramImageResult = { ok: true; image: DiagramImage } | { ok: false; message: string };

/** 300 dpi for a CSS pixel of 1/96 inch. */
export const printScale = 300 / 96;
/** Canvas limits that every Chromium accepts. */
const maxSide = 16_384;
const maxPixels = 64 * 1024 * 1024;

/** The sources of the ```mermaid blocks of a note, in order. */
export function mermaidSources(markdown: string): string[] {
  const out: string[] = [];
  const visit = (tokens: readonly { type: string; tokens?: unknown; items?: unknown }[]) => {
    for (const token of tokens) {
      if (token.type === 'code' && (token as Tokens.Code).lang?.trim().toLowerCase() === 'mermaid') out.push((token as Tokens.Code).text);
      if (Array.isArray(token.tokens)) visit(token.tokens as Tokens.Generic[]);
      if (Array.isArray(token.items)) visit(token.items as Tokens.Generic[]);
    }
  };
  visit(parseMarkdown(markdown).tokens);
  return out;
}

async function toPng(svg: string, width: number, height: number, scale: number): Promise<{ png: Uint8Array; pngWidth: number; pngHeight: number }> {
  const fit = Math.min(scale, maxSide / width, maxSide / height, Math.sqrt(maxPixels / (width * height)));
  const pngWidth = Math.max(1, Math.round(width * fit));
  const pngHeight = Math.max(1, Math.round(height * fit));
  const image = new Image();
  image.src = svgDataUrl(svg);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = pngWidth;
  canvas.height = pngHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, pngWidth, pngHeight);
  context.drawImage(image, 0, 0, pngWidth, pngHeight);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the canvas made no PNG');
  return { png: new Uint8Array(await blob.arrayBuffer()), pngWidth, pngHeight };
}

/** One diagram as SVG and PNG; `scale` 1 is screen size, the default is 300 dpi. */
export async function diagramImage(source: string, { scale = printScale }: { scale?: number } = {}): Promise<DiagramImageResult> {
  const drawn = await renderDiagram(source);
  if (!drawn.ok) return { ok: false, message: drawn.message };
  try {
    const png = await toPng(drawn.svg, drawn.width, drawn.height, scale);
    return { ok: true, image: { svg: drawn.svg, width: drawn.width, height: drawn.height, ...png } };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** `diagramImage` for a component: null while drawing. */
export function useDiagramImage(source: string, options: { scale?: number } = {}): DiagramImageResult | null {
  const { scale } = options;
  const [result, setResult] = useState<{ source: string; value: DiagramImageResult } | null>(null);
  useEffect(() => {
    let live = true;
    void diagramImage(source, { scale }).then((value) => live && setResult({ source, value }));
    return () => {
      live = false;
    };
  }, [source, scale]);
  return result?.source === source ? result.value : null;
}
