import type { Workshop } from '../../../../shared/model/workshop';
import type { LoadedFonts } from './font-source';
import type { HandoutOptions } from './handout';

/**
 * The messages between the page and the PDF worker (pdf.worker.ts). Plain data only: the workshop,
 * the options, the font bytes (transferred, not copied) and the finished PDF (transferred back).
 */
export type ToPdfWorker =
  /** The two faces, sent once per worker; without them the worker uses the fonts bundled in the web build. */
  | { type: 'fonts'; fonts: LoadedFonts }
  /** Get ready for the first export now (load the fonts), while the facilitator is still choosing. */
  | { type: 'warm' }
  | { type: 'export'; id: number; doc: Workshop; options: HandoutOptions };

export type FromPdfWorker =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; bytes: Uint8Array; pageCount: number; missingGlyphs: string[] }
  | { type: 'failed'; id: number; message: string };

/** The buffers to transfer with a message: each once (two views on one buffer cannot both be listed). */
export function transferables(...values: unknown[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const value of values) if (value instanceof Uint8Array && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  return [...buffers];
}
