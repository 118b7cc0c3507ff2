import { useEffect, useRef } from 'react';

/**
 * Keeps the keyboard where it was after a control moves its own item (↑ / ↓ reorder the list and
 * React moves the DOM node, which drops focus): remember the control's id, focus it after render.
 */
export function useRefocus(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    const el = document.getElementById(pending.current);
    pending.current = null;
    el?.focus();
  });
  return (id: string) => {
    pending.current = id;
  };
}
