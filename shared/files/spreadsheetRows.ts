// The rows of a CSV or TSV as the spreadsheet that saved it shows them, for tables a researcher hands
// over (a manifest, a codebook): each row keeps the number the spreadsheet gives it, so that a message about
// "row 7" leads to the right line. Blank rows count but are dropped; a quoted cell with line breaks is
// one row; Excel's "sep=;" first line (which Excel hides, the header then being row 1) names the
// separator. Otherwise the separator is guessed: a European Excel writes semicolons.
import Papa from 'papaparse';

export interface SpreadsheetRow {
  /** 1-based, as the spreadsheet numbers it. */
  row: number;
  cells: string[];
}

/** Thrown when a quotation mark out of place would run rows together (those rows would be lost without a word). */
export class MisquotedTableError extends Error {
  override name = 'MisquotedTableError';
}

/** The non-blank rows of `content`; `delimiter` when the file's type fixes it (a .tsv). */
export function readSpreadsheetRows(content: string, delimiter?: string): SpreadsheetRow[] {
  const { text, delimiter: named } = withoutSepLine(content.replace(/^\uFEFF/u, ''));
  // Blank rows are kept by the parse (and dropped below) so that rows keep their numbers; the separator
  // is guessed without them, since papaparse takes a blank line for a one-cell row.
  const parsed = Papa.parse<string[]>(text, { delimiter: named ?? delimiter ?? guessDelimiter(text), skipEmptyLines: false });
  const misquoted = parsed.errors.find((error) => error.type === 'Quotes');
  if (misquoted) throw new MisquotedTableError(misquotedMessage(misquoted));
  return parsed.data.map((cells, i) => ({ row: i + 1, cells })).filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
}

function withoutSepLine(content: string): { text: string; delimiter: string | undefined } {
  const sep = /^sep=(.)\r?\n/iu.exec(content);
  return sep ? { text: content.slice(sep[0].length), delimiter: sep[1] } : { text: content, delimiter: undefined };
}

function guessDelimiter(text: string): string {
  return Papa.parse<string[]>(text, { preview: 20, skipEmptyLines: 'greedy' }).meta.delimiter;
}

function misquotedMessage(error: Papa.ParseError): string {
  const row = (error.row ?? 0) + 1;
  const doubled = 'a quotation mark inside a cell is written twice: ""';
  return error.code === 'MissingQuotes'
    ? `row ${row} opens a quoted cell that is never closed, which would run every row after it into that cell (${doubled})`
    : `row ${row} has text after the closing quotation mark of a quoted cell (${doubled})`;
}
