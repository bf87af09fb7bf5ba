// The changes that write a merge plan (shared/interop/mergePlan.ts): a REFI-QDA import, a merged
// project file or another coder's .qdpx. Ids are the plan's (the file's GUIDs, kept), so a second
// merge of the same file finds everything there. Two changes, because a document's text lives
// outside the operations log (change.ts LoggedTable): the new documents with their texts go in
// unlogged, as every imported document does, and everything else (codes, coders, codings, memos,
// attributes, sets, filled-in values) is one logged change, the one step Undo takes back.
import type { CodeRecord } from '../model';
import type { ProjectRows } from '../interop/projectRows';
import type { MergePlan } from '../interop/mergePlan';
import type { Change, LoggedTable, RowChange, TableRows } from './change';

export interface MergeChanges {
  /** New documents and their texts; null when the plan adds none. */
  documents: Change | null;
  /** The rest of the plan as one undoable step; null when nothing else changes. */
  work: Change | null;
}

const WORK_TABLES = ['coders', 'attributeDefinitions', 'codes', 'codings', 'memos', 'documentSets'] as const satisfies readonly LoggedTable[];

const added = <T extends LoggedTable>(table: T, rows: ReadonlyArray<TableRows[T]>): RowChange[] =>
  rows.map((row) => ({ table, key: keyOf(row), before: null, after: row }) as RowChange);

export function mergeChanges(existing: ProjectRows, plan: MergePlan, label: string): MergeChanges {

  const documents: RowChange[] = added('documents', plan.add.documents);
  const work: RowChange[] = WORK_TABLES.flatMap((table) => added(table, plan.add[table] as ReadonlyArray<TableRows[typeof table]>));
  work.push(...updated('documents', existing.documents, plan.update.documents));
  work.push(...updated('codes', existing.codes, plan.update.codes));
  work.push(...updated('documentSets', existing.documentSets, plan.update.documentSets));

  return {
    documents: documents.length ? { label, changes: documents, texts: plan.add.texts.map(({ docId, text }) => ({ docId, text })) } : null,
    work: work.length ? { label, changes: work, docIds: plan.add.documents.map((d) => d.id) } : null,
  };
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
