/**
 * CSV as Excel reads and writes it (RFC 4180): fields separated by commas, quoted with "..." when
 * they hold a separator, a quote or a line break, quotes doubled inside. Written with a UTF-8 byte
 * order mark and CRLF line ends, so Excel on Windows opens Chinese text correctly.
 *
 * Workshop content is untrusted: a text cell that starts with = + − @ (or a tab / CR) would run as a
 * formula in a spreadsheet, so it is written with a leading apostrophe (the OWASP advice), which
 * reading takes off again.
 */

export const bom = '\uFEFF';

const formulaStart = /^[=+\-@\t\r]/;

/** A text cell made safe for spreadsheets. Numbers are written as numbers, without the guard. */
export function guardText(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** The text of a cell as written by `guardText`. */
export function unguardText(text: string): string {
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}

function quote(field: string, separator: string): string {
  return field.includes(separator) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Rows → CSV text with BOM and CRLF. */
export function writeCsv(rows: readonly (readonly string[])[], separator = ','): string {
  return bom + rows.map((row) => row.map((f) => quote(f, separator)).join(separator)).join('\r\n') + '\r\n';
}

export type CsvParse = { ok: true; rows: string[][] } | { ok: false; error: 'unterminated-quote'; row: number };

/**
 * CSV text → rows of fields. Takes off a BOM; accepts CRLF, LF or CR line ends; the separator is
 * the first of comma, semicolon or tab found outside quotes on the first line (Excel in some
 * locales writes semicolons). Blank lines are dropped.
 */
export function readCsv(text: string): CsvParse {
  const input = text.startsWith(bom) ? text.slice(1) : text;
  const separator = detectSeparator(input);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let startedQuoted = false;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== '' || startedQuoted) rows.push(row);
    row = [];
    field = '';
    startedQuoted = false;
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      startedQuoted = true;
    } else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (quoted) return { ok: false, error: 'unterminated-quote', row: rows.length + 1 };
  if (field !== '' || row.length > 0) endRow();
  return { ok: true, rows };
}

function detectSeparator(text: string): string {
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) return ch;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
  }
  return ',';
}
