// What undo and redo check before they write (commitChange's `expectCurrent`), in the transaction that
// writes: an operation is replayed long after it was made, and the project may have moved on since
// (another window, another coder, a later operation that was not undone). Writing the old rows back
// regardless would destroy that work or leave rows pointing at nothing, so such a step is refused
// with a ChangeConflictError and nothing is written.
import type { CodeRecord, CodingRecord, DocumentSetRecord, MemoRecord } from '../../shared/model';
import { sameRow } from '../../shared/rowEquality';
import type { LoggedTable, ProjectTable, RowChange, TableRows } from '../../shared/changes/change';
import { passageKey } from '../../shared/codings/samePassage';
import { codeNameKey } from '../../shared/codebook/codeNames';
import type { ProjectDatabase } from './projectDatabase';
import { codingsOfCodes, codingsOfDocuments } from './codingRanges';

/** A row of a logged table. */
export type ProjectRow = TableRows[LoggedTable];

export type ConflictReason =
  /** The row differs from the change's `before`. */
  | 'changed'
  /** The document, code or coding a row the change writes belongs to (or a document a set would list) no longer exists. */
  | 'target-gone'
  /** The change deletes a document, code or coding that rows it leaves in place still point to. */
  | 'has-dependents'
  /** A coding the change writes would mark the same passage with the same code, for the same coder, as another coding. */
  | 'duplicate'
  /** A code the change writes would have the name of another code under the same parent. */
  | 'name-taken';

/** A row that points to a row a change would delete (a coding to its code, a memo to its coding, a set to its documents...). */
export interface DependentRow {
  table: ProjectTable;
  key: string;
  row: CodeRecord | CodingRecord | MemoRecord | DocumentSetRecord;
}

/** A row is no longer what the change expects, or what it points to is gone; nothing was written. */
export class ChangeConflictError extends Error {
  constructor(
    readonly reason: ConflictReason,
    readonly table: ProjectTable,
    readonly key: string,
    /** The row as it is now (undefined when it no longer exists); for 'duplicate' and 'name-taken', the row the written one would repeat. */
    readonly current: unknown,
    /** The row the change expected (for 'target-gone', 'duplicate' and 'name-taken', the row it would write). */
    readonly expected: unknown,
    /** For 'has-dependents': the rows that would be left pointing at the deleted row. */
    readonly dependents: readonly DependentRow[] = [],
  ) {
    super(conflictMessage(reason, table, key, dependents.length));
    this.name = 'ChangeConflictError';
  }
}

function conflictMessage(reason: ConflictReason, table: ProjectTable, key: string, dependents: number): string {
  switch (reason) {
    case 'changed':
      return `The ${table} row ${key} has changed since the operation`;
    case 'target-gone':
      return `What the ${table} row ${key} belongs to no longer exists`;
    case 'has-dependents':
      return `${dependents} rows still point to the ${table} row ${key}`;
    case 'duplicate':
      return `The ${table} row ${key} would repeat a coding of the same passage, code and coder`;
    case 'name-taken':
      return `The ${table} row ${key} would share its name with a sibling code`;
  }
}

/** The tables the checks read beyond those the change writes. */
export const CHECKED_TABLES: ProjectTable[] = ['documents', 'codes', 'codings', 'memos', 'documentSets'];

/**
 * Checks, inside the writing transaction, that each row is what the change expects before it (the
 * first change to a key is compared with the stored row, later changes to the same key with what the
 * earlier ones leave), that each row it writes still has what it points to, and that nothing it
 * leaves in place points to a row it deletes, and that the rows it writes keep the project's
 * uniqueness rules (checkUnique).
 *
 * A set's members count as what it points to. Undoing "Set deleted" (or "removed from the set", or
 * redoing "Set created") after one of its documents was deleted is refused whole, not written with
 * the members that are left: every other step is all or nothing (codings of a deleted document are
 * refused the same way), the log must hold the rows a step wrote (a set written with fewer members
 * than its operation recorded would make its redo fail as 'changed', and the message could not say
 * "Nothing was changed"), and the researcher is told which step and why, so can make the set again
 * from the documents that are left. Writing it regardless would leave the set listing a document
 * that is not there, which every backup then refuses (readProjectFile checks references).
 */
