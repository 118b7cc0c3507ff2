import type { Language, Stage } from '../../../../shared/model/workshop';
import { stageItems } from '../../../../shared/model/workshop';
import { actionBlocks } from './actions-section';
import { cardsBlocks } from './cards-section';
import { formatMinutes, sectionNumber } from './format';
import type { Block, HandoutOptions, HandoutSection } from './handout';
import { humanize, itemTable } from './item-table';
import { matrixBlocks } from './matrix-section';
import { notesBlocks } from './notes-section';
import { riskBlocks } from './risks-section';
import { scorecardBlocks } from './scorecard-section';
import type { PdfStringKey } from './strings';
import { isPdfStringKey, pdfText } from './strings';
import { primaryItems, spentMinutes } from './workshop-reading';

/** The key by which the export dialog includes or leaves out a stage's section. */
export const stageSectionKey = (stage: Stage): string => `stage:${stage.id}`;

/** "Cards", "Decision matrix" …; a board kind the strings do not know yet is shown by its name. */
export function kindLabel(kind: string, language: Language): string {
  const key = `kind.${kind}`;
  return isPdfStringKey(key) ? pdfText(language, key) : humanize(kind);
}

function listLabel(name: string, language: Language): string {
  const key = `list.${name}`;
  return isPdfStringKey(key) ? pdfText(language, key as PdfStringKey) : humanize(name);
}

/** What the room produced, by board kind; unknown kinds and lists fall back to generic tables. */
function itemBlocks(stage: Stage, options: HandoutOptions): Block[] {
  const { language } = options;
  if (stage.kind === 'cards') return cardsBlocks(stage, options);
  if (stage.kind === 'notes') return notesBlocks(stage, options);
  if (stage.kind === 'matrix') return matrixBlocks(stage, options);
  if (stage.kind === 'scorecard') return scorecardBlocks(stage, options);
  if (stage.kind === 'risks') return riskBlocks(stage, options);
  if (stage.kind === 'actions') return actionBlocks(stage, options);
  const lists = Object.entries(stageItems(stage)).filter(([, items]) => items.length > 0);
  return lists.flatMap(([name, items]): Block[] => [
    ...(lists.length > 1 ? [{ kind: 'heading', text: listLabel(name, language), level: 3 } as const] : []),
    itemTable([...items], language),
  ]);
}

/** One stage: its facts (board, timebox, items), goal, prompts (full record only) and items. */
export function stageSection(stage: Stage, index: number, options: HandoutOptions): HandoutSection {
  const { language } = options;
  const spent = spentMinutes(stage);
  const blocks: Block[] = [
    {
      kind: 'keyValue',
      pairs: [
        { key: pdfText(language, 'board'), value: kindLabel(stage.kind, language) },
        { key: pdfText(language, 'timebox'), value: formatMinutes(stage.timeboxMinutes, language) },
        ...(spent !== undefined ? [{ key: pdfText(language, 'actualTime'), value: formatMinutes(spent, language) }] : []),
        { key: pdfText(language, 'items'), value: String(primaryItems(stage).length) },
      ],
    },
  ];
  if (stage.goal.trim()) blocks.push({ kind: 'heading', text: pdfText(language, 'goal') }, { kind: 'paragraph', text: stage.goal, tone: 'lead' });
  if (options.preset === 'full' && stage.prompts.length > 0) {
    blocks.push({ kind: 'heading', text: pdfText(language, 'prompts') }, { kind: 'list', items: stage.prompts });
  }
  const items = itemBlocks(stage, options);
  blocks.push({ kind: 'heading', text: kindLabel(stage.kind, language) });
  blocks.push(...(items.length > 0 ? items : [{ kind: 'paragraph', text: pdfText(language, 'noItems'), tone: 'muted' } as const]));
  return { key: stageSectionKey(stage), number: sectionNumber(index), title: stage.title, blocks };
}
