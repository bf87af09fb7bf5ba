// Every change to codes, codings, attributes and memos goes through `commitChange`: the rows are
// written and the operation is appended to the log in one transaction, so the log can never disagree
// with the data it describes. Undo commits the inverse of an operation (see undoHistory.ts).
import Dexie, { type Table } from 'dexie';
import type { ProjectDatabase } from './projectDatabase';
import type { OperationRecord, ProjectTable, RowChange } from './operationRecord';
import { newId, nowIso } from './ids';
import { CHECKED_TABLES, checkCurrent } from './changeConflicts';

export interface Change {
  label: string;
  changes: RowChange[];
  /**
   * Documents and codes the change concerns beyond those its rows name: a memo on a coding belongs
   * to the coding's document and code in the audit trail, though the memo row names only the coding.
   */
  docIds?: string[];
  codeIds?: string[];
}

export interface CommitOptions {
  coderId: string;
  kind?: OperationRecord['kind'];
  reverses?: string;
  /**
   * Refuse (with a ChangeConflictError, writing nothing) unless every row still equals its `before`,
   * what the rows it writes point to still exists, and no row it leaves in place points to a row it
   * deletes (changeConflicts.ts). Undo and redo set it: the project may have moved on since (another
   * window, another coder, a later operation), and writing the old rows back would silently destroy
   * that work or leave orphans.
   */
  expectCurrent?: boolean;
}

// Writers that catch a refusal know it by this module, where they commit.
export { ChangeConflictError } from './changeConflicts';

type CommitListener = (operation: OperationRecord) => void;
const listeners = new WeakMap<ProjectDatabase, Set<CommitListener>>();

/** Hears of an operation as its transaction starts; `stored` says whether it was committed. */
type PendingListener = (operation: OperationRecord, stored: Promise<boolean>) => void;
const pendingListeners = new WeakMap<ProjectDatabase, Set<PendingListener>>();

/**
 * Calls `listener` as each operation of this window starts being written, before its transaction
 * completes, so a screen can show it at once (the coding screen draws a new highlight the moment a
 * key is pressed) and take it back if `stored` resolves false. Undo listens to onCommitted instead.
 */
export function onCommitting(db: ProjectDatabase, listener: PendingListener): () => void {
  let set = pendingListeners.get(db);
  if (!set) pendingListeners.set(db, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/**
 * Calls `listener` after each operation this window commits to `db` (once its transaction is done).
 * The undo history listens here, so every writer gets undo without knowing about it.
 */
export function onCommitted(db: ProjectDatabase, listener: CommitListener): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
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
    docIds: unique([...change.changes.flatMap(docIdsOf), ...(change.docIds ?? [])]),
    codeIds: unique([...change.changes.flatMap(codeIdsOf), ...(change.codeIds ?? [])]),
  };
  const names = unique(change.changes.map((c) => c.table));
  // The checks read the tables rows point into, and the rows that point into them.
  if (options.expectCurrent) names.push(...CHECKED_TABLES.filter((t) => !names.includes(t)));
  const tables = names.map((name) => tableOf(db, name));
  const ambient = Dexie.currentTransaction;
  let settle!: (stored: boolean) => void;
  const stored = new Promise<boolean>((resolve) => (settle = resolve));
  // Undo and redo check the rows first and may be refused: they are shown once committed, not before.
  if (!options.expectCurrent) for (const listener of [...(pendingListeners.get(db) ?? [])]) listener(record, stored);
  try {
    await db.transaction('rw', [...tables, db.operations], async () => {
      if (options.expectCurrent) await checkCurrent(db, change.changes);
      for (const rowChange of change.changes) {
        const table = tableOf(db, rowChange.table);
        if (rowChange.after === null) await table.delete(rowChange.key);
        else await table.put(rowChange.after);
      }
      await db.operations.add(record);
    });
  } catch (error) {
    settle(false);
    throw error;
  }
  const notify = () => {
    for (const listener of [...(listeners.get(db) ?? [])]) listener(record);
  };
  // Inside a caller's transaction the operation is stored only when that transaction completes (and
  // not at all if it fails): listeners hear of it then.
  if (ambient && ambient.db === db) {
    ambient.on('complete', () => {
      settle(true);
      notify();
    });
    ambient.on('abort', () => settle(false));
  } else {
    settle(true);
    notify();
  }
  return record;
}

/** The change that takes an operation back: each row returns to its `before`, last change first. */
export function inverseOf(operation: Pick<OperationRecord, 'label' | 'changes'> & Partial<Pick<OperationRecord, 'docIds' | 'codeIds'>>): Change {
  return {
    label: operation.label,
    changes: [...operation.changes].reverse().map((c) => ({ table: c.table, key: c.key, before: c.after, after: c.before })),
    // The same documents and codes as the operation, so that its undo shows in the same audit trails.
    ...(operation.docIds ? { docIds: operation.docIds } : {}),
    ...(operation.codeIds ? { codeIds: operation.codeIds } : {}),
  };
}

function tableOf(db: ProjectDatabase, name: ProjectTable): Table<unknown, string> {
  return db.table(name);
}

function docIdsOf(change: RowChange): string[] {
  // A set concerns the documents that joined or left it (not every member when it is renamed).
  if (change.table === 'documentSets') return membershipChanges(change);
  return idsOf(change, (row) => {
    if (change.table === 'documents') return row.id;
    if (change.table === 'texts') return row.docId;
    if (change.table === 'codings') return row.docId;
    if (change.table === 'memos' && row.targetType === 'document') return row.targetId;
    return undefined;
  });
}

function membershipChanges(change: RowChange): string[] {
  const members = (row: unknown) => new Set<string>(((row as { docIds?: string[] } | null)?.docIds ?? []).filter((id) => typeof id === 'string'));
  const before = members(change.before);
  const after = members(change.after);
  return [...[...before].filter((id) => !after.has(id)), ...[...after].filter((id) => !before.has(id))];
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
