// The changes that write a merge plan (shared/interop/mergePlan.ts): a REFI-QDA import, a merged
// project file or another coder's .qdpx. Ids are the plan's (the file's GUIDs, kept), so a second
// merge of the same file finds everything there. One logged change, the one step Undo takes back:
// the new documents, codes, coders, codings, memos, attributes, sets, filled-in values and memos the
// file has a newer version of (each update's `before` the project's row as the preview read it, so
// that undo gives it back exactly and a row edited since refuses the merge: renderer/db/projectRows.ts). The new
// documents' texts go with it, beside the log as every text does (change.ts LoggedTable): undo keeps
// them for its redo (renderer/db/undoHistory.ts).
import type { CodeRecord } from '../model';
import type { ProjectRows } from '../interop/projectRows';
import type { MergePlan } from '../interop/mergePlan';
import type { Change, LoggedTable, RowChange, TableRows } from './change';

// What rows point to comes first: documents before their codings, codes before theirs.
const ADDED_TABLES = ['coders', 'attributeDefinitions', 'documents', 'codes', 'codings', 'memos', 'documentSets'] as const satisfies readonly LoggedTable[];

const added = <T extends LoggedTable>(table: T, rows: ReadonlyArray<TableRows[T]>): RowChange[] =>
  rows.map((row) => ({ table, key: keyOf(row), before: null, after: row }) as RowChange);

/** The merge as one change; null when it changes nothing. */
export function mergeChanges(existing: ProjectRows, plan: MergePlan, label: string): Change | null {
  const changes: RowChange[] = ADDED_TABLES.flatMap((table) => added(table, plan.add[table] as ReadonlyArray<TableRows[typeof table]>));
  changes.push(...updated('documents', existing.documents, plan.update.documents));
  changes.push(...updated('codes', existing.codes, plan.update.codes));
  changes.push(...updated('documentSets', existing.documentSets, plan.update.documentSets));
  changes.push(...updated('memos', existing.memos, plan.update.memos));
  if (changes.length === 0) return null;
  const texts = plan.add.texts.map(({ docId, text }) => ({ docId, text }));
  return { label, changes, ...(texts.length ? { texts } : {}) };
}

/** A codebook import (shared/interop/qdcImport.ts): new codes, and empty fields of matched codes filled. */
export function codebookChange(existing: readonly CodeRecord[], add: readonly CodeRecord[], update: ReadonlyArray<{ id: string; changes: Partial<CodeRecord> }>, label: string): Change | null {
  const changes = [...added('codes', add), ...updated('codes', existing, update)];
  return changes.length ? { label, changes, codeIds: changes.map((c) => c.key) } : null;
}

/** The tables a merge updates rows of. */
type UpdatedTable = 'documents' | 'codes' | 'documentSets' | 'memos';

/** Each row once, with every update of it applied in order; rows are looked up by id, once. */
function updated<T extends UpdatedTable>(table: T, rows: ReadonlyArray<TableRows[T]>, updates: ReadonlyArray<{ id: string; changes: Partial<TableRows[T]> }>): RowChange[] {
  if (updates.length === 0) return [];
  const byId = new Map<string, TableRows[T]>(rows.map((row) => [row.id, row]));
  const after = new Map<string, TableRows[T]>();
  for (const update of updates) {
    const current = after.get(update.id) ?? byId.get(update.id);
    if (current) after.set(update.id, { ...current, ...update.changes });
  }
  return [...after].map(([id, row]) => ({ table, key: id, before: byId.get(id)!, after: row }) as RowChange);
}

function keyOf(row: TableRows[LoggedTable]): string {
  return 'id' in row ? row.id : row.name;
}
