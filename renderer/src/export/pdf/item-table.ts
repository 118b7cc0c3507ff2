import type { Language } from '../../../../shared/model/workshop';
import { labelled } from './format';
import type { Block, Cell, TableColumn } from './handout';
import { isPdfStringKey, pdfText } from './strings';
import { asRecord, fieldValues } from './workshop-reading';

/**
 * Any list of board items as a table, with a column for every plain field the items have — so
 * fields added to the model later show up in the handout without a change here. Bookkeeping
 * fields (ids, timestamps, placement, authorship) are left out; a nested `fields` record becomes a
 * "Details" column.
 */
const bookkeeping = new Set(['createdAt', 'updatedAt', 'hidden', 'placement', 'fields', 'color']);
/** References to other items (`optionId`, `linkedIds`) are ids, not text for a reader. */
const isReference = (key: string): boolean => /(^id|Ids?)$/.test(key);

type Scalar = string | number | boolean;
const isScalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** "dueDate" → "Due date": the header of a field the strings table does not know. */
export function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function fieldLabel(key: string, language: Language): string {
  const id = `field.${key}`;
  return isPdfStringKey(id) ? pdfText(language, id) : humanize(key);
}

export function scalarText(value: Scalar, language: Language): string {
  if (typeof value === 'boolean') return pdfText(language, value ? 'yes' : 'no');
  return String(value);
}

/** "Label: value" lines of an item's nested fields, labels from `labels` when known. */
export function detailLines(item: object, labels: Map<string, string>): string[] {
  return Object.entries(fieldValues(item)).map(([key, value]) => labelled(labels.get(key) ?? humanize(key), value));
}

export function itemTable(items: object[], language: Language): Block {
  const keys: string[] = [];
  for (const item of items) {
    for (const [key, value] of Object.entries(asRecord(item) ?? {})) {
      if (bookkeeping.has(key) || isReference(key) || keys.includes(key)) continue;
      if (isScalar(value) || (isTextList(value) && value.length > 0)) keys.push(key);
    }
  }
  const hasDetails = items.some((item) => Object.keys(fieldValues(item)).length > 0);
  const text = (item: object, key: string): string => {
    const value = asRecord(item)?.[key];
    if (isTextList(value)) return value.join(', ');
    return isScalar(value) ? scalarText(value, language) : '';
  };
  const columns: TableColumn[] = [{ header: '#', align: 'right' }];
  for (const key of keys) {
    const header = fieldLabel(key, language);
    const values = items.map((item) => text(item, key));
    const numeric = values.every((v) => v === '' || /^-?[\d.,%]+$/.test(v));
    columns.push({ header, ...(numeric ? { align: 'right' as const } : {}) });
  }
  const details = items.map((item) => detailLines(item, new Map()).join('\n'));
  if (hasDetails) columns.push({ header: pdfText(language, 'details') });
  const rows: Cell[][] = items.map((item, i) => [
    String(i + 1),
    ...keys.map((key) => text(item, key)),
    ...(hasDetails ? [details[i] ?? ''] : []),
  ]);
  return { kind: 'table', columns, rows };
}
