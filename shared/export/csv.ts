// CSV as RFC 4180 writes it (CRLF between records, fields quoted when they hold a comma, quote or
// line break, quotes doubled), via papaparse. The spreadsheet-safe variant defuses cells that Excel
// or LibreOffice would run as formulas (OWASP "CSV Injection"): a text cell starting with =, +, -, @,
// tab or carriage return gets a leading apostrophe and is quoted. Numbers stay numbers.
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null;

export interface CsvOptions {
  spreadsheetSafe: boolean;
}

// papaparse's own `escapeFormulae: true` pattern ends in `.*$`, which misses a formula cell that
// continues on a second line; ours only looks at the first character.
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, CsvCell>>, options: CsvOptions): string {
  // The header goes in as a plain record: given `fields`, papaparse ends a header-only output with a
  // newline of its own, so the terminator below would leave a blank record after it.
  const records = [[...columns], ...rows.map((row) => columns.map((column) => row[column] ?? ''))];
  const body = Papa.unparse(records, {
    newline: '\r\n',
    // In a one-column CSV an unquoted empty cell is a blank line, which csv readers skip.
    quotes: (value: unknown) => columns.length === 1 && value === '',
    ...(options.spreadsheetSafe ? { escapeFormulae: FORMULA_START } : {}),
  });
  return `${body}\r\n`;
}
