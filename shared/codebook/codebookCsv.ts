// The codebook as CSV, one row per code in tree order, for sharing a codebook between projects and
// coders, and for reading it in a spreadsheet or an appendix. A code's place is its path (names from
// the top, " > " between levels); `parent_path` says the same without the code's own name, so that a
// spreadsheet can sort or filter by it. RFC 4180, like the coded-segments export; read as a spreadsheet
// shows its rows (files/spreadsheetRows.ts).
import { readSpreadsheetRows } from '../files/spreadsheetRows';
import type { CodeRecord } from '../model';
import { toCsv } from '../export/csv';
import { CODE_PATH_SEPARATOR, treePaths } from './codePath';
import { normalizeCodeName } from './codeNames';
import { codeTree } from './codeTree';

export const CODEBOOK_COLUMNS = ['name', 'path', 'parent_path', 'color', 'definition', 'inclusion', 'exclusion', 'example'] as const;
export type CodebookColumn = (typeof CODEBOOK_COLUMNS)[number];

export function codebookToCsv(codes: readonly CodeRecord[]): string {
  // Paths as the tree shows the codes: a code a corrupt project puts in a parent cycle is written
  // where the researcher sees it, so the file still says one place for it.
  const entries = codeTree(codes);
  const paths = treePaths(entries);
  const rows = entries.map(({ code, parentId }) => ({
    name: guardFormula(code.name),
    path: guardFormula(paths.get(code.id)!),
    parent_path: parentId === null ? '' : guardFormula(paths.get(parentId)!),
    color: code.color,
    definition: guardFormula(code.definition),
    inclusion: guardFormula(code.inclusion),
    exclusion: guardFormula(code.exclusion),
    example: guardFormula(code.example),
  }));
  // Guarded here rather than by toCsv's spreadsheet-safe variant, whose apostrophes an import could
  // not tell from a researcher's own.
  return toCsv(CODEBOOK_COLUMNS, rows, { spreadsheetSafe: false });
}

// A cell a spreadsheet would run as a formula (OWASP "CSV Injection"): a code named
// `=HYPERLINK("http://…"&A1)` shared in a codebook would run in whoever opens the file. Such a cell is
// written after an apostrophe, which spreadsheets show as text; so is a cell that already starts with
// apostrophes before such a character, so that import, which takes one apostrophe off, gives back
// exactly the text that was exported ("'=x" goes out as "''=x" and comes back as "'=x").
const FORMULA_GUARDED = /^'*[=+\-@\t\r]/u;
const FORMULA_UNGUARDED = /^'+[=+\-@\t\r]/u;

export function guardFormula(cell: string): string {
  return FORMULA_GUARDED.test(cell) ? `'${cell}` : cell;
}

export function unguardFormula(cell: string): string {
  return FORMULA_UNGUARDED.test(cell) ? cell.slice(1) : cell;
}

/** One data row of a codebook file: its cells by (lower-cased, trimmed) column name. */
export interface CodebookCsvRow {
  /** 1-based row in a spreadsheet's numbering, the header being row 1 and blank rows counted. */
  row: number;
  cells: Partial<Record<CodebookColumn, string>>;
}

export interface ParsedCodebookCsv {
  rows: CodebookCsvRow[];
  /** The columns the file has, of those Framewise knows. */
  columns: CodebookColumn[];
  /** The headings of the columns it does not read, as the file writes them (the import says so). */
  ignoredColumns: string[];
}

// Headings a researcher or another tool may give a column Framewise reads: the British spelling the
// app's own labels use, and the REFI-QDA name of a code's definition.
const COLUMN_ALIASES: Readonly<Record<string, CodebookColumn>> = { colour: 'color', description: 'definition' };

/**
 * Reads a codebook CSV (or TSV, or semicolon-separated as a European Excel writes it: papaparse finds
 * the delimiter; a "sep=;" first line names it). Throws when it has no `name` column, and when a
 * quotation mark out of place would run rows together: those rows would be lost without a word.
 */
export function parseCodebookCsv(content: string): ParsedCodebookCsv {
  const [header, ...data] = readSpreadsheetRows(content);
  const headings = (header?.cells ?? []).map((cell) => cell.trim());
  const names = headings.map((heading) => {
    const name = heading.toLowerCase().replace(/\s+/gu, '_');
    return COLUMN_ALIASES[name] ?? name;
  });
  if (!names.includes('name')) {
    throw new Error(`it has no “name” column (the first row should name the columns: ${CODEBOOK_COLUMNS.join(', ')})`);
  }
  const known = new Set<string>(CODEBOOK_COLUMNS);
  const columns = names.filter((name): name is CodebookColumn => known.has(name));
  const ignoredColumns = headings.filter((heading, column) => heading !== '' && !known.has(names[column]!));
  const rows = data.map(({ row: line, cells }) => {
    const row: CodebookCsvRow = { row: line, cells: {} };
    names.forEach((name, column) => {
      if (known.has(name) && row.cells[name as CodebookColumn] === undefined) row.cells[name as CodebookColumn] = unguardFormula(cells[column] ?? '');
    });
    return row;
  });
  return { rows, columns, ignoredColumns };
}

// " > " as written, or with any other spaces around it (a spreadsheet may have reflowed them).
const PATH_SEPARATOR_PATTERN = new RegExp(`\\s+${CODE_PATH_SEPARATOR.trim()}\\s+`, 'u');

/** A path's names, from the top, as code names are stored (codeNames.ts normalizeCodeName). */
export function splitCodePath(path: string): string[] {
  return path.split(PATH_SEPARATOR_PATTERN).map(normalizeCodeName).filter(Boolean);
}
