import type { PdfSurface } from './pdf-surface';
import { margins } from './theme';

/**
 * A cursor running down the pages of the body: blocks ask for room, and the flow starts a new
 * page when there is not enough left. `onNewPage` lets a block (a table) redraw what must repeat.
 */
export class Flow {
  y: number = margins.top;
  readonly left: number = margins.left;
  readonly width: number;
  readonly top: number = margins.top;
  readonly bottom: number;

  constructor(readonly surface: PdfSurface) {
    this.width = surface.width - margins.left - margins.right;
    this.bottom = surface.height - margins.bottom;
  }

  get page(): number {
    return this.surface.pageCount();
  }

  /** Height left on this page. */
  remaining(): number {
    return this.bottom - this.y;
  }

  /** Height of an empty page's body. */
  pageHeight(): number {
    return this.bottom - this.top;
  }

  atPageTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  newPage(): void {
    this.surface.addPage();
    this.y = this.top;
  }

  /** Starts a new page unless `height` still fits (a block taller than a page gets a fresh one). */
  ensure(height: number): void {
    if (height > this.remaining() && !this.atPageTop()) this.newPage();
  }

  /** Vertical space between blocks; none at the top of a page. */
  gap(height: number): void {
    if (!this.atPageTop()) this.y = Math.min(this.y + height, this.bottom);
  }
}
