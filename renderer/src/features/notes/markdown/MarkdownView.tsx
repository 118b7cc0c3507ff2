import type { Token, Tokens } from 'marked';
import type { ReactNode } from 'react';
import { createContext, memo, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { MermaidDiagram } from '../diagram/MermaidDiagram';
import { classifyLink, decodeEntities, embeddedImageSource } from './link-policy';
import type { ParsedMarkdown } from './parse-markdown';

/**
 * Markdown tokens as React elements: every piece of text reaches the DOM as a text node, never as
 * HTML. Raw HTML in the Markdown is shown as the text it is; links are buttons that ask the host
 * before anything leaves the app (see link-policy.ts); images show only when embedded (data:).
 */

export interface MarkdownActions {
  /** An http(s) address the reader clicked: the host asks before opening it in the system browser. */
  openLink(url: string): void;
  /** Ticks or clears the task marker at this offset of the source; absent: checkboxes are read-only. */
  toggleTask?(offset: number): void;
}

const ActionsContext = createContext<MarkdownActions>({ openLink: () => undefined });
const TasksContext = createContext<WeakMap<Tokens.ListItem, number>>(new WeakMap());

function ExternalLink({ url, children }: { url: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { openLink } = useContext(ActionsContext);
  return (
    <button type="button" className="md-link" title={url} aria-description={t('notes.externalLink', { url })} onClick={() => openLink(url)}>
      {children}
    </button>
  );
}

function Link({ token }: { token: Tokens.Link }) {
  const { t } = useTranslation();
  const target = classifyLink(token.href);
  const children = <Inline tokens={token.tokens} />;
  if (target.kind === 'external') return <ExternalLink url={target.url}>{children}</ExternalLink>;
  return (
    <span className="md-link-refused" title={t('notes.linkRefused', { href: token.href.slice(0, 200) })}>
      {children}
    </span>
  );
}

function Image({ token }: { token: Tokens.Image }) {
  const { t } = useTranslation();
  const alt = decodeEntities(token.text);
  const src = embeddedImageSource(token.href);
  if (src) return <img className="md-image" src={src} alt={alt} title={token.title ?? undefined} />;
  const target = classifyLink(token.href);
  const label = `${t('notes.remoteImage')}: ${alt || token.href}`;
  return target.kind === 'external' ? <ExternalLink url={target.url}>{label}</ExternalLink> : <span className="md-link-refused">{label}</span>;
}

function InlineToken({ token }: { token: Token }): ReactNode {
  switch (token.type) {
    case 'text':
      return token.tokens?.length ? <Inline tokens={token.tokens} /> : decodeEntities(token.text as string);
    case 'escape':
      return token.text as string;
    case 'strong':
      return <strong><Inline tokens={token.tokens ?? []} /></strong>;
    case 'em':
      return <em><Inline tokens={token.tokens ?? []} /></em>;
    case 'del':
      return <del><Inline tokens={token.tokens ?? []} /></del>;
    case 'codespan':
      return <code>{decodeEntities(token.text as string)}</code>;
    case 'br':
      return <br />;
    case 'link':
      return <Link token={token as Tokens.Link} />;
    case 'image':
      return <Image token={token as Tokens.Image} />;
    case 'html':
      return <span className="md-raw-html">{token.raw}</span>;
    default:
      return token.raw;
  }
}

function Inline({ tokens }: { tokens: readonly Token[] }) {
  return tokens.map((token, i) => <InlineToken key={i} token={token} />);
}

const alignClass = (align: Tokens.TableCell['align']) => (align ? `md-align-${align}` : undefined);

function Table({ token }: { token: Tokens.Table }) {
  return (
    <div className="md-table-wrap">
      <table>
        <thead>
          <tr>
            {token.header.map((cell, i) => (
              <th key={i} scope="col" className={alignClass(cell.align)}>
                <Inline tokens={cell.tokens} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {token.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} className={alignClass(cell.align)}>
                  <Inline tokens={cell.tokens} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ListItem({ item }: { item: Tokens.ListItem }) {
  const { t } = useTranslation();
  const { toggleTask } = useContext(ActionsContext);
  const offset = useContext(TasksContext).get(item);
  const content = item.loose ? <Blocks tokens={item.tokens} /> : <Blocks tokens={item.tokens} tight />;
  if (!item.task) return <li>{content}</li>;
  const canToggle = toggleTask !== undefined && offset !== undefined;
  return (
    <li className="md-task">
      <input
        type="checkbox"
        checked={item.checked ?? false}
        disabled={!canToggle}
        aria-label={t('notes.taskDone', { text: item.text.split('\n')[0]?.slice(0, 80) ?? '' })}
        onChange={() => canToggle && toggleTask(offset)}
      />
      <div className="md-task-text">{content}</div>
    </li>
  );
}

function List({ token }: { token: Tokens.List }) {
  const items = token.items.map((item, i) => <ListItem key={i} item={item} />);
  const tasks = token.items.some((i) => i.task) ? 'md-tasks' : undefined;
  if (!token.ordered) return <ul className={tasks}>{items}</ul>;
  const start = Number(token.start);
  return (
    <ol className={tasks} start={Number.isInteger(start) && start !== 1 ? start : undefined}>
      {items}
    </ol>
  );
}

function Heading({ token }: { token: Tokens.Heading }) {
  // Section titles are h2 on the board, so a note's own headings start at h3.
  const level = Math.min(6, token.depth + 2);
  const Tag = `h${level}` as 'h3';
  return (
    <Tag className={`md-h md-h${token.depth}`}>
      <Inline tokens={token.tokens} />
    </Tag>
  );
}

function BlockToken({ token, tight }: { token: Token; tight?: boolean }): ReactNode {
  switch (token.type) {
    case 'space':
    case 'def':
      return null;
    case 'heading':
      return <Heading token={token as Tokens.Heading} />;
    case 'paragraph':
      return <p><Inline tokens={token.tokens ?? []} /></p>;
    case 'text':
      return tight ? <Inline tokens={token.tokens ?? []} /> : <p><Inline tokens={token.tokens ?? []} /></p>;
    case 'code': {
      const code = token as Tokens.Code;
      if (code.lang?.trim().toLowerCase() === 'mermaid') return <MermaidDiagram source={code.text} />;
      return (
        <pre className="md-code">
          <code>{code.text}</code>
        </pre>
      );
    }
    case 'blockquote':
      return <blockquote><Blocks tokens={token.tokens ?? []} /></blockquote>;
    case 'list':
      return <List token={token as Tokens.List} />;
    case 'table':
      return <Table token={token as Tokens.Table} />;
    case 'hr':
      return <hr />;
    case 'html':
      return <pre className="md-raw-html">{token.raw}</pre>;
    default:
      return token.raw ? <p>{token.raw}</p> : null;
  }
}

function Blocks({ tokens, tight }: { tokens: readonly Token[]; tight?: boolean }) {
  return tokens.map((token, i) => <BlockToken key={i} token={token} tight={tight} />);
}

/** The rendered note. Memoised: the preview re-renders only when its parsed tokens change. */
export const MarkdownView = memo(function MarkdownView({ parsed, actions }: { parsed: ParsedMarkdown; actions: MarkdownActions }) {
  return (
    <ActionsContext.Provider value={actions}>
      <TasksContext.Provider value={parsed.taskOffsets}>
        <div className="markdown">
          <Blocks tokens={parsed.tokens} />
        </div>
      </TasksContext.Provider>
    </ActionsContext.Provider>
  );
});
