import type { RefObject } from 'react';
import { useLayoutEffect } from 'react';

/** Below this the room could no longer read it: the view scrolls instead of shrinking further. */
export const minFit = 0.6;

/**
 * Shrinks the presenter's type (the `--fit` factor its em sizes follow) until the whole board fits
 * the window, so the room sees every risk and action instead of the top of a list. Runs before
 * paint whenever `content` changes, when the window is resized and when an image (a diagram) has
 * loaded; text reflows at each size, so it measures again rather than trusting one ratio.
 */
export function useFitToScreen(ref: RefObject<HTMLElement | null>, content: unknown): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fit = () => {
      let factor = 1;
      element.style.setProperty('--fit', '1');
      for (let round = 0; round < 4; round++) {
        const over = element.scrollHeight / window.innerHeight;
        if (over <= 1.005 || factor <= minFit) break;
        factor = Math.max(minFit, factor / over);
        element.style.setProperty('--fit', factor.toFixed(3));
      }
    };
    fit();
    window.addEventListener('resize', fit);
    element.addEventListener('load', fit, true);
    return () => {
      window.removeEventListener('resize', fit);
      element.removeEventListener('load', fit, true);
    };
  }, [ref, content]);
}
