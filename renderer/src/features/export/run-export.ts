import type { Workshop } from '../../../../shared/model/workshop';
import { loadFonts } from '../../export/pdf/font-source';
import { hostFontSource } from '../../export/pdf/font-source-host';
import type { PdfExporter } from '../../export/pdf/pdf-exporter';
import { createPdfExporter } from '../../export/pdf/pdf-exporter';
import type { WorkerLike } from '../../export/pdf/pdf-exporter';
import type { Host } from '../../host/types';
import type { ExportChoices } from './export-choices';
import { suggestedFileName, toHandoutOptions } from './export-choices';
import type { DrawDiagram } from './export-diagrams';
import { drawHandoutDiagrams, handoutDiagramSources } from './export-diagrams';

export type ExportOutcome =
  /** Written (Electron: the path chosen in the save dialog) or downloaded (web: the file name). */
  | { kind: 'saved'; path: string; pageCount: number; missingGlyphs: string[] }
  /** Made, but the facilitator cancelled the save dialog. */
  | { kind: 'not-saved'; pageCount: number; missingGlyphs: string[] }
  | { kind: 'cancelled' }
  | { kind: 'failed'; detail: string };

/**
 * The exporter for a host: a module worker that gets the fonts from main (Electron, 'fonts:read'),
 * or uses the copy bundled into the web build.
 */
export function exporterFor(host: Host, createWorker: () => WorkerLike): PdfExporter {
  if (host.kind !== 'electron') return createPdfExporter({ createWorker });
  const read = async (face: 'regular' | 'bold') => {
    const result = await host.readFont({ face });
    if (!result.ok) throw new Error(`font ${face}: ${result.error.code}${result.error.detail ? ` (${result.error.detail})` : ''}`);
    return result.value;
  };
  return createPdfExporter({ createWorker, fonts: () => loadFonts(hostFontSource(read)) });
}

export interface RunExport {
  host: Host;
  exporter: PdfExporter;
  doc: Workshop;
  choices: ExportChoices;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Draws the notes' Mermaid diagrams before the worker starts; without it they get the PDF's placeholder. */
  drawDiagram?: DrawDiagram;
}

/**
 * Draws the diagrams on this thread, makes the PDF off it, then hands it to the host to save
 * (Electron) or download (web).
 */
export async function runExport({ host, exporter, doc, choices, onProgress, signal, drawDiagram }: RunExport): Promise<ExportOutcome> {
  let result;
  try {
    const options = toHandoutOptions(doc, choices);
    if (drawDiagram) {
      const sources = await handoutDiagramSources(doc, options.excludedSections ?? []);
      if (sources.length > 0) options.diagrams = await drawHandoutDiagrams(sources, drawDiagram, signal);
    }
    result = await exporter.exportPdf(doc, options, { ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) return { kind: 'cancelled' };
    return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
  if (signal?.aborted) return { kind: 'cancelled' };
  const { pageCount, missingGlyphs } = result;
  const saved = await host.savePdf({ bytes: result.bytes, suggestedName: suggestedFileName(doc, choices) });
  if (!saved.ok) return { kind: 'failed', detail: [saved.error.code, saved.error.detail].filter(Boolean).join(': ') };
  return 'cancelled' in saved.value ? { kind: 'not-saved', pageCount, missingGlyphs } : { kind: 'saved', path: saved.value.path, pageCount, missingGlyphs };
}