export async function checkCurrent(db: ProjectDatabase, changes: readonly RowChange[]): Promise<void> {
  const stored = await storedRows(db, changes);
  const pending = new Map<string, ProjectRow | null>();
  for (const rowChange of changes) {
    const id = slot(rowChange.table, rowChange.key);
    const current = pending.has(id) ? pending.get(id) : stored.get(id);
    if (!sameRow(current, rowChange.before)) throw new ChangeConflictError('changed', rowChange.table, rowChange.key, current, rowChange.before);
    pending.set(id, rowChange.after);
  }
  // Many rows point to the same few (the codings of one document), and a set to many documents:
  // each is looked up once, with one bulkGet per table.
  const found = await existingRows(db, changes.flatMap((c) => referencesOf(c.table, c.after)).filter(([table, key]) => !pending.has(slot(table, key))));
  const exists = (table: ProjectTable, key: string) => {
    const id = slot(table, key);
    return pending.has(id) ? pending.get(id) != null : found.has(id);
  };
  for (const rowChange of changes) {
    for (const [table, key] of referencesOf(rowChange.table, rowChange.after)) {
      if (!exists(table, key)) throw new ChangeConflictError('target-gone', rowChange.table, rowChange.key, undefined, rowChange.after);
    }
  }
  await checkDependents(db, changes, pending);
  await checkUnique(db, changes, stored, pending);
}

/** The stored rows the change touches, read with one bulkGet per table (a missing row reads as undefined). */
async function storedRows(db: ProjectDatabase, changes: readonly RowChange[]): Promise<Map<string, ProjectRow | undefined>> {
  const keysByTable = new Map<LoggedTable, Set<string>>();
  for (const { table, key } of changes) {
    const keys = keysByTable.get(table) ?? new Set<string>();
    keys.add(key);
    keysByTable.set(table, keys);
  }
  const rows = new Map<string, ProjectRow | undefined>();
  await Promise.all(
    [...keysByTable].map(async ([table, keySet]) => {
      const keys = [...keySet];
      const found = (await db.table(table).bulkGet(keys)) as Array<ProjectRow | undefined>;
      keys.forEach((key, i) => rows.set(slot(table, key), found[i]));
    }),
  );
  return rows;
}

/** Which of these rows are stored, as slots; one bulkGet per table. */
async function existingRows(db: ProjectDatabase, references: ReadonlyArray<[ProjectTable, string]>): Promise<Set<string>> {
  const keysByTable = new Map<ProjectTable, Set<string>>();
  for (const [table, key] of references) keysByTable.set(table, (keysByTable.get(table) ?? new Set<string>()).add(key));
  const stored = new Set<string>();
  await Promise.all(
    [...keysByTable].map(async ([table, keySet]) => {
      const keys = [...keySet];
      const rows = (await db.table(table).bulkGet(keys)) as unknown[];
      keys.forEach((key, i) => {
        if (rows[i] !== undefined) stored.add(slot(table, key));
      });
    }),
  );
  return stored;
}

/**
 * Refuses a change that deletes a document, code or coding while rows it does not delete (or point
 * elsewhere) still point to it: undoing "Code created" after another coder applied the code, undoing
 * "Code applied" after someone wrote a memo on the coding, undoing a merge that brought a document
 * in after it was added to a set. Those rows would be left orphaned.
 */
