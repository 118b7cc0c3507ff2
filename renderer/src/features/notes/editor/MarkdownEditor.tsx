import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder as placeholderText } from '@codemirror/view';
import { useEffect, useRef } from 'react';

export interface MarkdownEditorProps {
  value: string;
  onChange(value: string): void;
  /** Accessible name of the text area. */
  label: string;
  placeholder?: string;
  /** Longest text accepted; a change that would pass it is refused and `onRefused` is told. */
  maxLength: number;
  onRefused(): void;
  lang?: string;
}

/**
 * CodeMirror's look. It lives in a shadow root: there CodeMirror adds its styles as adopted
 * (constructed) style sheets, which the CSP allows; in the document itself it would add a <style>
 * element, which `style-src 'self'` refuses.
 */
const theme = EditorView.theme({
  '&': { minHeight: '24rem', maxHeight: '75vh', fontSize: '1rem', backgroundColor: '#ffffff', borderRadius: '10px' },
  '&.cm-focused': { outline: '3px solid #f0a400', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: "'Noto Sans Mono CJK SC', 'Sarasa Mono SC', ui-monospace, monospace", lineHeight: '1.5' },
  '.cm-content': { padding: '0.6rem 0', caretColor: '#1b1f24' },
  '.cm-line': { padding: '0 0.8rem' },
  '.cm-placeholder': { color: '#4a5561' },
});

/**
 * The Markdown source of a note section, in CodeMirror 6. The document is the source of truth: changes go out through
 * `onChange` as commands, and a value that changes from outside (undo, another window) comes in.
 */
export function MarkdownEditor({ value, onChange, label, placeholder, maxLength, onRefused, lang }: MarkdownEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onRefused });
  useEffect(() => {
    callbacks.current = { onChange, onRefused };
  });

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const parent = document.createElement('div');
    parent.className = 'markdown-editor-root';
    shadow.replaceChildren(parent);
    const limit = EditorState.transactionFilter.of((tr) => {
      if (!tr.docChanged || tr.newDoc.length <= maxLength) return tr;
      queueMicrotask(() => callbacks.current.onRefused());
      return [];
    });
    const editor = new EditorView({
      parent,
      root: shadow,
      state: EditorState.create({
        doc: value,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          // GitHub-flavoured, like the preview: a table is parsed cell by cell, not as one long paragraph.
          markdown({ base: markdownLanguage }),
          syntaxHighlighting(defaultHighlightStyle),
          EditorView.lineWrapping,
          theme,
          limit,
          placeholder ? placeholderText(placeholder) : [],
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true', ...(lang ? { lang } : {}) }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
      parent.remove();
    };
    // One editor per section: the value comes in through the effect below afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [label, maxLength, placeholder, lang]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const current = editor.state.doc.toString();
    if (current !== value) editor.dispatch({ changes: { from: 0, to: current.length, insert: value } });
  }, [value]);

  return <div ref={host} className="markdown-editor" />;
}
