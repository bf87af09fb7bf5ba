// The changes that write a merge plan (shared/interop/mergePlan.ts): a REFI-QDA import, a merged
// project file or another coder's .qdpx. Ids are the plan's (the file's GUIDs, kept), so a second
// merge of the same file finds everything there. One logged change, the one step Undo takes back:
// the new documents, codes, coders, codings, memos, attributes, sets and filled-in values. The new
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
  if (changes.length === 0) return null;
  const texts = plan.add.texts.map(({ docId, text }) => ({ docId, text }));
  return { label, changes, ...(texts.length ? { texts } : {}) };
}

/** A codebook import (shared/interop/qdcImport.ts): new codes, and empty fields of matched codes filled. */
export function codebookChange(existing: readonly CodeRecord[], add: readonly CodeRecord[], update: ReadonlyArray<{ id: string; changes: Partial<CodeRecord> }>, label: string): Change | null {
  const changes = [...added('codes', add), ...updated('codes', existing, update)];
  return changes.length ? { label, changes, codeIds: changes.map((c) => c.key) } : null;
}

/** Each row once, with every update of it applied in order. */
function updated<T extends 'documents' | 'codes' | 'documentSets'>(
  table: T,
  rows: ReadonlyArray<TableRows[T]>,
  updates: ReadonlyArray<{ id: string; changes: Partial<TableRows[T]> }>,
): RowChange[] {
  const after = new Map<string, TableRows[T]>();
  for (const update of updates) {
    const current = after.get(update.id) ?? rows.find((row) => row.id === update.id);
    if (current) after.set(update.id, { ...current, ...update.changes });
  }
  return [...after].map(([id, row]) => ({ table, key: id, before: rows.find((r) => r.id === id)!, after: row }) as RowChange);
}

function keyOf(row: TableRows[LoggedTable]): string {
  return 'id' in row ? row.id : row.name;
}
