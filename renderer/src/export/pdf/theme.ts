import type { Paper } from './handout';

/** Page sizes and the report's typography and colours. All lengths in PDF points (1/72 in). */
export const paperSizes: Record<Paper, { width: number; height: number }> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

export const margins = { top: 72, bottom: 68, left: 62, right: 62 } as const;

/** Header and footer baselines, measured from the top and the bottom edge. */
export const frame = { headerBaseline: 40, footerBaseline: 38, ruleGap: 8 } as const;

export const fontFamily = 'LXGWWenKai';

export const sizes = {
  body: 10.5,
  small: 8.5,
  table: 9,
  heading1: 19,
  heading2: 13,
  heading3: 11.5,
  coverTitle: 28,
  coverKicker: 12,
  /** Line height as a multiple of the font size: CJK text needs air. */
  leading: 1.55,
  /**
   * Tables are set tighter: below 1.5 poppler (pdftotext, and the viewers built on it) keeps a
   * wrapped cell's lines together instead of interleaving them with the next column's.
   */
  tableLeading: 1.45,
} as const;

export type Rgb = readonly [number, number, number];

const hex = (value: string): Rgb => [
  parseInt(value.slice(1, 3), 16),
  parseInt(value.slice(3, 5), 16),
  parseInt(value.slice(5, 7), 16),
];

export const colors = {
  ink: hex('#1b1f24'),
  muted: hex('#5a6570'),
  accent: hex('#0b5cad'),
  accentSoft: hex('#e6eff8'),
  rule: hex('#c9d1da'),
  headerFill: hex('#eef2f6'),
  zebra: hex('#f8fafc'),
  white: hex('#ffffff'),
  chart: hex('#3a7bc8'),
  /** The quick-wins quadrant of the impact × effort chart. */
  quickWin: hex('#e3f3e6'),
  /** Status colours (RAG, verdict): text-safe on white, and their pale fills. */
  good: hex('#2e7d4f'),
  goodSoft: hex('#e5f3ea'),
  warn: hex('#b7791f'),
  warnSoft: hex('#fbf1de'),
  bad: hex('#c0392b'),
  badSoft: hex('#f9e3e0'),
  neutralSoft: hex('#eef1f4'),
  /** Knocked-out bars. */
  mutedBar: hex('#c4cbd3'),
} as const;

/** Series colours of the radar chart (and its legend), in ranking order. */
export const seriesColors = ['#0b5cad', '#e07b39', '#2e8b57', '#8e5cc4', '#c0392b', '#5a6570'] as const;

/** Risk levels: the heat map's cells, the register's swatches. */
export const levelColors = { low: '#d4ecd9', medium: '#fbe7b5', high: '#f7c69a', critical: '#ee9d93' } as const;

/** RAG swatches in tables (a status is always written as text too). */
export const ragSwatches = { red: '#d9534f', amber: '#f0ad4e', green: '#5cb85c' } as const;

export { hex as hexToRgb };

/** Sticky-note colours as drawn in the tables' swatches. */
export const cardSwatches: Record<string, string> = {
  yellow: '#f5d54a',
  blue: '#74a9e8',
  green: '#7cc48a',
  pink: '#f29bbf',
  purple: '#b59be8',
  orange: '#f4a259',
  grey: '#b8c0c8',
};
