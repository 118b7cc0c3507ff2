import { diagramImage } from '../../renderer/src/features/notes/diagram-image';
import type { PageDiagram } from './protocol';

/**
 * The page the command line opens in headless Chromium to draw a handout's Mermaid diagrams: the
 * notes board's own offline renderer (Mermaid, the CSP-safe drawing, SVG → PNG on a canvas),
 * exposed as one function. It loads nothing from outside the page's own files.
 */
declare global {
  interface Window {
    groundworkDrawDiagram?: (source: string, scale: number) => Promise<PageDiagram>;
  }
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

window.groundworkDrawDiagram = async (source, scale) => {
  const result = await diagramImage(source, { scale });
  if (!result.ok) return { ok: false, message: result.message };
  const { png, width, height } = result.image;
  return { ok: true, png: base64(png), width, height };
};
