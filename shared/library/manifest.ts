// A manifest: a researcher's table of what each file is (its outlet, leaning, year...), keyed by file
// name. It comes as JSON (an array of objects, or an object with a `documents` array, as the reference
// corpus's manifest.json) or as CSV/TSV with a `file` (or `filename`, `file_name`, `file name`) column,
// read as the spreadsheet that saved it shows it (spreadsheetRows.ts), so that a warning's row number
// is the one the researcher sees. Parsing is pure so that the same rules serve an import and "Apply a
// manifest…" to documents already in the project.
import type { DocumentMetadata } from '../model';
import { isoDateWithoutTime } from '../dates/isoDate';
import { typedDate } from '../attributes/typedDate';
import { nameKey } from '../attributes/nameForms';
import { MisquotedTableError, readSpreadsheetRows, type SpreadsheetRow } from '../files/spreadsheetRows';
import { nearlyTypedColumnWarnings, type ColumnValue } from './nearlyTypedColumns';
import { quoteLongNumbers } from './jsonLongNumbers';

export interface ManifestEntry {
  /** The file's base name, as the manifest wrote it (directories dropped). */
  file: string;
  /**
   * The file's name with the folders the manifest wrote before it (`wave1/interview.txt`, separators
   * as `/`), when it wrote any: what tells two files of one name apart (manifestMatching.ts).
   */
  path?: string;
  title?: string;
  metadata: Partial<DocumentMetadata>;
  /** Every other key: raw values, typed later by inference across the whole manifest. */
  attributes: Record<string, string | number | boolean>;
}

export interface Manifest {
  entries: ManifestEntry[];
  /** Things a researcher should know, said about the manifest's own rows (ignored keys, repeated files). */
  warnings: string[];
}

/** A manifest that cannot be read at all: the message names the file and what to fix. */
export class ManifestError extends Error {
  override name = 'ManifestError';
}

const FILE_KEYS = ['file', 'filename', 'file_name', 'file name'];
const METADATA_KEYS: ReadonlyArray<keyof DocumentMetadata> = ['author', 'date', 'source', 'url'];

export function parseManifest(content: string, fileName: string): Manifest {
  const body = content.replace(/^\uFEFF/, '');
  const looksJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(body);
  return looksJson ? parseJsonManifest(body, fileName) : parseTableManifest(body, fileName);
}

/**
 * The base name a manifest entry and a document are matched by: no folders, case folded, and in
 * Unicode's composed form (NFC), since macOS gives file names decomposed ("e" + combining accent)
 * while a manifest typed elsewhere has "é" as one character.
 */
export function manifestKey(fileName: string): string {
  return pathSegments(fileName).at(-1) ?? '';
}

/** A path's names, folders first, each folded as manifestKey folds a file name ("C:\\A\\b.txt": c:, a, b.txt). */
export function pathSegments(path: string): string[] {
  return path
    .split(/[\\/]/)
    .map((segment) => segment.trim().normalize('NFC').toLowerCase())
    .filter(Boolean);
}

function parseJsonManifest(body: string, fileName: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new ManifestError(`“${fileName}” is not valid JSON (${jsonErrorAt(body, (error as Error).message)}). Fix the file, or save the manifest as CSV.`, { cause: error });
  }
  // Parsed as written first, so that an error's line and column are the file's; then again with the
  // numbers a double would change (a 20-digit respondent ID) kept as their text.
  const exact = quoteLongNumbers(body);
  if (exact !== body) data = JSON.parse(exact);
  const rows = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.documents) ? data.documents : null;
  if (!rows) {
    throw new ManifestError(`“${fileName}” holds no list of documents: a JSON manifest is an array of objects, or an object with a “documents” array.`);
  }
  const warnings: string[] = [];
  const records: Array<{ where: string; record: Record<string, unknown> }> = [];
  rows.forEach((row: unknown, index: number) => {
    if (isObject(row)) records.push({ where: `Entry ${index + 1}`, record: row });
    else warnings.push(`Entry ${index + 1} is not an object and was ignored.`);
  });
  return collect(records, fileName, warnings);
}

function parseTableManifest(body: string, fileName: string): Manifest {
  let rows: SpreadsheetRow[];
  try {
    rows = readSpreadsheetRows(body, /\.tsv$/i.test(fileName) ? '\t' : undefined);
  } catch (error) {
    if (error instanceof MisquotedTableError) throw new ManifestError(`“${fileName}” could not be read as CSV: ${error.message}.`, { cause: error });
    throw error;
  }
  const [header, ...data] = rows;
  const headings = (header?.cells ?? []).map((cell) => cell.trim());
  refuseRepeatedHeadings(headings, fileName);
  // Cells under no heading (Excel's trailing separators, or a row longer than the header) have no
  // column name, so no attribute: their values are named, by column, as ignored.
  const unnamed = new Map<number, number[]>();
  const namedWidth = headings.reduce((width, heading, column) => (heading ? column + 1 : width), 0);
  const warnings: string[] = [];
  const records = data.map(({ row, cells }) => {
    if (cells.length < namedWidth) warnings.push(`Row ${row} has fewer cells than the header.`);
    const record: Record<string, string> = {};
    cells.forEach((cell, column) => {
      const heading = headings[column];
      if (heading) record[heading] = cell;
      else if (cell.trim()) {
        const inRows = unnamed.get(column);
        if (inRows) inRows.push(row);
        else unnamed.set(column, [row]);
      }
    });
    return { where: `Row ${row}`, record };
  });
  for (const [column, inRows] of [...unnamed].sort(([a], [b]) => a - b)) {
    warnings.push(`Column ${column + 1} has no name in the header row; its values (${rowList(inRows)}) were ignored.`);
  }
  return collect(records, fileName, warnings);
}

