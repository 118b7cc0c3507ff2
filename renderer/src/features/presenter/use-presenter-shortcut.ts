import { useEffect } from 'react';

/**
 * F5 toggles the presenter view (the key presenters know from slide decks). Its default, a page
 * reload, is cancelled; Ctrl/Shift+F5 keep their browser meaning.
 */
export function usePresenterShortcut(toggle: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F5' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      event.preventDefault();
      if (!event.repeat) toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);
}
