import type { MatrixBoard } from '../model/matrix';
import type { Language } from '../model/workshop';
import { csvRowLabels, csvValueWords } from './csv-labels';
import { guardText, writeCsv } from './csv-text';
import { boardWeights, rawScores } from './evaluate';

/** A number as a spreadsheet reads it: no exponent for ordinary values, at most 4 decimals. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}

/**
 * The matrix as CSV: a header row of criteria, five rows describing them (direction, scale, unit,
 * knock-out threshold, weight in % as used — the eigenvector when weights are pairwise), then one
 * row per option with its agreed scores. Column 1 names the row, column 2 holds option descriptions.
 */
export function matrixToCsv(board: MatrixBoard, language: Language): string {
  const labels = csvRowLabels[language];
  const words = csvValueWords[language];
  const { weights } = boardWeights(board);
  const raw = rawScores(board);
  const row = (label: string, cells: string[]) => [label, '', ...cells];
  const rows: string[][] = [
    [labels.option, labels.description, ...board.criteria.map((c) => guardText(c.name))],
    row(labels.direction, board.criteria.map((c) => words[c.direction])),
    row(labels.scale, board.criteria.map((c) => words[c.scale])),
    row(labels.unit, board.criteria.map((c) => guardText(c.unit))),
    row(labels.knockout, board.criteria.map((c) => (c.knockout === null ? '' : formatNumber(c.knockout)))),
    row(labels.weight, weights.map((w) => formatNumber(w * 100))),
    ...board.options.map((o, i) => [guardText(o.name), guardText(o.description), ...(raw[i] ?? []).map((v) => (v === null ? '' : formatNumber(v)))]),
  ];
  return writeCsv(rows);
}
