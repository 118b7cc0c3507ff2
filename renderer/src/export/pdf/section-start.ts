import { baselineIn } from './draw-text-blocks';
import type { Flow } from './flow';
import type { HandoutSection } from './handout';
import { keepWithNextHeight } from './keep-with-next';
import { colors, sizes } from './theme';

/**
 * Where a section starts. A section that follows a short one shares its page: below generous
 * space and a rule line, when enough of the page is left; otherwise — and for the first section,
 * for a section with pages of its own (the executive summary) and the one after it, and when a
 * turned diagram is waiting for its page — on a new page. The title block stays with the start of
 * the section's first content.
 */

/** A section starts on a new page when less than this share of the page's body is left. */
export const newPageBelow = 0.45;
/** Space above the rule between two sections on one page, and below it. */
const ruleSpace = { above: 30, below: 26 } as const;

const titleSize = sizes.heading1;
const titleLeading = titleSize * 1.3;
const numberGap = 12;
/** Space between the title and its accent rule, and between the rule and the content. */
const accentSpace = 8;

function titleLines(flow: Flow, section: HandoutSection): { lines: string[]; x: number } {
  const surface = flow.surface;
  let x = flow.left;
  if (section.number) {
    surface.setStyle({ style: 'bold', size: titleSize });
    x += surface.measure(section.number) + numberGap;
  }
  surface.setStyle({ style: 'bold', size: titleSize });
  return { lines: surface.balancedLines(section.title, flow.left + flow.width - x), x };
}

const titleHeight = (lines: number): number => lines * titleLeading + 2 * accentSpace;

/** The section's title: its number in the accent colour, the title, a short accent rule. */
function drawTitle(flow: Flow, section: HandoutSection): void {
  const surface = flow.surface;
  const { lines, x } = titleLines(flow, section);
  if (section.number) {
    surface.setStyle({ style: 'bold', size: titleSize, color: colors.accent });
    surface.text(section.number, flow.left, flow.y + baselineIn(titleSize));
  }
  surface.setStyle({ style: 'bold', size: titleSize, color: colors.ink });
  for (const line of lines) {
    surface.text(line, x, flow.y + baselineIn(titleSize));
    flow.y += titleLeading;
  }
  flow.y += accentSpace;
  surface.line(flow.left, flow.y, flow.left + 48, flow.y, colors.accent, 2);
  flow.y += accentSpace;
}

/** Whether `section` must start on a page of its own after `previous` (none: it is the first). */
function needsNewPage(flow: Flow, section: HandoutSection, previous: HandoutSection | undefined): boolean {
  if (!previous || previous.ownPages || section.ownPages || flow.hasFloats()) return true;
  if (flow.atPageTop()) return false;
  if (flow.remaining() < newPageBelow * flow.pageHeight()) return true;
  const title = titleHeight(titleLines(flow, section).lines.length);
  const start = section.blocks.length > 0 ? keepWithNextHeight(flow, section.blocks, 0) : 0;
  return ruleSpace.above + ruleSpace.below + title + start > flow.remaining();
}

/** Places and draws the section's title: on a new page, or below a rule on this one. Returns the page it is on. */
export function startSection(flow: Flow, section: HandoutSection, previous: HandoutSection | undefined): number {
  if (needsNewPage(flow, section, previous)) flow.newPage();
  else if (!flow.atPageTop()) {
    flow.y += ruleSpace.above;
    flow.surface.line(flow.left, flow.y, flow.left + flow.width, flow.y, colors.rule, 0.6);
    flow.y += ruleSpace.below;
  }
  const page = flow.page;
  drawTitle(flow, section);
  return page;
}
