import type { Token, Tokens } from 'marked';
import { Lexer } from 'marked';
import type { Block, TableColumn } from './handout';

/** GitHub-flavoured Markdown, as the notes board reads it (features/notes/markdown/parse-markdown.ts). */
const lexerOptions = { gfm: true, breaks: false, async: false } as const;

type ListBlock = Extract<Block, { kind: 'list' }>;

/** A list's items, nested lists flattened into it; task items keep whether they are ticked. */
function listBlock(list: Tokens.List): ListBlock {
  const items: string[] = [];
  const checks: (boolean | null)[] = [];
  const visit = (l: Tokens.List) => {
    for (const item of l.items) {
      const own = item.tokens.filter((t) => t.type !== 'list' && t.type !== 'checkbox' && t.type !== 'space');
      items.push(own.map((t) => inline('text' in t && typeof t.text === 'string' ? t.text : t.raw)).join('\n').trim());
      checks.push(item.task ? Boolean(item.checked) : null);
      for (const t of item.tokens) if (t.type === 'list') visit(t as Tokens.List);
    }
  };
  visit(list);
  return { kind: 'list', items, ordered: list.ordered, ...(checks.some((c) => c !== null) ? { checks } : {}) };
}

/** A GFM table as a PDF table: its header, its columns' alignment, its cells as plain text. */
function tableBlock(table: Tokens.Table): Block {
  const columns: TableColumn[] = table.header.map((cell, i) => {
    const align = table.align[i];
    return { header: inline(cell.text), ...(align === 'right' || align === 'center' ? { align } : {}) };
  });
  return { kind: 'table', columns, rows: table.rows.map((row) => columns.map((_, i) => inline(row[i]?.text ?? ''))) };
}

/** A quote's content as muted text; a list inside keeps its bullets as bullets, not as typed dashes. */
function quoteBlocks(quote: Tokens.Blockquote): Block[] {
  return quote.tokens.flatMap((t): Block[] => {
    if (t.type === 'list') {
      const list = listBlock(t as Tokens.List);
      return [{ kind: 'paragraph', tone: 'muted', text: list.items.map((item, i) => `${list.ordered ? `${i + 1}.` : '•'} ${item}`).join('\n') }];
    }
    if (t.type === 'blockquote') return quoteBlocks(t as Tokens.Blockquote);
    if (t.type === 'space' || t.type === 'hr') return [];
    const text = 'text' in t && typeof t.text === 'string' ? t.text : t.raw;
    return [{ kind: 'paragraph', tone: 'muted', text: inline(text.trim()) }];
  });
}

/**
 * Notes are Markdown (GFM); the handout shows them as its own blocks, never as markup: headings,
 * bullet, numbered and task lists, tables, quotes and paragraphs. Inline marks (**bold**, `code`,
 * links) are reduced to their text; raw HTML is shown as the text it is. Fenced code is shown as
 * muted text; a ```mermaid fence becomes whatever `diagram` makes of its source (the notes
 * section: a figure), or muted text too without it.
 */
export function markdownBlocks(markdown: string, diagram?: (source: string) => Block): Block[] {
  const tokens: Token[] = new Lexer(lexerOptions).lex(markdown.replace(/\r\n?/g, '\n'));
  return tokens.flatMap((token): Block[] => {
    switch (token.type) {
      case 'heading':
        return [{ kind: 'heading', text: inline((token as Tokens.Heading).text), level: 4 }];
      case 'paragraph':
      case 'text':
        return [{ kind: 'paragraph', text: inline((token as Tokens.Paragraph).text) }];
      case 'list':
        return [listBlock(token as Tokens.List)];
      case 'table':
        return [tableBlock(token as Tokens.Table)];
      case 'blockquote':
        return quoteBlocks(token as Tokens.Blockquote);
      case 'code': {
        const code = token as Tokens.Code;
        const text = code.text.replace(/\n+$/, '');
        return [code.lang?.trim().toLowerCase() === 'mermaid' && diagram ? diagram(text) : { kind: 'paragraph', text, tone: 'muted' }];
      }
      case 'html':
        return token.raw.trim() ? [{ kind: 'paragraph', text: token.raw.trim(), tone: 'muted' }] : [];
      default:
        // space, hr, link definitions: nothing to print.
        return [];
    }
  });
}

/** Inline Markdown reduced to plain text. */
export function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
}
