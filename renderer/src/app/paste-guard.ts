/** A paste or drop that a text field would have to cut short. */
export interface RefusedPaste {
  /** Characters offered. */
  offered: number;
  /** The most the field can hold. */
  limit: number;
}

/**
 * What a paste (or a dropped text) would make of the field: refused when the result would pass the
 * field's `maxLength`. The browser would otherwise cut the text short without a word, and a
 * facilitator would lose the end of what they pasted without knowing.
 */
export function refusedPaste(target: EventTarget | null, text: string): RefusedPaste | null {
  if (!(target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)) return null;
  const limit = target.maxLength;
  if (limit < 0) return null;
  const replaced = target.selectionStart !== null && target.selectionEnd !== null ? target.selectionEnd - target.selectionStart : 0;
  return target.value.length - replaced + text.length > limit ? { offered: text.length, limit } : null;
}

/** Refuses oversize pastes and drops everywhere in the document; returns the uninstaller. */
export function installPasteGuard(doc: Document, onRefused: (refused: RefusedPaste) => void): () => void {
  const check = (event: ClipboardEvent | DragEvent, text: string | undefined) => {
    const refused = text === undefined ? null : refusedPaste(event.target, text);
    if (!refused) return;
    event.preventDefault();
    event.stopPropagation();
    onRefused(refused);
  };
  const onPaste = (event: ClipboardEvent) => check(event, event.clipboardData?.getData('text/plain'));
  const onDrop = (event: DragEvent) => check(event, event.dataTransfer?.getData('text/plain'));
  doc.addEventListener('paste', onPaste, true);
  doc.addEventListener('drop', onDrop, true);
  return () => {
    doc.removeEventListener('paste', onPaste, true);
    doc.removeEventListener('drop', onDrop, true);
  };
}
