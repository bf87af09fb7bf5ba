// Importing a codebook CSV into a project, as one change: rows are matched to codes by path, existing
// codes take the file's colour and texts (an empty cell leaves a field as it is, so a sparse file never
// erases a definition), new codes are created under their parents, whatever order the rows come in.
// Nothing is deleted. Rows that cannot be used are reported with their row number and the reason.
import type { CodeRecord } from '../model';
import type { Change, Minting } from '../changes/change';
import { RowDraft } from '../changes/rowDraft';
import { addCode, type CodeFields } from './codebookEdits';
import { checkCodeName, CodebookError, siblingNamed } from './codeNames';
import { normalizeColor } from './codeColors';
import { CODEBOOK_COLUMNS, splitCodePath, type CodebookCsvRow, type ParsedCodebookCsv } from './codebookCsv';
import { CODE_PATH_SEPARATOR } from './codePath';

export interface CodebookImportProblem {
  row: number;
  message: string;
}

export interface CodebookImportPlan {
  change: Change;
  created: number;
  updated: number;
  unchanged: number;
  problems: CodebookImportProblem[];
}

const TEXT_FIELDS = ['definition', 'inclusion', 'exclusion', 'example'] as const;

interface PendingRow {
  source: CodebookCsvRow;
  name: string;
  parentPath: string[];
}

export function planCodebookImport(codes: readonly CodeRecord[], file: ParsedCodebookCsv, label: string, minting: Minting): CodebookImportPlan {
  const draft = new RowDraft({ codes, codings: [], memos: [] });
  const problems: CodebookImportProblem[] = [];
  const counts = { created: 0, updated: 0, unchanged: 0 };

  // A column it does not read could be the definitions under another heading: say so, not nothing.
  if (file.ignoredColumns.length > 0) {
    const listed = file.ignoredColumns.map((heading) => `“${heading}”`).join(', ');
    problems.push({
      row: 1,
      message: `${file.ignoredColumns.length === 1 ? 'the column' : 'the columns'} ${listed} ${file.ignoredColumns.length === 1 ? 'is' : 'are'} not read (Framewise reads ${CODEBOOK_COLUMNS.join(', ')}).`,
    });
  }

  const pending: PendingRow[] = [];
  const seen = new Map<string, number>();
  for (const source of file.rows) {
    const row = readRow(source, problems);
    if (!row) continue;
    const key = pathKey([...row.parentPath, row.name]);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ row: source.row, message: `“${[...row.parentPath, row.name].join(CODE_PATH_SEPARATOR)}” is already on row ${earlier}; this row was skipped.` });
      continue;
    }
    seen.set(key, source.row);
    pending.push(row);
  }

  // Parents before their children whatever order the rows come in: a parent's path is one name
  // shorter, so rows taken by depth (in file order within a depth) find their parent placed already.
  const byDepth = [...pending].sort((a, b) => a.parentPath.length - b.parentPath.length);
  const placed = new Map<string, string>();
  const waiting: PendingRow[] = [];
  for (const row of byDepth) {
    const parentId = findPath(draft, row.parentPath, placed);
    if (parentId === undefined) waiting.push(row);
    else applyRow(draft, row, parentId, minting, counts, problems);
  }
  for (const row of waiting) {
    const parent = row.parentPath.join(CODE_PATH_SEPARATOR);
    // The parent's own row may be in the file and skipped too (its own parent missing).
    const parentRow = seen.get(pathKey(row.parentPath));
    problems.push({
      row: row.source.row,
      message:
        parentRow === undefined
          ? `its parent “${parent}” is neither in the project nor in the file; “${row.name}” was skipped.`
          : `its parent “${parent}” (row ${parentRow}) could not be imported either; “${row.name}” was skipped.`,
    });
  }
  problems.sort((a, b) => a.row - b.row);
  return { change: draft.toChange(label), ...counts, problems };
}

/** A path as the duplicate check compares it: names as stored, case ignored (codeNames.ts sameName). */
function pathKey(names: readonly string[]): string {
  return names.map((name) => name.toLocaleLowerCase()).join(CODE_PATH_SEPARATOR);
}

function readRow(source: CodebookCsvRow, problems: CodebookImportProblem[]): PendingRow | null {
  const { cells } = source;
  let name: string;
  try {
    name = checkCodeName(cells.name ?? '');
  } catch (error) {
    const reason = (cells.name ?? '').trim() ? (error as Error).message : 'it has no name.';
    problems.push({ row: source.row, message: `${reason.replace(/\.$/u, '')}; the row was skipped.` });
    return null;
  }
  // parent_path says where the code goes; where it is empty, the path without its last name does:
  // a row added in a spreadsheet often has its path typed and parent_path left blank, and would
  // otherwise land at the top level. (An exported top-level code has no parent_path and a one-name path.)
  const parentPath = cells.parent_path?.trim() ? splitCodePath(cells.parent_path) : splitCodePath(cells.path ?? '').slice(0, -1);
  return { source, name, parentPath };
}

/**
 * The id of the code at a path (null for the top level), or undefined when there is none yet.
 * `placed` remembers the paths found: an import never moves, renames or deletes a code, so a path
 * once found stays true, and a deep codebook is not walked from its top for every row.
 */
function findPath(draft: RowDraft, path: readonly string[], placed: Map<string, string>): string | null | undefined {
  let parentId: string | null = null;
  let key = '';
  for (const name of path) {
    key = key ? `${key}${CODE_PATH_SEPARATOR}${pathKey([name])}` : pathKey([name]);
    let id = placed.get(key);
    if (id === undefined) {
      id = siblingNamed(draft.all('codes'), parentId, name)?.id;
      if (id === undefined) return undefined;
      placed.set(key, id);
    }
    parentId = id;
  }
  return parentId;
}

function applyRow(
  draft: RowDraft,
  row: PendingRow,
  parentId: string | null,
  minting: Minting,
  counts: { created: number; updated: number; unchanged: number },
  problems: CodebookImportProblem[],
): void {
  const { cells } = row.source;
  const fields: Partial<CodeFields> = {};
  for (const field of TEXT_FIELDS) {
    const value = cells[field]?.trim();
    if (value) fields[field] = cells[field]!;
  }
  const colorCell = cells.color?.trim();
  if (colorCell) {
    const color = normalizeColor(colorCell);
    if (color) fields.color = color;
    else problems.push({ row: row.source.row, message: `“${colorCell}” is not a colour (use #rrggbb); “${row.name}” was imported without it.` });
  }
  const existing = siblingNamed(draft.all('codes'), parentId, row.name);
  if (!existing) {
    try {
      addCode(draft, { ...fields, name: row.name, parentId }, minting);
      counts.created++;
    } catch (error) {
      if (!(error instanceof CodebookError)) throw error;
      problems.push({ row: row.source.row, message: `${error.message.replace(/\.$/u, '')}; the row was skipped.` });
    }
    return;
  }
  const changed = Object.entries(fields).some(([key, value]) => existing[key as keyof CodeFields] !== value);
  if (changed) {
    draft.update('codes', existing.id, fields);
    counts.updated++;
  } else {
    counts.unchanged++;
  }
}
