import { useEffect, useMemo, useState } from 'react';
import type { MarkdownActions } from './markdown/MarkdownView';
import { MarkdownView } from './markdown/MarkdownView';
import { parseMarkdown } from './markdown/parse-markdown';

/**
 * How long the preview waits after the last change before it parses again: at once for a short
 * note, longer for a long one, so typing in a note of 200,000 characters stays fluid.
 */
export function previewDelayMs(length: number): number {
  if (length < 20_000) return 0;
  return length < 100_000 ? 150 : 400;
}

/** The live preview beside the editor. */
export function NotePreview({ markdown, actions, label }: { markdown: string; actions: MarkdownActions; label: string }) {
  const delay = previewDelayMs(markdown.length);
  const [late, setLate] = useState(markdown);
  useEffect(() => {
    if (delay === 0) return;
    const timer = window.setTimeout(() => setLate(markdown), delay);
    return () => window.clearTimeout(timer);
  }, [markdown, delay]);
  const shown = delay === 0 ? markdown : late;
  const parsed = useMemo(() => parseMarkdown(shown), [shown]);
  return (
    <section className="note-preview" aria-label={label}>
      <MarkdownView parsed={parsed} actions={actions} />
    </section>
  );
}
