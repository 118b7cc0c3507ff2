import type { Workshop } from '../../../../shared/model/workshop';
import { buildHandout } from './build-handout';
import type { FontSource } from './font-source';
import { loadFonts } from './font-source';
import type { HandoutOptions } from './handout';
import type { PdfResult, RenderHooks } from './render-handout';
import { renderHandout } from './render-handout';

export type { FontSource } from './font-source';
export type { HandoutOptions } from './handout';
export type { PdfResult, RenderHooks } from './render-handout';

/**
 * A workshop as a PDF handout: the one entry point for the export dialog, a worker, the command
 * line and the tests. Fonts come from `fonts` (see font-source.ts for the implementations).
 */
export async function exportWorkshopPdf(doc: Workshop, options: HandoutOptions, fonts: FontSource, hooks: RenderHooks = {}): Promise<PdfResult> {
  const handout = buildHandout(doc, options);
  const loaded = await loadFonts(fonts);
  hooks.signal?.throwIfAborted();
  return renderHandout(handout, loaded, hooks);
}
