import { GState, jsPDF } from 'jspdf';
import type { Language } from '../../../../shared/model/workshop';
import type { LoadedFonts } from './font-source';
import { toVfsString } from './font-source';
import type { GlyphFilter } from './glyph-fallback';
import { createGlyphFilter } from './glyph-fallback';
import type { Paper, PdfImage } from './handout';
import { breakLines } from './line-break';
import type { Rgb } from './theme';
import { colors, fontFamily, paperSizes } from './theme';

export type FontStyle = 'normal' | 'bold';

export interface TextStyle {
  style?: FontStyle;
  size: number;
  color?: Rgb;
}

/**
 * The drawing surface: jsPDF with LXGW WenKai regular and bold registered, and text that is
 * measured, broken into lines and stripped of undrawable characters the same way everywhere.
 * Coordinates are points from the top-left corner; text is placed by its baseline.
 */
export class PdfSurface {
  readonly doc: jsPDF;
  readonly width: number;
  readonly height: number;
  private readonly glyphs: GlyphFilter;
  private readonly unitWidths: Record<FontStyle, Map<number, number>> = { normal: new Map(), bold: new Map() };
  private current: { style: FontStyle; size: number } = { style: 'normal', size: 10 };

  constructor(paper: Paper, fonts: LoadedFonts) {
    const size = paperSizes[paper];
    this.width = size.width;
    this.height = size.height;
    this.doc = new jsPDF({ unit: 'pt', format: [size.width, size.height], compress: true, putOnlyUsedFonts: true });
    this.doc.addFileToVFS('LXGWWenKai-Regular.ttf', toVfsString(fonts.regular));
    this.doc.addFont('LXGWWenKai-Regular.ttf', fontFamily, 'normal');
    this.doc.addFileToVFS('LXGWWenKai-Bold.ttf', toVfsString(fonts.bold));
    this.doc.addFont('LXGWWenKai-Bold.ttf', fontFamily, 'bold');
    const maps = (['bold', 'normal'] as const).map((style) => {
      this.doc.setFont(fontFamily, style);
      return (this.doc.getFont().metadata as { cmap: { unicode: { codeMap: Record<number, number> } } }).cmap.unicode.codeMap;
    });
    this.glyphs = createGlyphFilter((cp) => maps.every((map) => (map[cp] ?? 0) > 0));
    this.doc.setLineHeightFactor(1);
  }

  /** Characters the fonts cannot draw that were replaced by a fallback mark, each once. */
  missingGlyphs(): string[] {
    return this.glyphs.missing();
  }

  /** Text made safe to draw: every grapheme the font lacks becomes the fallback mark. */
  clean(text: string): string {
    return this.glyphs.clean(text);
  }

  setStyle({ style = 'normal', size, color = colors.ink }: TextStyle): void {
    if (style !== this.current.style) this.doc.setFont(fontFamily, style);
    if (size !== this.current.size) this.doc.setFontSize(size);
    this.current = { style, size };
    this.doc.setTextColor(color[0], color[1], color[2]);
  }

