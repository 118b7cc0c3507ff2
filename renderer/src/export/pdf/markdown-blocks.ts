import type { Block } from './handout';

/**
 * Notes are Markdown; the handout shows them as its own blocks, never as markup: headings, bullet
 * and numbered lists, quotes and paragraphs. Inline marks (**bold**, `code`, links) are reduced to
 * their text. Fenced code is shown as muted text; a ```mermaid fence becomes whatever `diagram`
 * makes of its source (the notes section: a figure), or muted text too without it.
 */
export function markdownBlocks(markdown: string, diagram?: (source: string) => Block): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  let fence: string[] | null = null;
  let mermaid = false;
  const closeFence = (lines: string[]) => blocks.push(mermaid && diagram ? diagram(lines.join('\n')) : { kind: 'paragraph', text: lines.join('\n'), tone: 'muted' });

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push({ kind: 'list', items: list.items, ordered: list.ordered });
    list = null;
  };

  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (fence) {
      if (/^\s*(```|~~~)/.test(line)) {
        closeFence(fence);
        fence = null;
      } else fence.push(line);
      continue;
    }
    const opening = /^\s*(```|~~~)\s*([\w-]*)/.exec(line);
    if (opening) {
      flushParagraph();
      flushList();
      fence = [];
      mermaid = opening[2]?.toLowerCase() === 'mermaid';
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    const quote = /^\s*>\s?(.*)$/.exec(line);
    if (line.trim() === '') {
      flushParagraph();
      flushList();
    } else if (heading) {
      flushParagraph();
      flushList();
      blocks.push({ kind: 'heading', text: inline(heading[1] ?? ''), level: 4 });
    } else if (bullet || numbered) {
      flushParagraph();
      const ordered = !bullet;
      const current: { ordered: boolean; items: string[] } = list && list.ordered === ordered ? list : { ordered, items: [] };
      if (current !== list) {
        flushList();
        list = current;
      }
      current.items.push(inline((bullet ?? numbered)?.[1] ?? ''));
    } else if (quote) {
      flushList();
      flushParagraph();
      // A list inside a quote keeps its bullets as bullets, not as typed dashes.
      blocks.push({ kind: 'paragraph', text: inline((quote[1] ?? '').replace(/^[-*+]\s+/, '• ')), tone: 'muted' });
    } else {
      flushList();
      paragraph.push(inline(line.trim()));
    }
  }
  if (fence) closeFence(fence);
  flushParagraph();
  flushList();
  return blocks;
}

/** Inline Markdown reduced to plain text. */
export function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/~~(.+?)~~/g, '$1');
}
