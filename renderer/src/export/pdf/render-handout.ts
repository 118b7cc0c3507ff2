import { drawCallout } from './draw-callout';
import { drawBarChart } from './draw-chart';
import { drawContents, planContents } from './draw-contents';
import { drawCover } from './draw-cover';
import { drawFigure } from './draw-figure';
import { drawHeatMap } from './draw-heatmap';
import { drawPageFrames } from './draw-page-frame';
import { drawPlacement } from './draw-placement';
import { drawRadar } from './draw-radar';
import { drawTable } from './draw-table';
import { drawTotals } from './draw-totals';
import { drawHeading, drawKeyValue, drawList, drawParagraph } from './draw-text-blocks';
import { Flow } from './flow';
import { keepWithNextHeight, startHeight } from './keep-with-next';
import type { LoadedFonts } from './font-source';
import type { Block, Handout } from './handout';
import { PdfSurface } from './pdf-surface';
import { startSection } from './section-start';
import { pdfText } from './strings';

export interface PdfResult {
  bytes: Uint8Array;
  pageCount: number;
  /**
   * Characters the embedded font cannot draw (emoji, rare ideographs, anything outside the BMP),
   * each once: they were printed as a fallback mark (□), and the UI should say which.
   */
  missingGlyphs: string[];
}

export interface RenderHooks {
  /** Called after each section and at the end: `done` of `total` steps. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between sections; an aborted signal stops the export with its reason. */
  signal?: AbortSignal;
}

function drawBlock(flow: Flow, block: Block, next?: Block): void {
  switch (block.kind) {
    case 'heading':
      return drawHeading(flow, block, block.level ?? 2);
    case 'paragraph':
      return drawParagraph(flow, block);
    case 'list':
      return drawList(flow, block);
    case 'keyValue':
      return drawKeyValue(flow, block);
    case 'table':
      return drawTable(flow, block, next?.kind === 'heatmap' ? startHeight(flow, next) : 0);
    case 'chart':
      return drawBarChart(flow, block);
    case 'placement':
      return drawPlacement(flow, block);
    case 'callout':
      return drawCallout(flow, block);
    case 'totals':
      return drawTotals(flow, block);
    case 'radar':
      return drawRadar(flow, block);
    case 'heatmap':
      return drawHeatMap(flow, block);
    case 'figure':
      return drawFigure(flow, block);
  }
}

/** Lays out a handout: cover, contents, the sections one after another (see `section-start.ts`), then headers, footers, outline. */
export function renderHandout(handout: Handout, fonts: LoadedFonts, hooks: RenderHooks = {}): PdfResult {
  const steps = handout.sections.length + 2;
  const surface = new PdfSurface(handout.paper, fonts);
  drawCover(surface, handout);

  const contentsTitle = pdfText(handout.language, 'contents');
  const entries = handout.sections.map((s) => ({ ...(s.number ? { number: s.number } : {}), title: s.title }));
  const plan = planContents(surface, entries);
  const firstContentsPage = surface.pageCount() + 1;
  for (let i = 0; i < plan.pages; i++) surface.addPage();
  hooks.onProgress?.(1, steps);

  const flow = new Flow(surface);
  const starts: number[] = [];
  handout.sections.forEach((section, i) => {
    hooks.signal?.throwIfAborted();
    starts.push(startSection(flow, section, handout.sections[i - 1]));
    section.blocks.forEach((block, i) => {
      if (block.kind === 'heading') flow.ensure(keepWithNextHeight(flow, section.blocks, i));
      drawBlock(flow, block, section.blocks[i + 1]);
    });
    hooks.onProgress?.(i + 2, steps);
  });
  flow.flushFloats();

  drawContents(surface, contentsTitle, entries, plan, firstContentsPage, starts);
  surface.bookmark(contentsTitle, firstContentsPage);
  handout.sections.forEach((section, i) => {
    surface.bookmark(section.number ? `${section.number} ${section.title}` : section.title, starts[i] ?? firstContentsPage);
  });
  drawPageFrames(surface, handout);
  surface.setMetadata(handout.meta, handout.language, new Date(handout.createdAt));
  hooks.signal?.throwIfAborted();
  const bytes = surface.output();
  hooks.onProgress?.(steps, steps);
  return { bytes, pageCount: surface.pageCount(), missingGlyphs: surface.missingGlyphs() };
}
