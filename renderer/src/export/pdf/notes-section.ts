import type { Language, StageOf } from '../../../../shared/model/workshop';
import type { Block, DiagramPicture, FigureBlock, HandoutOptions } from './handout';
import { markdownBlocks } from './markdown-blocks';
import { pdfText } from './strings';

/** Lines of a diagram's source shown in its placeholder. */
const sourceLines = 6;

/** The key diagrams are matched by: the source without surrounding blank space. */
export const diagramKey = (source: string): string => source.trim();

function figure(source: string, n: number, title: string, pictures: Map<string, DiagramPicture>, language: Language): FigureBlock {
  const caption = pdfText(language, 'diagramCaption', { n, title });
  const picture = pictures.get(diagramKey(source));
  if (picture && 'image' in picture) return { kind: 'figure', caption, image: picture.image };
  const lines = source.trim().split('\n');
  const more = lines.length - sourceLines;
  // A cut source says so: the reader knows the diagram goes on.
  const excerpt = [...lines.slice(0, sourceLines), ...(more > 0 ? [pdfText(language, more === 1 ? 'diagramOneMoreLine' : 'diagramMoreLines', { n: more })] : [])].join('\n');
  const label = picture ? `${pdfText(language, 'diagramFailed', { n })}: ${picture.error}` : pdfText(language, 'diagramNotDrawn', { n });
  return { kind: 'figure', caption, image: null, placeholder: { label, detail: excerpt } };
}

/** The ```mermaid sources of a notes board, in order, as the handout finds them (to draw them beforehand). */
export function notesDiagramSources(stage: StageOf<'notes'>): string[] {
  const sources: string[] = [];
  for (const s of stage.sections) {
    markdownBlocks(s.markdown, (source) => {
      sources.push(diagramKey(source));
      return { kind: 'paragraph', text: '' };
    });
  }
  return sources;
}

/**
 * A notes board: each section's title and its Markdown as blocks, its Mermaid diagrams as figures
 * — the pictures drawn before the export (`options.diagrams`), numbered through the stage and
 * captioned with their section's title; a diagram with no picture gets a labelled placeholder
 * showing why and the start of its source, with how many lines are left out.
 */
export function notesBlocks(stage: StageOf<'notes'>, options: HandoutOptions): Block[] {
  const { language } = options;
  const pictures = new Map((options.diagrams ?? []).map((d) => [diagramKey(d.source), d] as const));
  let n = 0;
  return stage.sections.flatMap((s): Block[] => [
    ...(s.title.trim() ? [{ kind: 'heading', text: s.title, level: 3 } as const] : []),
    ...markdownBlocks(s.markdown, (source) => figure(source, ++n, s.title.trim() || stage.title, pictures, language)),
  ]);
}
