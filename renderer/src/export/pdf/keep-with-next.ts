import { calloutHeight } from './draw-callout';
import { barChartHeight } from './draw-chart';
import { figureHeight } from './draw-figure';
import { heatMapHeight } from './draw-heatmap';
import { placementHeight } from './draw-placement';
import { radarHeight } from './draw-radar';
import { tableStartHeight } from './draw-table';
import { headingHeight, lineHeight, paragraphStartHeight } from './draw-text-blocks';
import { totalsHeight } from './draw-totals';
import type { Flow } from './flow';
import type { Block } from './handout';
import { sizes } from './theme';

/**
 * The least of a block that may stand at the foot of a page: a table's header and first two rows,
 * a paragraph's or a list's first two lines, a chart or figure whole (they are never split).
 */
export function startHeight(flow: Flow, block: Block): number {
  switch (block.kind) {
    case 'heading':
      return headingHeight(flow, block);
    case 'paragraph':
      return paragraphStartHeight(flow, block);
    case 'list':
    case 'keyValue':
      return 6 + 2 * lineHeight(sizes.body);
    case 'table':
      return tableStartHeight(flow, block);
    case 'chart':
      return barChartHeight(block);
    case 'placement':
      return placementHeight(flow);
    case 'callout':
      return calloutHeight(flow, block);
    case 'totals':
      return totalsHeight(flow, block);
    case 'radar':
      return radarHeight(flow, block);
    case 'heatmap':
      return heatMapHeight();
    case 'figure':
      return figureHeight(flow, block);
  }
}

/** A short muted paragraph after a heading introduces what follows (a table's note): it stays with it. */
const isLeadIn = (flow: Flow, block: Block): block is Extract<Block, { kind: 'paragraph' }> =>
  block.kind === 'paragraph' && block.tone === 'muted' && paragraphStartHeight(flow, block, 3) <= 6 + 2 * lineHeight(sizes.small + 0.5);

/**
 * The room a heading at `blocks[at]` needs on its page: itself, any headings and short lead-in
 * notes right after it, and the start of the first block of content — so that a heading never
 * stands alone at the foot of a page with its content on the next.
 */
export function keepWithNextHeight(flow: Flow, blocks: readonly Block[], at: number): number {
  let height = 0;
  let i = at;
  for (; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) break;
    if (block.kind === 'heading') height += headingHeight(flow, block);
    else if (i > at && isLeadIn(flow, block) && blocks[i + 1]) height += paragraphStartHeight(flow, block, 3);
    else break;
  }
  const next = blocks[i];
  return height + (next ? startHeight(flow, next) : 0);
}
