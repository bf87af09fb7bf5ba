// Spreadsheets of open-ended survey answers (.csv, .xlsx): a header row names the columns, and each row
// below it is one respondent. The researcher picks the column that holds the text; every row becomes
// a document and the other columns its attributes.
import { nameKey } from '../../shared/attributes/nameForms';

export interface TableData {
  /** Column names from the header row, unique and never empty. */
  columns: string[];
  /** Data rows below the header, as text, each as long as `columns`; rows with no cell filled are left out. */
  rows: string[][];
  /** The number a spreadsheet shows for each row (the header is row 1), to find the row again. */
  rowNumbers: number[];
  extraction: Record<string, string>;
}

/** Builds a table from raw rows (the first is the header); `numberOf(index)` gives each raw row's number. */
export function toTableData(raw: string[][], extraction: Record<string, string>, numberOf: (index: number) => number = (i) => i + 1): TableData {
  const [header = [], ...body] = raw;
  // A loop, not Math.max(...rows): spreading one argument per row overflows the stack somewhere
  // between 300,000 and 500,000 rows, and surveys that long exist.
  let width = header.length;
  for (const row of body) if (row.length > width) width = row.length;
  const columns = uniqueNames(Array.from({ length: width }, (_, i) => header[i]?.trim() ?? ''));
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  body.forEach((row, index) => {
    if (!row.some((cell) => /\S/u.test(cell))) return;
    rows.push(Array.from({ length: width }, (_, i) => row[i] ?? ''));
    rowNumbers.push(numberOf(index + 1));
  });
  return { columns, rows, rowNumbers, extraction };
}

/** "Column 3" for an empty header cell; "age (2)" for the second column called "age". */
function uniqueNames(names: string[]): string[] {
  // Told apart as attributes are (case and accent form folded), and numbered past every name taken so
  // far, the numbered ones included: headers "age, age, age (2)" must not give two "age (2)" columns,
  // whose values would be written over each other.
  const taken = new Set<string>();
  return names.map((name, i) => {
    const base = name || `Column ${i + 1}`;
    let unique = base;
    for (let n = 2; taken.has(nameKey(unique)); n++) unique = `${base} (${n})`;
    taken.add(nameKey(unique));
    return unique;
  });
}