  /** Width of already cleaned text in the current style, in points (no kerning: additive). */
  measure(text: string): number {
    const widths = this.unitWidths[this.current.style];
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let w = widths.get(code);
      if (w === undefined) {
        w = this.doc.getStringUnitWidth(text.charAt(i));
        widths.set(code, w);
      }
      total += w;
    }
    return total * this.current.size;
  }

  /** Cleans `text` and breaks it into lines no wider than `width` in the current style. */
  lines(text: string, width: number): string[] {
    return breakLines(this.clean(text), width, (t) => this.measure(t));
  }

  /**
   * `lines`, balanced for a title: as many lines as at `width`, but each about as long as the
   * others (the narrowest width that needs no more lines), so no line is left with one word or a
   * character or two ("…信用卡中" / "心").
   */
  balancedLines(text: string, width: number): string[] {
    const lines = this.lines(text, width);
    if (lines.length < 2) return lines;
    // A title in two parts ("Workshop — Organisation", "主题——单位") breaks after its separator when each part fits.
    const parts = /^(.+?(?:\s[\u2014\u2013]|\u2014\u2014|[:：|]))\s*(.+)$/u.exec(this.clean(text).replace(/\s+/g, ' '));
    if (lines.length === 2 && parts?.[1] && parts[2] && this.measure(parts[1]) <= width && this.measure(parts[2]) <= width) return [parts[1], parts[2]];
    let low = width / lines.length;
    let high = width;
    let best = lines;
    while (high - low > 1) {
      const mid = (low + high) / 2;
      const tried = this.lines(text, mid);
      if (tried.length <= lines.length) {
        high = mid;
        best = tried;
      } else low = mid;
    }
    // A title split inside a hyphenated word ("self-" / "hosted") reads worse than an uneven one.
    return best.slice(0, -1).some((line) => /[-\u2010]$/.test(line)) ? lines : best;
  }

  /** Cleaned text on one line of `width`: cut after a whole word, with an ellipsis, when it is longer. */
  oneLine(text: string, width: number): string {
    const clean = this.clean(text.replace(/\s+/g, ' ').trim());
    if (this.measure(clean) <= width) return clean;
    return this.cutLine(clean, width);
  }

  /**
   * A cleaned line after which text is left out, ended with an ellipsis within `width`: cut after
   * a whole word (or between ideographs) where the line and the ellipsis do not fit, and with no
   * dangling punctuation before the ellipsis.
   */
  cutLine(line: string, width: number): string {
    const room = width - this.measure('…');
    const head = this.measure(line) <= room ? line : (breakLines(line, room, (t) => this.measure(t))[0] ?? '');
    return `${head.replace(/[\s\u2014\u2013\-:;,.，、：；。·…]+$/u, '')}…`;
  }

  /** Draws one line of cleaned text with its baseline at `y`. */
  text(line: string, x: number, y: number, align: 'left' | 'right' | 'center' = 'left'): void {
    if (line === '') return;
    const dx = align === 'left' ? 0 : align === 'right' ? this.measure(line) : this.measure(line) / 2;
    this.doc.text(line, x - dx, y, { baseline: 'alphabetic' });
  }

  fillRect(x: number, y: number, w: number, h: number, color: Rgb): void {
    this.doc.setFillColor(color[0], color[1], color[2]);
    this.doc.rect(x, y, w, h, 'F');
  }

  /** A filled circle, with an outline when `stroke` is given. */
  circle(x: number, y: number, r: number, fill: Rgb, stroke?: { color: Rgb; width: number }): void {
    this.doc.setFillColor(fill[0], fill[1], fill[2]);
    if (stroke) {
      this.doc.setDrawColor(stroke.color[0], stroke.color[1], stroke.color[2]);
      this.doc.setLineWidth(stroke.width);
    }
    this.doc.circle(x, y, r, stroke ? 'FD' : 'F');
  }

  /** A filled triangle (arrow heads). */
  triangle(points: [number, number, number, number, number, number], color: Rgb): void {
    this.doc.setFillColor(color[0], color[1], color[2]);
    this.doc.triangle(...points, 'F');
  }

  /** A rectangle's outline. */
  strokeRect(x: number, y: number, w: number, h: number, color: Rgb, width = 0.6): void {
    this.doc.setDrawColor(color[0], color[1], color[2]);
    this.doc.setLineWidth(width);
    this.doc.rect(x, y, w, h, 'S');
  }

  /** An open line through `points` (a check mark). */
  polyline(points: readonly { x: number; y: number }[], color: Rgb, width: number): void {
    const [first, ...rest] = points;
    if (!first || rest.length === 0) return;
    this.doc.setDrawColor(color[0], color[1], color[2]);
    this.doc.setLineWidth(width);
    const deltas = relativeSteps(first, rest);
    this.doc.lines(deltas, first.x, first.y, [1, 1], 'S', false);
  }

  /** A closed polygon, filled (optionally translucent) and/or outlined. */
  polygon(points: readonly { x: number; y: number }[], style: { fill?: Rgb; fillOpacity?: number; stroke?: Rgb; width?: number }): void {
    const [first, ...rest] = points;
    if (!first || rest.length === 0) return;
    const { fill, fillOpacity = 1, stroke, width = 0.8 } = style;
    if (fill) this.doc.setFillColor(fill[0], fill[1], fill[2]);
    if (stroke) {
      this.doc.setDrawColor(stroke[0], stroke[1], stroke[2]);
      this.doc.setLineWidth(width);
    }
    const deltas = relativeSteps(first, rest);
    const mode = fill && stroke ? 'FD' : fill ? 'F' : 'S';
    const translucent = fill && fillOpacity < 1;
    if (translucent) {
      this.doc.saveGraphicsState();
      this.doc.setGState(new GState({ opacity: fillOpacity, 'stroke-opacity': 1 }));
    }
    this.doc.lines(deltas, first.x, first.y, [1, 1], mode, true);
    if (translucent) this.doc.restoreGraphicsState();
  }

  /**
   * A PNG or JPEG placed in a box of `w` × `h` points (the caller keeps the aspect ratio). An image
   * drawn on many pages (the logo) passes an `alias`, so the PDF holds it once.
   */
  image(image: PdfImage, x: number, y: number, w: number, h: number, alias?: string): void {
    this.doc.addImage(image.bytes, image.format, x, y, w, h, alias, 'FAST');
  }

  /**
   * A PNG or JPEG turned a quarter anticlockwise, filling a box of `w` × `h` points on the page
   * (`w` is the image's height as drawn, `h` its width): its top towards the page's left edge.
   */
  turnedImage(image: PdfImage, x: number, y: number, w: number, h: number): void {
    // jsPDF turns an image about its bottom-left corner, which it puts at (x, y + height).
    this.doc.addImage(image.bytes, image.format, x + w, y + h - w, h, w, undefined, 'FAST', 90);
  }

  /** One line of cleaned text read upwards (turned a quarter anticlockwise), its baseline at `x`, centred on `y` or starting there. */
  turnedText(line: string, x: number, y: number, align: 'start' | 'center' = 'start'): void {
    if (line === '') return;
    const dy = align === 'center' ? this.measure(line) / 2 : 0;
    this.doc.text(line, x, y + dy, { baseline: 'alphabetic', angle: 90 });
  }

  line(x1: number, y1: number, x2: number, y2: number, color: Rgb = colors.rule, width = 0.6): void {
    this.doc.setDrawColor(color[0], color[1], color[2]);
    this.doc.setLineWidth(width);
    this.doc.line(x1, y1, x2, y2);
  }

  /** A horizontal dotted line (contents leaders). */
  dottedLine(x1: number, y: number, x2: number, color: Rgb): void {
    this.doc.setLineDashPattern([0.8, 2.4], 0);
    this.line(x1, y, x2, y, color, 0.8);
    this.doc.setLineDashPattern([], 0);
  }

  pageCount(): number {
    return this.doc.getNumberOfPages();
  }

  addPage(): void {
    this.doc.addPage([this.width, this.height], 'portrait');
  }

  goToPage(page: number): void {
    this.doc.setPage(page);
  }

  /** An invisible link over a rectangle to the top of another page. */
  link(x: number, y: number, w: number, h: number, page: number): void {
    this.doc.link(x, y, w, h, { pageNumber: page });
  }

  bookmark(title: string, page: number): void {
    this.doc.outline.add(null, this.clean(title), { pageNumber: page });
  }

  setMetadata(meta: { title: string; author: string; subject: string; keywords: string }, language: Language, createdAt: Date): void {
    this.doc.setDocumentProperties({ ...meta, creator: 'Groundwork' });
    this.doc.setLanguage(language);
    this.doc.setCreationDate(createdAt);
  }

  output(): Uint8Array {
    return new Uint8Array(this.doc.output('arraybuffer'));
  }
}

/** jsPDF's `lines` takes each point as a step from the one before it. */
function relativeSteps(first: { x: number; y: number }, rest: readonly { x: number; y: number }[]): number[][] {
  let px = first.x;
  let py = first.y;
  return rest.map((p) => {
    const step = [p.x - px, p.y - py];
    px = p.x;
    py = p.y;
    return step;
  });
}
