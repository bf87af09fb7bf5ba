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
import { splitCodePath, type CodebookCsvRow, type ParsedCodebookCsv } from './codebookCsv';
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

  const pending: PendingRow[] = [];
  const seen = new Map<string, number>();
  for (const source of file.rows) {
    const row = readRow(source, problems);
    if (!row) continue;
    const key = [...row.parentPath, row.name].map((n) => n.toLocaleLowerCase()).join(CODE_PATH_SEPARATOR);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ row: source.row, message: `“${[...row.parentPath, row.name].join(CODE_PATH_SEPARATOR)}” is already on row ${earlier}; this row was skipped.` });
      continue;
    }
    seen.set(key, source.row);
    pending.push(row);
  }

  // A row whose parent comes later in the file waits for it: pass over the rows until none moves.
  let waiting = pending;
  for (let progress = true; progress && waiting.length > 0; ) {
    progress = false;
    const next: PendingRow[] = [];
    for (const row of waiting) {
      const parentId = findPath(draft, row.parentPath);
      if (parentId === undefined) {
        next.push(row);
        continue;
      }
      progress = true;
      applyRow(draft, row, parentId, minting, counts, problems);
    }
    waiting = next;
  }
  for (const row of waiting) {
    problems.push({
      row: row.source.row,
      message: `its parent “${row.parentPath.join(CODE_PATH_SEPARATOR)}” is neither in the project nor in the file; “${row.name}” was skipped.`,
    });
  }
  problems.sort((a, b) => a.row - b.row);
  return { change: draft.toChange(label), ...counts, problems };
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
  // parent_path says where the code goes; without that column, the path without its last name does.
  const parentPath =
    cells.parent_path !== undefined ? splitCodePath(cells.parent_path) : cells.path !== undefined ? splitCodePath(cells.path).slice(0, -1) : [];
  return { source, name, parentPath };
}

/** The id of the code at a path (null for the top level), or undefined when there is none yet. */
function findPath(draft: RowDraft, path: readonly string[]): string | null | undefined {
  let parentId: string | null = null;
  for (const name of path) {
    const code = siblingNamed(draft.all('codes'), parentId, name);
    if (!code) return undefined;
    parentId = code.id;
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
