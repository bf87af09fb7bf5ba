// The one write path: every change to documents (and their texts), codes, codings, memos,
// attributes, sets and the coders a project records is a typed Change built by a pure builder
// (shared/changes, shared/codebook) and committed here, in one transaction with bulk writes per
// table. A logged change also appends one operation to the log in that transaction, so the log can
// never disagree with the data it describes; undo commits the inverse of an operation (see
// undoHistory.ts). Rows a project starts with or brings in from outside (the default codebook, the
// sample project, imported documents, the current coder's row) are committed unlogged: they are not
// a researcher's edit, undo never took them back, and the audit trail has never listed them. A merge
// (shared/changes/mergeChanges.ts) is the exception: its documents are part of its one undoable step.
import Dexie, { type Table, type Transaction } from 'dexie';
import type { Change, LoggedTable, ProjectTable, RowChange, RowChangeOf, TableRows } from '../../shared/changes/change';
import type { ProjectDatabase } from './projectDatabase';
import type { OperationRecord } from './operationRecord';
import { newId, orderedNowIso } from './ids';
import { CHECKED_TABLES, checkCurrent } from './changeConflicts';
import { addCountDeltas, countDeltas } from './codingCounts';

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
  /**
   * Checked in the write's transaction, over `reads` besides the tables it writes, before anything is
   * written: throwing refuses the write (nothing stored; a screen that showed it at once takes it back
   * when `stored` resolves false). For a refusal the screen's copy of the rows cannot decide (it can be
   * behind the database), such as applying a code a moment after another window deleted it.
   */
  precondition?: { reads: readonly ProjectTable[]; check(): Promise<void> };
}

