// The codebook as CSV, one row per code in tree order, for sharing a codebook between projects and
// coders, and for reading it in a spreadsheet or an appendix. A code's place is its path (names from
// the top, " > " between levels); `parent_path` says the same without the code's own name, so that a
// spreadsheet can sort or filter by it. RFC 4180 (papaparse), like the coded-segments export.
import Papa from 'papaparse';
import type { CodeRecord } from '../model';
import { toCsv } from '../export/csv';
import { codePath, CODE_PATH_SEPARATOR } from './codePath';
import { inTreeOrder } from './codeTree';

export const CODEBOOK_COLUMNS = ['name', 'path', 'parent_path', 'color', 'definition', 'inclusion', 'exclusion', 'example'] as const;
export type CodebookColumn = (typeof CODEBOOK_COLUMNS)[number];

export function codebookToCsv(codes: readonly CodeRecord[]): string {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const rows = inTreeOrder(codes).map((code) => {
    const parent = code.parentId ? byId.get(code.parentId) : undefined;
    return {
      name: code.name,
      path: codePath(code, byId),
      parent_path: parent ? codePath(parent, byId) : '',
      color: code.color,
      definition: code.definition,
      inclusion: code.inclusion,
      exclusion: code.exclusion,
      example: code.example,
    };
  });
  // Plain CSV, never the spreadsheet-safe variant: its apostrophes would come back in on import.
  return toCsv(CODEBOOK_COLUMNS, rows, { spreadsheetSafe: false });
}

/** One data row of a codebook file: its cells by (lower-cased, trimmed) column name. */
export interface CodebookCsvRow {
  /** 1-based line of the row in a spreadsheet's numbering, the header being row 1. */
  row: number;
  cells: Partial<Record<CodebookColumn, string>>;
}

export interface ParsedCodebookCsv {
  rows: CodebookCsvRow[];
  /** The columns the file has, of those Framewise knows. */
  columns: CodebookColumn[];
}

/** Reads a codebook CSV (or TSV: papaparse finds the delimiter). Throws when it has no `name` column. */
export function parseCodebookCsv(content: string): ParsedCodebookCsv {
  const parsed = Papa.parse<string[]>(content.replace(/^\uFEFF/u, ''), { skipEmptyLines: 'greedy' });
  const [header, ...data] = parsed.data;
  const names = (header ?? []).map((cell) => cell.trim().toLowerCase().replace(/\s+/gu, '_'));
  if (!names.includes('name')) {
    throw new Error(`it has no “name” column (the first row should name the columns: ${CODEBOOK_COLUMNS.join(', ')})`);
  }
  const known = new Set<string>(CODEBOOK_COLUMNS);
  const columns = names.filter((name): name is CodebookColumn => known.has(name));
  const rows = data.map((cells, i) => {
    const row: CodebookCsvRow = { row: i + 2, cells: {} };
    names.forEach((name, column) => {
      if (known.has(name) && row.cells[name as CodebookColumn] === undefined) row.cells[name as CodebookColumn] = cells[column] ?? '';
    });
    return row;
  });
  return { rows, columns };
}

// " > " as written, or with any other spaces around it (a spreadsheet may have reflowed them).
const PATH_SEPARATOR_PATTERN = new RegExp(`\\s+${CODE_PATH_SEPARATOR.trim()}\\s+`, 'u');

/** A path's names, from the top; spaces around each name do not count. */
export function splitCodePath(path: string): string[] {
  return path
    .split(PATH_SEPARATOR_PATTERN)
    .map((name) => name.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
}
