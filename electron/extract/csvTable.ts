// CSV (and tab-separated) survey exports, parsed by papaparse after the bytes are decoded like a text
// file (so Excel's Windows-1252 or UTF-16 exports read right). The delimiter is detected: comma,
// semicolon (European Excel), tab or pipe.
import Papa from 'papaparse';
import { decodeText } from './decodeText';
import { toTableData, type TableData } from './tableData';
import { UnreadableFileError } from './unreadableFileError';

/** A separator no text holds (the ASCII unit separator), for reading a file as one column. */
const ONE_COLUMN = '\u001f';

export function readCsvTable(bytes: Uint8Array): TableData {
  const { text, encoding } = decodeText(bytes);
  // The delimiter is guessed on the first rows without blank lines (which would look like one-column
  // rows and confuse the guess); the whole file is then parsed keeping them, so row numbers match a
  // spreadsheet's.
  const guessed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy', preview: 20, delimiter: '' }).meta.delimiter;
  let parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: guessed });
  // A header of one cell is a file of one column: a list of answers, one per line, some of which hold
  // the separator unquoted ("Yes, I think so"). Split there, an answer would lose its end to a column
  // nobody named; read as one column, each line stays whole (quoted fields are still unquoted).
  if (parsed.data[0]?.length === 1 && parsed.data.some((row) => row.length > 1)) {
    parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: ONE_COLUMN });
  }
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    throw new UnreadableFileError(
      `it is not a well-formed CSV file: a quoted field that starts in row ${(unclosed.row ?? 0) + 1} is never closed. Open it in a spreadsheet program, save it as CSV again, and import that.`,
    );
  }
  const delimiter = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe', [ONE_COLUMN]: 'none (one column)' }[parsed.meta.delimiter] ?? parsed.meta.delimiter;
  return toTableData(parsed.data, { encoding, delimiter });
}
