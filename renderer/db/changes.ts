// Every change to codes, codings, attributes and memos goes through `commitChange`: the rows are
// written and the operation is appended to the log in one transaction, so the log can never disagree
// with the data it describes. Undo commits the inverse of an operation (see undoHistory.ts).
import type { Table } from 'dexie';
import type { ProjectDatabase } from './projectDatabase';
import type { OperationRecord, ProjectTable, RowChange } from './operationRecord';
import { newId, nowIso } from './ids';

export interface Change {
  label: string;
  changes: RowChange[];
}

export interface CommitOptions {
  coderId: string;
  kind?: OperationRecord['kind'];
  reverses?: string;
}

export async function commitChange(db: ProjectDatabase, change: Change, options: CommitOptions): Promise<OperationRecord> {
  const record: OperationRecord = {
    id: newId(),
    at: nowIso(),
    coderId: options.coderId,
    label: change.label,
    kind: options.kind ?? 'change',
    ...(options.reverses ? { reverses: options.reverses } : {}),
    changes: change.changes,
    docIds: unique(change.changes.flatMap(docIdsOf)),
    codeIds: unique(change.changes.flatMap(codeIdsOf)),
  };
  const tables = unique(change.changes.map((c) => c.table)).map((name) => tableOf(db, name));
  await db.transaction('rw', [...tables, db.operations], async () => {
    for (const rowChange of change.changes) {
      const table = tableOf(db, rowChange.table);
      if (rowChange.after === null) await table.delete(rowChange.key);
      else await table.put(rowChange.after);
    }
    await db.operations.add(record);
  });
  return record;
}

/** The change that takes an operation back: each row returns to its `before`, last change first. */
export function inverseOf(operation: Pick<OperationRecord, 'label' | 'changes'>): Change {
  return {
    label: operation.label,
    changes: [...operation.changes].reverse().map((c) => ({ table: c.table, key: c.key, before: c.after, after: c.before })),
  };
}

function tableOf(db: ProjectDatabase, name: ProjectTable): Table<unknown, string> {
  return db.table(name);
}

function docIdsOf(change: RowChange): string[] {
  return idsOf(change, (row) => {
    if (change.table === 'documents') return row.id;
    if (change.table === 'texts') return row.docId;
    if (change.table === 'codings') return row.docId;
    if (change.table === 'memos' && row.targetType === 'document') return row.targetId;
    return undefined;
  });
}

function codeIdsOf(change: RowChange): string[] {
  return idsOf(change, (row) => {
    if (change.table === 'codes') return row.id;
    if (change.table === 'codings') return row.codeId;
    if (change.table === 'memos' && row.targetType === 'code') return row.targetId;
    return undefined;
  });
}

function idsOf(change: RowChange, pick: (row: Record<string, unknown>) => unknown): string[] {
  const ids: string[] = [];
  for (const row of [change.before, change.after]) {
    if (row && typeof row === 'object') {
      const id = pick(row as Record<string, unknown>);
      if (typeof id === 'string') ids.push(id);
    }
  }
  return ids;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
