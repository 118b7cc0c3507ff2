import type { Token, Tokens } from 'marked';
import { Lexer } from 'marked';

/** GitHub-flavoured Markdown (tables, task lists, strikethrough, autolinks), line breaks as written. */
const options = { gfm: true, breaks: false, async: false } as const;

export interface ParsedMarkdown {
  tokens: Token[];
  /** Where each task item's `[ ]` / `[x]` starts in the source, for toggling it from the preview. */
  taskOffsets: WeakMap<Tokens.ListItem, number>;
}

const taskMarker = /^(\s*(?:[-*+]|\d{1,9}[.)])\s+)\[[ xX]\]/;

/**
 * Finds each token's `raw` text in its parent's, in order, to learn where list items start.
 * Tokens whose raw text is not a plain substring of the parent's (inside a block quote, whose
 * `>` markers the children lose) get no offset: their checkboxes are shown but not toggled.
 */
function locate(tokens: readonly Token[], parentRaw: string, parentOffset: number, out: WeakMap<Tokens.ListItem, number>): void {
  let cursor = 0;
  for (const token of tokens) {
    const at = token.raw ? parentRaw.indexOf(token.raw, cursor) : -1;
    if (at < 0) continue;
    cursor = at + token.raw.length;
    const offset = parentOffset + at;
    if (token.type === 'list') locate((token as Tokens.List).items, token.raw, offset, out);
    else if (token.type === 'list_item') {
      const item = token as Tokens.ListItem;
      const marker = item.task ? taskMarker.exec(item.raw) : null;
      if (marker) out.set(item, offset + (marker[1]?.length ?? 0));
      locate(item.tokens, item.raw, offset, out);
    }
  }
}

/** Tokens of `source`, never HTML: raw HTML stays an `html` token, shown as text by the view. */
export function parseMarkdown(source: string): ParsedMarkdown {
  const normalized = source.replace(/\r\n?/g, '\n');
  const tokens = new Lexer(options).lex(normalized);
  const taskOffsets = new WeakMap<Tokens.ListItem, number>();
  locate(tokens, normalized, 0, taskOffsets);
  return { tokens, taskOffsets };
}

/** `source` with the task marker at `offset` ticked or cleared. */
export function toggleTask(source: string, offset: number): string {
  const normalized = source.replace(/\r\n?/g, '\n');
  const box = normalized.slice(offset, offset + 3);
  if (!/^\[[ xX]\]$/.test(box)) return source;
  return `${normalized.slice(0, offset)}${box === '[ ]' ? '[x]' : '[ ]'}${normalized.slice(offset + 3)}`;
}