async function checkDependents(db: ProjectDatabase, changes: readonly RowChange[], pending: ReadonlyMap<string, ProjectRow | null>): Promise<void> {
  // Rows that existed and that the change leaves deleted (a row deleted then written again is not gone).
  const deleted = changes.filter((c) => DEPENDED_ON.includes(c.table) && c.before != null && pending.get(slot(c.table, c.key)) == null);
  if (deleted.length === 0) return;
  const gone = new Set(deleted.map((c) => slot(c.table, c.key)));
  const keysIn = (table: ProjectTable) => [...new Set(deleted.filter((c) => c.table === table).map((c) => c.key))];
  const codes = keysIn('codes');
  const codings = keysIn('codings');
  const documents = keysIn('documents');
  // Every row that points to a deleted row, by index; the same coding may come up by code and by document.
  const tagged = (table: ProjectTable, rows: ReadonlyArray<DependentRow['row']>) => rows.map((row) => [table, row] as const);
  const memoTargets = [...codes.map((id) => ['code', id]), ...codings.map((id) => ['coding', id]), ...documents.map((id) => ['document', id])];
  const candidates = [
    ...tagged('codings', await codingsOfCodes(db, codes).toArray()),
    ...tagged('codings', await codingsOfDocuments(db, documents).toArray()),
    ...tagged('codes', await db.codes.where('parentId').anyOf(codes).toArray()),
    ...tagged('memos', await db.memos.where('[targetType+targetId]').anyOf(memoTargets).toArray()),
    ...tagged('documentSets', await db.documentSets.where('docIds').anyOf(documents).distinct().toArray()),
  ];
  const byTarget = new Map<string, Map<string, DependentRow>>();
  for (const [table, stored] of candidates) {
    const id = slot(table, stored.id);
    // What the row will be once the change is written: the change may delete it too, or point it
    // elsewhere (a merge recodes codings before it deletes their code).
    const row = (pending.has(id) ? pending.get(id) : stored) as DependentRow['row'] | null;
    if (!row) continue;
    for (const [targetTable, targetKey] of referencesOf(table, row)) {
      const target = slot(targetTable, targetKey);
      if (!gone.has(target)) continue;
      const rows = byTarget.get(target) ?? new Map<string, DependentRow>();
      rows.set(id, { table, key: stored.id, row });
      byTarget.set(target, rows);
    }
  }
  for (const change of deleted) {
    const dependents = byTarget.get(slot(change.table, change.key));
    if (dependents?.size) throw new ChangeConflictError('has-dependents', change.table, change.key, change.before, null, [...dependents.values()]);
  }
}

/**
 * Refuses a change that would write a second coding of one passage with one code for one coder
 * (samePassage.ts), or a second code of one name under one parent (codeNames.ts): undoing "Coding
 * removed" after the coder coded the passage so again, undoing "Code deleted" after someone made a
 * code of that name. Each row is checked one by one above; these rules are between rows.
 *
 * Only rows whose passage and code, or parent and name, the change sets anew are checked: a row it
 * writes with those as stored made no clash (and one already there is not this step's to refuse).
 * They are compared with what the project will hold once the change is written, so a change that
 * also deletes or moves the other row (a merge collapsing a pair, then undone) is allowed.
 */
async function checkUnique(
  db: ProjectDatabase,
  changes: readonly RowChange[],
  stored: ReadonlyMap<string, ProjectRow | undefined>,
  pending: ReadonlyMap<string, ProjectRow | null>,
): Promise<void> {
  const codings = writtenAnew('codings', changes, stored, pending, codingIdentity);
  if (codings.length) {
    // Only a coding at the same document and start can clash: one query on [docId+start] for them all
    // (a merge's undo writes thousands of codings), not one per coding nor every coding of a document.
    const starts = new Map(codings.map((c) => [`${c.docId}\u0000${c.start}`, [c.docId, c.start]]));
    const near = await db.codings.where('[docId+start]').anyOf([...starts.values()]).toArray();
    throwOnClash('duplicate', 'codings', codings, afterChange('codings', near, changes, pending), codingIdentity);
  }
  const codes = writtenAnew('codes', changes, stored, pending, codeIdentity);
  if (codes.length) {
    const parents = [...new Set(codes.flatMap((c) => (c.parentId == null ? [] : [c.parentId])))];
    const siblings = parents.length ? await db.codes.where('parentId').anyOf(parents).toArray() : [];
    // IndexedDB indexes no null, so the top level is in no index; the codebook is small (hundreds of
    // codes, where codings run to 100,000), and is read whole by every codebook edit anyway.
    const topLevel = codes.some((c) => c.parentId == null) ? await db.codes.filter((c) => c.parentId == null).toArray() : [];
    throwOnClash('name-taken', 'codes', codes, afterChange('codes', [...siblings, ...topLevel], changes, pending), codeIdentity);
  }
}

/** What makes two codings one: passage (document, range, coder) and code. */
function codingIdentity(coding: CodingRecord): string {
  return `${passageKey(coding)}\u0000${coding.codeId}`;
}

