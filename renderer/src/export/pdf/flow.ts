import type { PdfSurface } from './pdf-surface';
import { margins } from './theme';

/**
 * A cursor running down the pages of the body: blocks ask for room, and the flow starts a new
 * page when there is not enough left. A block that needs a page of its own (a turned diagram)
 * floats: it is drawn on a page inserted at the next page break, and the text goes on meanwhile.
 */
export class Flow {
  y: number = margins.top;
  readonly left: number = margins.left;
  readonly width: number;
  readonly top: number = margins.top;
  readonly bottom: number;
  private readonly floats: (() => void)[] = [];

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
    this.flushFloats();
    this.surface.addPage();
    this.y = this.top;
  }

  /** Queues a page of its own, drawn by `draw`, to follow the page being filled. */
  float(draw: () => void): void {
    this.floats.push(draw);
  }

  hasFloats(): boolean {
    return this.floats.length > 0;
  }

  /** Adds the queued pages now, each after the last; the flow goes on only after a `newPage`. */
  flushFloats(): void {
    for (const draw of this.floats.splice(0)) {
      this.surface.addPage();
      draw();
    }
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
