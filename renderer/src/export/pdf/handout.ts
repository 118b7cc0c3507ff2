import type { Language } from '../../../../shared/model/workshop';

/**
 * The handout as the PDF engine sees it: what to say, not where on the page. `build-handout.ts`
 * makes one from a workshop; `render-handout.ts` lays it out. Plain data (no functions), so it can
 * be posted to a worker.
 */
export type Paper = 'a4' | 'letter';
export type Preset = 'handout' | 'full';

export interface HandoutOptions {
  preset: Preset;
  /** The language of the PDF's own words (headings, labels); content stays as written. */
  language: Language;
  paper: Paper;
  organisation?: string;
  /** A confidentiality marking shown in every header and footer, e.g. "内部资料 · Internal". */
  marking?: string;
  /** When the PDF is made (ISO timestamp); defaults to now. Fixed in tests for stable output. */
  generatedAt?: string;
  /** Sections of the preset to leave out, by key (see `handoutSectionList`). */
  excludedSections?: readonly string[];
  /** The organisation's logo (PNG or JPEG, checked by the dialog): on the cover and small in the header. */
  logo?: PdfImage;
  /**
   * The notes' Mermaid diagrams, drawn beforehand on the page's main thread (the worker has no DOM),
   * by their source text. A diagram missing here, or one that failed, gets a labelled placeholder.
   */
  diagrams?: readonly DiagramPicture[];
}

/** A raster image for the PDF: the file's bytes and its size in pixels. */
export interface PdfImage {
  bytes: Uint8Array;
  format: 'PNG' | 'JPEG';
  width: number;
  height: number;
}

/** A note's diagram as drawn for the PDF, or why it could not be. */
export type DiagramPicture = { source: string; image: PdfImage } | { source: string; error: string };

/** A table cell: text, optionally with a colour swatch (hex, "#rrggbb") drawn before it. */
export type Cell = string | { text: string; swatch: string };

/** A table's column; its width follows what the column holds (see `column-widths.ts`). */
export interface TableColumn {
  header: string;
  align?: 'left' | 'right' | 'center';
  /** Cells kept on one line (a score "12 = 4 × 3", a date): the column is as wide as its longest. */
  nowrap?: boolean;
}

/**
 * `sizeRows`: the rows the columns are sized for, when they are not just this table's own — the
 * tables of one cards board's clusters line up because each is sized for all of the board's cards.
 */
export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: Cell[][];
  sizeRows?: Cell[][];
}

export type Block =
  | { kind: 'heading'; text: string; level?: 2 | 3 | 4 }
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'muted' | 'lead' }
  /** `checks`: per item, ticked (true) or not (false) for a task item, null for a plain one. */
  | { kind: 'list'; items: string[]; ordered?: boolean; checks?: (boolean | null)[] }
  | TableBlock
  | { kind: 'keyValue'; pairs: { key: string; value: string }[] }
  | { kind: 'chart'; title: string; bars: { label: string; value: number }[]; unit?: string }
  | PlacementBlock
  | CalloutBlock
  | TotalsBlock
  | RadarBlock
  | HeatMapBlock
  | FigureBlock;

/** A boxed statement with a coloured edge: the feasibility verdict. */
export interface CalloutBlock {
  kind: 'callout';
  tone: 'good' | 'warn' | 'bad' | 'neutral';
  /** Small caps above the title ("Feasibility call"). */
  label: string;
  title: string;
  lines: string[];
}

/** The matrix's weighted totals as horizontal bars (0 … `max`); muted bars carry a note instead of a value. */
export interface TotalsBlock {
  kind: 'totals';
  title: string;
  max: number;
  /** The axis's last tick label ("100 %"); the others are plain numbers. */
  maxText: string;
  /** `text`: the value as printed ("63 %" / "63%"); a muted bar's note is printed instead. */
  bars: { label: string; value: number; text: string; muted?: boolean; note?: string; highlight?: boolean }[];
}

/** A radar chart: one axis per criterion, one polygon per option, values 0 … 1 (null at the centre). */
export interface RadarBlock {
  kind: 'radar';
  title: string;
  axes: string[];
  series: { label: string; values: (number | null)[] }[];
}

/** A 5 × 5 grid of ratings (likelihood × impact): the number of risks in each cell. */
export interface HeatMapBlock {
  kind: 'heatmap';
  title: string;
  xLabel: string;
  yLabel: string;
  /** counts[y − 1][x − 1], both 1 … 5, y up the page. */
  counts: number[][];
  /** Cell colours ("#rrggbb"), indexed like `counts`. */
  colors: string[][];
  legend: { label: string; color: string }[];
}

/** An image scaled to the text width (a diagram), or a labelled placeholder when there is none. */
export interface FigureBlock {
  kind: 'figure';
  caption: string;
  image: PdfImage | null;
  /** Shown in the placeholder: why there is no image, and what it would have shown. */
  placeholder?: { label: string; detail: string };
}

/**
 * The impact × effort 2×2: each point a numbered dot (the number of its row in the cards table)
 * at effort (x, 0 low … 1 high) and impact (y); quadrant names clockwise from the top left.
 */
export interface PlacementBlock {
  kind: 'placement';
  title: string;
  xLabel: string;
  yLabel: string;
  /** Top left (high impact, low effort), top right, bottom right, bottom left. */
  quadrants: [string, string, string, string];
  points: { label: string; x: number; y: number; color: string }[];
}

export interface HandoutSection {
  /** Stable id of the section for choosing what to include: "summary", "stage:<id>", "decisions", "parkingLot". */
  key: string;
  /** Shown before the title and in the contents ("01"); none for the summary. */
  number?: string;
  title: string;
  blocks: Block[];
  /** Starts on a new page, and the next section too (the executive summary); others may share pages. */
  ownPages?: boolean;
}

export interface HandoutCover {
  kicker: string;
  title: string;
  facts: { label: string; value: string }[];
  participants: { name: string; role: string }[];
  /** A line at the foot of the cover ("Generated by Groundwork on …"). */
  footnote: string;
}

export interface Handout {
  language: Language;
  paper: Paper;
  organisation?: string;
  logo?: PdfImage;
  marking?: string;
  /** When the handout was made (ISO timestamp): the PDF's creation date. */
  createdAt: string;
  /** PDF document information. */
  meta: { title: string; author: string; subject: string; keywords: string };
  cover: HandoutCover;
  sections: HandoutSection[];
}