/** Two columns for one field (the same name, in any case) would leave one value silently unused. */
function refuseRepeatedHeadings(headings: readonly string[], fileName: string): void {
  const firstColumn = new Map<string, number>();
  headings.forEach((heading, column) => {
    if (!heading) return;
    const key = nameKey(heading);
    const first = firstColumn.get(key);
    if (first === undefined) firstColumn.set(key, column);
    else {
      throw new ManifestError(
        `“${fileName}” names one column twice: “${headings[first]}” (column ${first + 1}) and “${heading}” (column ${column + 1}). Rename or delete one of them, then choose the manifest again.`,
      );
    }
  });
}

function collect(records: Array<{ where: string; record: Record<string, unknown> }>, fileName: string, warnings: string[]): Manifest {
  const fileKeyOf = (record: Record<string, unknown>) => Object.keys(record).find((k) => FILE_KEYS.includes(k.trim().toLowerCase()));
  if (records.length > 0 && !records.some(({ record }) => fileKeyOf(record))) {
    throw new ManifestError(`“${fileName}” has no “file” column: each entry needs the file name of the document it describes.`);
  }
  const entries: ManifestEntry[] = [];
  const seen = new Map<string, string>();
  // Each attribute column's values, under its first spelling, for nearlyTypedColumnWarnings.
  const columns = new Map<string, { name: string; values: ColumnValue[] }>();
  for (const { where, record } of records) {
    const fileKey = fileKeyOf(record);
    const file = fileKey ? scalarText(record[fileKey]) : '';
    const names = file.split(/[\\/]/).map((name) => name.trim()).filter(Boolean);
    if (names.length === 0) {
      warnings.push(`${where} has no file name and was ignored.`);
      continue;
    }
    const entry: ManifestEntry = { file: names.at(-1)!, ...(names.length > 1 ? { path: names.join('/') } : {}), metadata: {}, attributes: {} };
    // One field named twice in an entry (JSON keys differing in case): the first is used.
    const fields = new Map<string, string>([[nameKey(fileKey!), fileKey!]]);
    for (const [rawKey, value] of Object.entries(record)) {
      if (rawKey === fileKey) continue;
      const key = rawKey.trim();
      // Trimmed before the test, so a cell of spaces gives no value, as an empty one does.
      if (!key || value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
      const earlierKey = fields.get(nameKey(key));
      if (earlierKey !== undefined) {
        warnings.push(`${where}: “${key}” names the same field as “${earlierKey.trim()}” and was ignored.`);
        continue;
      }
      fields.set(nameKey(key), rawKey);
      if (typeof value === 'object') {
        warnings.push(`${where}: “${key}” is a list or an object, not a value, and was ignored.`);
        continue;
      }
      const lower = key.toLowerCase();
      if (lower === 'title') entry.title = scalarText(value);
      else if ((METADATA_KEYS as readonly string[]).includes(lower)) {
        let text = scalarText(value);
        if (lower === 'date') {
          // An ISO date is stored as the calendar day it states (a time is dropped, not moved to UTC),
          // the form date filters read, as is a day written as people write one (16.05.2017), read as
          // the date fields read it. Any other is kept as written (a researcher's "May 2017" is still
          // information), but said: sorting and exports expect ISO dates.
          const typed = typedDate(text);
          const day = isoDateWithoutTime(text) ?? (typed.ok ? typed.day : null);
          if (day) text = day;
          else warnings.push(`${where}: the date “${text}” is not written as YYYY-MM-DD (or YYYY-MM, YYYY); it was kept as written.`);
        }
        entry.metadata[lower as keyof DocumentMetadata] = text;
      }
      else {
        const scalar = typeof value === 'string' ? value.trim() : (value as number | boolean);
        entry.attributes[key] = scalar;
        const column = columns.get(nameKey(key)) ?? { name: key, values: [] };
        column.values.push({ where, value: scalar });
        columns.set(nameKey(key), column);
      }
    }
    // One file named twice; the same name under two folders names two files (manifestMatching.ts).
    const key = pathSegments(entry.path ?? entry.file).join('/');
    const earlier = seen.get(key);
    if (earlier !== undefined) warnings.push(`${where} repeats “${entry.file}” (first in ${earlier.toLowerCase()}); the later entry is used.`);
    seen.set(key, where);
    entries.push(entry);
  }
  if (entries.length === 0) throw new ManifestError(`“${fileName}” has no entries with a file name.`);
  warnings.push(...nearlyTypedColumnWarnings(new Map([...columns.values()].map(({ name, values }) => [name, values]))));
  return { entries, warnings };
}

/** "row 3", "rows 3 and 4", "rows 3, 4, 5, 6, 9 and 12 more". */
function rowList(rows: readonly number[], limit = 5): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  const shown = rows.slice(0, Math.min(limit, rows.length - 1));
  const rest = rows.length - shown.length;
  return `rows ${shown.join(', ')} and ${rest === 1 ? rows.at(-1) : `${rest} more`}`;
}

/**
 * JSON.parse's complaint with the line and column an editor shows instead of a character count
 * ("at position 1234"; newer engines add "(line 3 column 20)" themselves, which this replaces).
 */
function jsonErrorAt(body: string, message: string): string {
  const position = / at position (\d+)/u.exec(message);
  if (!position) return message;
  const before = body.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const reason = message.slice(0, position.index).replace(/ in JSON$/u, '');
  return `line ${line}, column ${column}: ${reason}`;
}

function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value).trim() : '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