/** Writes the rows and logs nothing: no operation, no undo step, no listener hears of it. */
export interface UnloggedCommit {
  log: false;
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

type WriteListener = () => void;
const writeListeners = new Map<string, Set<WriteListener>>();

/**
 * Calls `listener` after every change committed to the project database named `dbName` from this
 * window, logged or not (imports, the sample project): what "changed since the last backup" counts
 * (features/backups/changeMark.ts). By name, not by instance: the window reopens a project's
 * database (switching back to it, replacing it from a file), and the mark belongs to the project.
 */
export function onWritten(dbName: string, listener: WriteListener): () => void {
  let set = writeListeners.get(dbName);
  if (!set) writeListeners.set(dbName, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

function written(db: ProjectDatabase): void {
  const outermost = outermostTransaction(db);
  const notify = () => {
    for (const listener of [...(writeListeners.get(db.name) ?? [])]) listener();
  };
  if (outermost) outermost.on('complete', notify);
  else notify();
}

/**
 * The caller's transaction on `db` this write runs in, if any, as IndexedDB commits it: the outermost
 * of nested Dexie transactions. A nested one "completes" when its own scope ends, while the writes
 * are stored (or all taken back) only when the outermost one does.
 */
function outermostTransaction(db: ProjectDatabase): Transaction | null {
  let transaction = Dexie.currentTransaction;
  if (!transaction || transaction.db !== db) return null;
  while (transaction.parent) transaction = transaction.parent;
  return transaction;
}

/**
 * Writes a change in one transaction (the caller's, when called inside one that holds its tables):
 * each touched row once, as its last write leaves it, one bulkPut and one bulkDelete per table; texts
 * beside the rows; the counts of codings (codingCounts.ts) beside the codings. A caller's transaction
 * that writes codings must hold `codingCounts` too. Logged, it appends the operation, and returns it.
 */
export function commitChange(db: ProjectDatabase, change: Change, options: CommitOptions): Promise<OperationRecord>;
export function commitChange(db: ProjectDatabase, change: Change, options: UnloggedCommit): Promise<void>;
export async function commitChange(db: ProjectDatabase, change: Change, options: CommitOptions | UnloggedCommit): Promise<OperationRecord | void> {
  const tables = tablesWritten(change);
  if ('log' in options) {
    if (tables.length === 0) return;
    await inTransaction(db, tableObjects(db, tables), () => writeWhole(() => writeRows(db, change)));
    written(db);
    return;
  }
  const record: OperationRecord = {
    id: newId(),
    at: orderedNowIso(),
    coderId: options.coderId,
    label: change.label,
    kind: options.kind ?? 'change',
    ...(options.reverses ? { reverses: options.reverses } : {}),
    changes: change.changes,
    docIds: unique([...change.changes.flatMap(docIdsOf), ...(change.docIds ?? [])]),
    codeIds: unique([...change.changes.flatMap(codeIdsOf), ...(change.codeIds ?? [])]),
    ...(change.adjudication ? { adjudication: change.adjudication } : {}),
  };
  // The checks read the tables rows point into, and the rows that point into them.
  const names = unique([...tables, ...(options.expectCurrent ? CHECKED_TABLES : []), ...(options.precondition?.reads ?? [])]);
  const ambient = outermostTransaction(db);
  let settle!: (stored: boolean) => void;
  const stored = new Promise<boolean>((resolve) => (settle = resolve));
  // Undo and redo check the rows first and may be refused: they are shown once committed, not before.
  if (!options.expectCurrent) for (const listener of [...(pendingListeners.get(db) ?? [])]) listener(record, stored);
  try {
    await inTransaction(db, [...tableObjects(db, names), db.operations], async () => {
      if (options.expectCurrent) await checkCurrent(db, change.changes);
      // Only when there is one: a needless await here lets a caller's transaction commit early.
      if (options.precondition) await options.precondition.check();
      await writeWhole(() => Promise.all([writeRows(db, change), db.operations.add(record)]));
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
  if (ambient) {
    ambient.on('complete', () => {
      settle(true);
      notify();
    });
    // Undo waits for `stored` (undoHistory.ts): it must settle however the transaction ends.
    ambient.on('abort', () => settle(false));
    ambient.on('error', () => settle(false));
  } else {
    settle(true);
    notify();
  }
  written(db);
  return record;
}

/**
 * Runs the write requests of a change. When one fails, others may have been done already (a bulk
 * write refuses the rows it cannot store and keeps the rest, a delete went through): in a transaction
 * of commitChange's own, its failing scope aborts it; in a caller's, a caller that caught the error
 * and went on would commit half a change, and a log entry for rows that were never written, which
 * undo would then act on. So the transaction is aborted here, whoever began it, and the error thrown.
 */
async function writeWhole(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    Dexie.currentTransaction?.abort();
    throw error;
  }
}

/**
 * Runs `scope` in the caller's transaction when that one already writes these tables (it is the one
 * IndexedDB transaction either way, and a nested Dexie transaction only adds bookkeeping), else in a
 * transaction of its own.
 */
function inTransaction(db: ProjectDatabase, tables: Table[], scope: () => Promise<unknown>): Promise<unknown> {
  const ambient = Dexie.currentTransaction;
  if (ambient && ambient.db === db && ambient.mode === 'readwrite' && tables.every((table) => ambient.storeNames.includes(table.name))) return scope();
  return db.transaction('rw', tables, scope);
}

/** The tables, and the codings' counts beside the codings: they are written together (writeRows). */
function tableObjects(db: ProjectDatabase, names: readonly ProjectTable[]): Table[] {
  const tables: Table[] = names.map((name) => db.table(name));
  if (names.includes('codings')) tables.push(db.codingCounts);
  return tables;
}

function tablesWritten(change: Change): ProjectTable[] {
  const names: ProjectTable[] = unique(change.changes.map((c) => c.table));
  if (change.texts?.length) names.push('texts');
  return names;
}

/** What the change leaves of one row: the row as its last write leaves it, and whether the change creates it. */
interface FinalRow {
  row: object | null;
  created: boolean;
}

/**
 * Each table's rows as the change leaves them: a row touched twice ends as its last write (a Map
 * keeps the first touch's place and the last touch's row). Then per table one bulkDelete, one bulkAdd
 * of the rows the change creates (their first `before` is null: adding refuses to replace a row that
 * is there after all, as a put would silently do) and one bulkPut of the rest, all requested at
 * once: IndexedDB runs a transaction's requests in order, and the three sets of keys are disjoint.
 * Texts are only ever created or deleted.
 */
function writeRows(db: ProjectDatabase, change: Change): Promise<unknown> {
  const finalRows = new Map<ProjectTable, Map<string, FinalRow>>();
  const leave = (table: ProjectTable, key: string, row: object | null, createdHere: boolean) => {
    let rows = finalRows.get(table);
    if (!rows) finalRows.set(table, (rows = new Map()));
    const earlier = rows.get(key);
    rows.set(key, { row, created: earlier ? earlier.created : createdHere });
  };
  for (const rowChange of change.changes) leave(rowChange.table, rowChange.key, rowChange.after, rowChange.before === null);
  for (const { docId, text } of change.texts ?? []) leave('texts', docId, text === null ? null : { docId, text }, true);
  const requests: Array<Promise<unknown>> = [];
  for (const [name, rows] of finalRows) {
    const table = db.table(name);
    const deletes: string[] = [];
    const adds: object[] = [];
    const puts: object[] = [];
    for (const [key, { row, created }] of rows) {
      if (row === null) deletes.push(key);
      else if (created) adds.push(row);
      else puts.push(row);
    }
    if (deletes.length) requests.push(table.bulkDelete(deletes));
    if (adds.length) requests.push(table.bulkAdd(adds));
    if (puts.length) requests.push(table.bulkPut(puts));
  }
  // The counts of codings follow the codings in the same transaction (codingCounts.ts).
  if (finalRows.has('codings')) requests.push(addCountDeltas(db.codingCounts, countDeltas(change.changes)));
  return Promise.all(requests);
}

/** The documents a row change concerns, for the audit trail (the log's multi-entry index docIds). */
function docIdsOf(change: RowChange): string[] {
  switch (change.table) {
    case 'documents':
      return idsOf(change, (row) => row.id);
    case 'codings':
      return idsOf(change, (row) => row.docId);
    case 'memos':
      return idsOf(change, (row) => (row.targetType === 'document' ? row.targetId : undefined));
    case 'documentSets':
      // A set concerns the documents that joined or left it (not every member when it is renamed).
      return membershipChanges(change);
    default:
      return [];
  }
}

function membershipChanges(change: RowChangeOf<'documentSets'>): string[] {
  const before = new Set(change.before?.docIds ?? []);
  const after = new Set(change.after?.docIds ?? []);
  return [...[...before].filter((id) => !after.has(id)), ...[...after].filter((id) => !before.has(id))];
}

/** The codes a row change concerns, for the audit trail (the log's multi-entry index codeIds). */
function codeIdsOf(change: RowChange): string[] {
  switch (change.table) {
    case 'codes':
      return idsOf(change, (row) => row.id);
    case 'codings':
      return idsOf(change, (row) => row.codeId);
    case 'memos':
      return idsOf(change, (row) => (row.targetType === 'code' ? row.targetId : undefined));
    default:
      return [];
  }
}

function idsOf<T extends LoggedTable>(change: RowChangeOf<T>, pick: (row: TableRows[T]) => string | undefined): string[] {
  const ids: string[] = [];
  for (const row of [change.before, change.after]) {
    const id = row ? pick(row) : undefined;
    if (typeof id === 'string') ids.push(id);
  }
  return ids;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