/** What makes two codes one: parent and name, compared as codeNames.ts `sameName` does. */
function codeIdentity(code: CodeRecord): string {
  return `${code.parentId ?? ''}\u0000${codeNameKey(code.name)}`;
}

/** The rows of `table` the change leaves written with an identity other than the stored row's (or with none stored). */
function writtenAnew<T extends 'codings' | 'codes'>(
  table: T,
  changes: readonly RowChange[],
  stored: ReadonlyMap<string, ProjectRow | undefined>,
  pending: ReadonlyMap<string, ProjectRow | null>,
  identity: (row: TableRows[T]) => string,
): Array<TableRows[T]> {
  const rows = new Map<string, TableRows[T]>();
  for (const { table: written, key } of changes) {
    if (written !== table) continue;
    const row = pending.get(slot(table, key)) as TableRows[T] | null | undefined;
    const before = stored.get(slot(table, key)) as TableRows[T] | undefined;
    if (row && (!before || identity(before) !== identity(row))) rows.set(key, row);
  }
  return [...rows.values()];
}

/** These stored rows, and every row of `table` the change writes, as they will be once it is written. */
function afterChange<T extends 'codings' | 'codes'>(
  table: T,
  storedRows: ReadonlyArray<TableRows[T]>,
  changes: readonly RowChange[],
  pending: ReadonlyMap<string, ProjectRow | null>,
): Array<TableRows[T]> {
  const rows = new Map<string, TableRows[T]>(storedRows.map((row) => [row.id, row]));
  for (const { table: written, key } of changes) {
    if (written !== table) continue;
    const row = pending.get(slot(table, key)) as TableRows[T] | null;
    if (row) rows.set(key, row);
    else rows.delete(key);
  }
  return [...rows.values()];
}

/** Throws when a written row has the identity of another row the project will hold, preferring one the change does not write. */
function throwOnClash<T extends 'codings' | 'codes'>(
  reason: 'duplicate' | 'name-taken',
  table: T,
  written: ReadonlyArray<TableRows[T]>,
  all: ReadonlyArray<TableRows[T]>,
  identity: (row: TableRows[T]) => string,
): void {
  const byIdentity = new Map<string, Array<TableRows[T]>>();
  for (const row of all) {
    const same = byIdentity.get(identity(row));
    if (same) same.push(row);
    else byIdentity.set(identity(row), [row]);
  }
  const writtenIds = new Set(written.map((row) => row.id));
  for (const row of written) {
    const others = (byIdentity.get(identity(row)) ?? []).filter((other) => other.id !== row.id);
    const clash = others.find((other) => !writtenIds.has(other.id)) ?? others[0];
    if (clash) throw new ChangeConflictError(reason, table, row.id, clash, row);
  }
}

/** The tables whose rows others point to. */
const DEPENDED_ON: ProjectTable[] = ['documents', 'codes', 'codings'];
// The project memo's target is the project itself, which is not a row.
const MEMO_TARGET_TABLES: Partial<Record<string, ProjectTable>> = { document: 'documents', code: 'codes', coding: 'codings' };

/**
 * The rows a coding, memo, code or set points to: a coding's document and code, a memo's target, a
 * code's parent, a set's documents.
 */
function referencesOf(table: ProjectTable, after: ProjectRow | null): Array<[ProjectTable, string]> {
  if (!after) return [];
  if (table === 'codings') {
    const coding = after as CodingRecord;
    return [['documents', coding.docId], ['codes', coding.codeId]];
  }
  if (table === 'codes') {
    const { parentId } = after as CodeRecord;
    return typeof parentId === 'string' ? [['codes', parentId]] : [];
  }
  if (table === 'memos') {
    const memo = after as MemoRecord;
    const target = MEMO_TARGET_TABLES[memo.targetType];
    return target ? [[target, memo.targetId]] : [];
  }
  if (table === 'documentSets') return (after as DocumentSetRecord).docIds.map((docId): [ProjectTable, string] => ['documents', docId]);
  return [];
}

function slot(table: ProjectTable, key: string): string {
  return `${table}\u0000${key}`;
}
