import { limits } from '../model/limits';
import type { CsvRowKey } from './csv-labels';
import { parseDirection, parseScale, rowKeyOf } from './csv-labels';
import { readCsv, unguardText } from './csv-text';
import { ratingMax, ratingMin } from './normalise';

/**
 * Reading a matrix CSV (the layout `matrixToCsv` writes, headers in English or Chinese), validated
 * with limits. Errors carry a code and where they are (1-based row and column as a spreadsheet
 * shows them), for a translated message.
 */

export const csvLimits = { bytes: 1024 * 1024, options: 100, criteria: 50, maxPoints: 1000 } as const;

export type CsvErrorCode =
  | 'too-large' | 'unterminated-quote' | 'empty' | 'missing-row' | 'unknown-row' | 'no-criteria'
  | 'too-many-options' | 'too-many-criteria' | 'missing-name' | 'duplicate-option' | 'duplicate-criterion'
  | 'too-long' | 'bad-direction' | 'bad-scale' | 'bad-number' | 'rating-range' | 'weight-range';

export interface CsvError {
  code: CsvErrorCode;
  row?: number;
  column?: number;
  value?: string;
}

export interface ImportedCriterion {
  name: string;
  direction: 'benefit' | 'cost';
  scale: 'rating' | 'measured';
  unit: string;
  knockout: number | null;
  /** Weight points as in the file (percentages); used as direct points. */
  weight: number;
}

export interface ImportedMatrix {
  options: { name: string; description: string }[];
  criteria: ImportedCriterion[];
  /** options × criteria raw values. */
  values: (number | null)[][];
}

export type CsvImport = { ok: true; matrix: ImportedMatrix } | { ok: false; error: CsvError };

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** A number cell: empty → null; '40 %' and full-width digits are accepted; anything else is an error. */
export function parseNumberCell(text: string): number | null | 'bad' {
  const t = text.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s*[%％]$/, '');
  if (t === '') return null;
  return numberPattern.test(t) ? Number(t) : 'bad';
}

const fold = (s: string) => s.trim().toLowerCase();

class Invalid extends Error {
  constructor(readonly detail: CsvError) {
    super(detail.code);
  }
}
const fail = (detail: CsvError): never => {
  throw new Invalid(detail);
};

function text(cell: string | undefined, max: number, row: number, column: number): string {
  const value = unguardText((cell ?? '').trim());
  if (value.length > max) fail({ code: 'too-long', row, column });
  return value;
}

export function importMatrixCsv(input: string): CsvImport {
  if (input.length > csvLimits.bytes) return { ok: false, error: { code: 'too-large' } };
  const parsed = readCsv(input);
  if (!parsed.ok) return { ok: false, error: { code: parsed.error, row: parsed.row } };
  try {
    return { ok: true, matrix: readRows(parsed.rows) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.detail };
    throw e;
  }
}

function readRows(rows: string[][]): ImportedMatrix {
  const header = rows[0];
  if (!header || rows.every((r) => r.every((c) => c.trim() === ''))) fail({ code: 'empty' });
  if (rowKeyOf(header![0] ?? '') !== 'option') fail({ code: 'missing-row', row: 1, column: 1, value: 'option' });
  const criterionCount = header!.length - 2;
  if (criterionCount < 1 || header!.slice(2).every((c) => c.trim() === '')) fail({ code: 'no-criteria', row: 1 });
  if (criterionCount > csvLimits.criteria) fail({ code: 'too-many-criteria', value: String(csvLimits.criteria) });

  const meta = new Map<CsvRowKey, string[]>();
  let r = 1;
  for (; r < rows.length; r++) {
    const key = rowKeyOf(rows[r]![0] ?? '');
    if (key === null || key === 'option') break;
    meta.set(key, rows[r]!);
  }
  for (const key of ['direction', 'scale', 'weight'] as const) if (!meta.has(key)) fail({ code: 'missing-row', row: r + 1, value: key });
  const rowNumber = (key: CsvRowKey) => rows.indexOf(meta.get(key) ?? []) + 1;

  const names = new Set<string>();
  const criteria = Array.from({ length: criterionCount }, (_, k): ImportedCriterion => {
    const col = k + 3;
    const name = text(header![k + 2], limits.shortChars, 1, col);
    if (!name) fail({ code: 'missing-name', row: 1, column: col });
    if (names.has(fold(name))) fail({ code: 'duplicate-criterion', row: 1, column: col, value: name });
    names.add(fold(name));
    const cell = (key: CsvRowKey) => meta.get(key)?.[k + 2] ?? '';
    const direction = parseDirection(cell('direction'));
    if (!direction) fail({ code: 'bad-direction', row: rowNumber('direction'), column: col, value: cell('direction') });
    const scale = parseScale(cell('scale'));
    if (!scale) fail({ code: 'bad-scale', row: rowNumber('scale'), column: col, value: cell('scale') });
    const number = (key: CsvRowKey) => {
      const n = parseNumberCell(cell(key));
      if (n === 'bad') fail({ code: 'bad-number', row: rowNumber(key), column: col, value: cell(key) });
      return n as number | null;
    };
    const knockout = number('knockout');
    const weight = number('weight') ?? 0;
    if (weight < 0 || weight > csvLimits.maxPoints) fail({ code: 'weight-range', row: rowNumber('weight'), column: col, value: cell('weight') });
    return { name, direction: direction!, scale: scale!, unit: text(cell('unit'), limits.shortChars, rowNumber('unit'), col), knockout, weight };
  });

  const optionRows = rows.slice(r).filter((row) => row.some((c) => c.trim() !== ''));
  if (optionRows.length > csvLimits.options) fail({ code: 'too-many-options', value: String(csvLimits.options) });
  const optionNames = new Set<string>();
  const options: ImportedMatrix['options'] = [];
  const values = optionRows.map((row) => {
    const at = rows.indexOf(row) + 1;
    const name = text(row[0], limits.shortChars, at, 1);
    if (!name) fail({ code: 'missing-name', row: at, column: 1 });
    if (optionNames.has(fold(name))) fail({ code: 'duplicate-option', row: at, column: 1, value: name });
    optionNames.add(fold(name));
    options.push({ name, description: text(row[1], limits.textChars, at, 2) });
    return criteria.map((c, k) => {
      const raw = row[k + 2] ?? '';
      const n = parseNumberCell(raw);
      if (n === 'bad') fail({ code: 'bad-number', row: at, column: k + 3, value: raw });
      if (typeof n === 'number' && c.scale === 'rating' && (n < ratingMin || n > ratingMax)) fail({ code: 'rating-range', row: at, column: k + 3, value: raw });
      return n as number | null;
    });
  });
  return { options, criteria, values };
}
