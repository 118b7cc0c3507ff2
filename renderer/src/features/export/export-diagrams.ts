import type { Workshop } from '../../../../shared/model/workshop';
import type { DiagramPicture } from '../../export/pdf/handout';
import { stageSectionKey } from '../../export/pdf/stage-section';
import { diagramImage, mermaidSources } from '../notes/diagram-image';

/** Draws one Mermaid source as a PNG: the notes board's own offline renderer (diagram-image.ts). */
export type DrawDiagram = (source: string) => Promise<{ ok: true; png: Uint8Array; width: number; height: number } | { ok: false; message: string }>;

/** Twice the CSS pixel (192 dpi at the diagram's natural size): sharp in print, quick for the worker to embed. */
const pngScale = 2;
/** Diagrams drawn per export at most; any beyond get the PDF's placeholder. */
const maxDiagrams = 60;

/** The page's drawer: Mermaid itself is loaded (its own chunk, by mermaid-render) only when a handout has a diagram. */
export const drawWithMermaid: DrawDiagram = async (source) => {
  const result = await diagramImage(source, { scale: pngScale });
  if (!result.ok) return result;
  const { png, width, height } = result.image;
  return { ok: true, png, width, height };
};

/** The ```mermaid sources of the notes stages the handout includes, each once, in order. */
export async function handoutDiagramSources(doc: Workshop, excluded: readonly string[]): Promise<string[]> {
  const left = new Set(excluded);
  const notes = doc.stages.filter((s) => s.kind === 'notes' && !left.has(stageSectionKey(s)));
  if (notes.length === 0) return [];
  const sources = notes.flatMap((s) => (s.kind === 'notes' ? s.sections.flatMap((n) => mermaidSources(n.markdown)) : []));
  return [...new Set(sources.map((s) => s.trim()))].filter(Boolean).slice(0, maxDiagrams);
}

/**
 * The notes' diagrams as pictures for the PDF worker, drawn here on the page's main thread (Mermaid
 * measures text in the DOM, which a worker lacks). One at a time; a diagram that fails is passed on
 * as its error (the PDF shows a labelled placeholder) and never stops the export.
 */
export async function drawHandoutDiagrams(sources: readonly string[], draw: DrawDiagram, signal?: AbortSignal): Promise<DiagramPicture[]> {
  const pictures: DiagramPicture[] = [];
  for (const source of sources) {
    signal?.throwIfAborted();
    let drawn: Awaited<ReturnType<DrawDiagram>>;
    try {
      drawn = await draw(source);
    } catch (error) {
      drawn = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    pictures.push(drawn.ok ? { source, image: { bytes: drawn.png, format: 'PNG', width: drawn.width, height: drawn.height } } : { source, error: drawn.message });
  }
  return pictures;
}
