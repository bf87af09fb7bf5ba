// Undo and redo, built on the operations log. Each coder has, in this window and for the session (see
// below), a stack of the operations they committed in the project; undo commits the inverse of the top
// one (kind 'undo'), redo commits the original change again (kind 'redo'). Nothing is ever removed
// from the log: undo and redo are operations too, so the audit trail shows them.
//
// Before writing, every row must still be what the operation left (commitChange's `expectCurrent`):
// another window or a later operation that was not undone may have changed it, and writing the old
// value back would destroy that work. Nor may a step delete a code, coding or document that rows it
// does not also delete still point to (another coder applied the code since): they would be left
// orphaned. Nor may it break a rule between rows: a second coding of a passage with the same code for
// the same coder (that coder coded it so again since), a second code of one name under one parent
// (someone took the name since). Such an undo is refused, and the operation leaves the stack so that
// the next undo reaches the one before it.
//
// The history belongs to the project, not to one opening of its database: the window closes a
// project's database when it switches to another and opens it anew on return, and the researcher
// expects Ctrl+Z to take back their last step there still. So the histories are kept by project for
// the session (undoHistoryFor), the last few projects' only. A history taken up again first checks
// that the log still holds every operation on its stacks: a project replaced from a file or a backup
// meanwhile holds another past, and its history starts empty.
//
// Texts live beside the log, not in it (change.ts LoggedTable). A step that takes back documents (a
// merge that added them) deletes their texts with them and keeps them on its redo entry, in memory:
// redo writes them back with the documents.
import type { ProjectDatabase } from './projectDatabase';
import type { OperationRecord } from './operationRecord';
import { inverseOf, type Change, type ProjectTable, type TextChange } from '../../shared/changes/change';
import { commitChange, onCommitted, onCommitting } from './changes';
import { ChangeConflictError, type DependentRow } from './changeConflicts';

/** What a stack keeps of an operation: enough to label the Undo button without reading the log. */
export interface HistoryEntry {
  id: string;
  label: string;
  docIds: string[];
  codeIds: string[];
  /** The texts of the documents its undo took back, for redo to write again (see the head comment). */
  texts?: TextChange[];
  /**
   * Its codes' names as its label gives them, by code id, noted just after it was committed, so that
   * Undo can call a code renamed since by its name now (historyMessages.ts stepLabel). A code the step
   * renames itself is left out: its label says both names, as they were.
   */
  codeNames?: Readonly<Record<string, string>>;
}

export type HistoryDirection = 'undo' | 'redo';

export interface HistoryConflict {
  reason: ChangeConflictError['reason'];
  table: ProjectTable;
  key: string;
  /** The row as it is now, or (when what it belongs to is gone, or for 'duplicate' and 'name-taken') the row the undo would have written. */
  row: unknown;
  /** For 'duplicate' and 'name-taken': the stored row the written one would repeat (the coding of that passage, the code of that name). */
  clash?: unknown;
  /** The latest logged operation that touched the row since (for 'duplicate' and 'name-taken', the clashing row), when the log has one. */
  since?: OperationRecord;
  /** For 'has-dependents': the rows that still point to the row the step would delete. */
  dependents?: readonly DependentRow[];
}

export type HistoryOutcome =
  | { status: 'nothing'; direction: HistoryDirection }
  | { status: 'done'; direction: HistoryDirection; entry: HistoryEntry; operation: OperationRecord }
  | { status: 'conflict'; direction: HistoryDirection; entry: HistoryEntry; conflict: HistoryConflict };

interface Stacks {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

/** How far back undo reaches in one session; older operations stay in the log, only not undoable. */
export const MAX_UNDO = 500;

export class UndoHistory {
  private readonly stacks = new Map<string, Stacks>();
  private readonly listeners = new Set<() => void>();
  // Undo and redo run one at a time: two quick presses must take back two operations, not one twice.
  private queue: Promise<unknown> = Promise.resolve();
  // Changes of this window still being written. Ctrl+Z pressed right after a key that applied a code
  // means that coding, which the screen already shows: undo waits for them to be stored (or to fail).
  private readonly inFlight = new Set<Promise<boolean>>();
  private stopListening: () => void = () => {};
  private db!: ProjectDatabase;
  /** Changes whenever a stack does (for React's useSyncExternalStore). */
  version = 0;

  constructor(db: ProjectDatabase) {
    this.attach(db);
  }

  /**
   * Follows the project into `db`, a new opening of its database: hears its commits from now on and,
   * before any step, forgets the stacks if the log no longer holds their operations (see the head).
   */
  attach(db: ProjectDatabase): void {
    if (this.db === db) return;
    const reopened = this.db !== undefined;
    this.stopListening();
    this.db = db;
    const stopCommitted = onCommitted(db, (operation) => {
      // A settled disagreement is a step even when it wrote no row: the decision itself is undone.
      if (operation.kind !== 'change' || (operation.changes.length === 0 && !operation.adjudication)) return;
      const stacks = this.stacksOf(operation.coderId);
      const entry = entryOf(operation);
      stacks.undo.push(entry);
      if (stacks.undo.length > MAX_UNDO) stacks.undo.shift();
      stacks.redo = [];
      this.changed();
      void this.serialize(() => this.noteCodeNames(entry, operation));
    });
    const stopCommitting = onCommitting(db, (operation, stored) => {
      if (operation.kind !== 'change') return;
      this.inFlight.add(stored);
      void stored.then(() => this.inFlight.delete(stored));
    });
    this.stopListening = () => {
      stopCommitted();
      stopCommitting();
    };
    if (reopened) void this.serialize(() => this.forgetUnlessLogged());
  }

  /** The operation the coder's next undo takes back. */
  nextUndo(coderId: string): HistoryEntry | undefined {
    return this.stacks.get(coderId)?.undo.at(-1);
  }

  /** The operation the coder's next redo repeats. */
  nextRedo(coderId: string): HistoryEntry | undefined {
    return this.stacks.get(coderId)?.redo.at(-1);
  }

  undo(coderId: string): Promise<HistoryOutcome> {
    return this.serialize(() => this.step(coderId, 'undo'));
  }

  redo(coderId: string): Promise<HistoryOutcome> {
    return this.serialize(() => this.step(coderId, 'redo'));
  }

  /** Resolves once every step and look-up asked of the history so far is done. */
  idle(): Promise<void> {
    return this.serialize(() => Promise.resolve());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stops hearing commits and leaves the window's histories: the next undoHistoryFor starts afresh. */
  dispose(): void {
    this.stopListening();
    this.listeners.clear();
    if (histories.get(this.db.name) === this) histories.delete(this.db.name);
  }

  private async step(coderId: string, direction: HistoryDirection): Promise<HistoryOutcome> {
    // `stored` settles after the operation's entry is pushed (changes.ts notifies in that order).
    await Promise.all([...this.inFlight]);
    const stacks = this.stacksOf(coderId);
    const from = direction === 'undo' ? stacks.undo : stacks.redo;
    for (let entry = from.pop(); entry; entry = from.pop()) {
      this.changed();
      try {
        const original = await this.db.operations.get(entry.id);
        // Not in the log: the transaction it was part of failed after all. There is nothing to take
        // back; go on to the step before it.
        if (!original) continue;
        const rows = direction === 'undo' ? inverseOf(original) : { label: original.label, changes: original.changes, docIds: original.docIds, codeIds: original.codeIds };
        const texts = direction === 'undo' ? await this.textsTakenBack(rows) : (entry.texts ?? []);
        const change: Change = texts.length ? { ...rows, texts: direction === 'undo' ? texts.map(({ docId }) => ({ docId, text: null })) : texts } : rows;
        const operation = await commitChange(this.db, change, { coderId, kind: direction, reverses: original.id, expectCurrent: true });
        // Redo pushes the redo operation itself, so that undoing it again reverses what is now stored.
        if (direction === 'undo') stacks.redo.push(texts.length ? { ...entry, texts } : entry);
        // The same label and codes as the step it repeats: the names noted for it hold.
        else stacks.undo.push({ ...entryOf(operation), ...(entry.codeNames ? { codeNames: entry.codeNames } : {}) });
        this.changed();
        return { status: 'done', direction, entry, operation };
      } catch (error) {
        if (error instanceof ChangeConflictError) {
          if (error.reason === 'has-dependents') {
            const conflict: HistoryConflict = { reason: error.reason, table: error.table, key: error.key, row: error.current, dependents: error.dependents };
            return { status: 'conflict', direction, entry, conflict };
          }
          if (error.reason === 'duplicate' || error.reason === 'name-taken') {
            const clash = error.current as { id: string };
            const since = await this.latestChangeTo(error.table, clash.id, entry.id);
            const conflict: HistoryConflict = { reason: error.reason, table: error.table, key: error.key, row: error.expected, clash, ...(since ? { since } : {}) };
            return { status: 'conflict', direction, entry, conflict };
          }
          const since = await this.latestChangeTo(error.table, error.key, entry.id);
          const row = error.reason === 'changed' ? error.current : error.expected;
          return { status: 'conflict', direction, entry, conflict: { reason: error.reason, table: error.table, key: error.key, row, ...(since ? { since } : {}) } };
        }
        // Not the researcher's doing (the database failed): keep the step for another try.
        from.push(entry);
        this.changed();
        throw new Error(`Could not ${direction} “${entry.label}”`, { cause: error });
      }
    }
    return { status: 'nothing', direction };
  }

  /** Notes on `entry` the names its label gives its codes (see HistoryEntry.codeNames). */
  private async noteCodeNames(entry: HistoryEntry, operation: OperationRecord): Promise<void> {
    const names = new Map<string, string>();
    const renamed = new Set<string>();
    // A code moved into another names that parent ("moved into “claim”"), a row the step leaves alone.
    const parents = new Set<string>();
    for (const change of operation.changes) {
      if (change.table !== 'codes') continue;
      if (change.before && change.after && change.before.name !== change.after.name) renamed.add(change.key);
      if (change.before && change.after?.parentId && change.before.parentId !== change.after.parentId) parents.add(change.after.parentId);
      // A label names a code as the step leaves it, or as it found it when the step deletes it.
      const row = change.after ?? change.before;
      if (row) names.set(change.key, row.name);
    }
    // The codes it only points to (a coding's) are named in the label as they were stored just now.
    const unnamed = [...new Set([...entry.codeIds, ...parents])].filter((id) => !names.has(id));
    try {
      const stored = unnamed.length ? await this.db.codes.bulkGet(unnamed) : [];
      for (const code of stored) if (code) names.set(code.id, code.name);
    } catch {
      // The project was closed meanwhile (switched away): the label stays as it was written.
      return;
    }
    for (const id of renamed) names.delete(id);
    entry.codeNames = Object.fromEntries(names);
    this.changed();
  }

  /** Empties every stack unless the log still holds each operation on them (see the head comment). */
  private async forgetUnlessLogged(): Promise<void> {
    const ids = [...this.stacks.values()].flatMap(({ undo, redo }) => [...undo, ...redo].map((entry) => entry.id));
    if (ids.length === 0) return;
    const logged = await this.db.operations.bulkGet(ids);
    if (logged.every((operation) => operation !== undefined)) return;
    this.stacks.clear();
    this.changed();
  }

  /** The texts of the documents a step deletes, as they are stored (texts never change). */
  private async textsTakenBack(change: Pick<Change, 'changes'>): Promise<TextChange[]> {
    const docIds = change.changes.filter((c) => c.table === 'documents' && c.before !== null && c.after === null).map((c) => c.key);
    if (docIds.length === 0) return [];
    const texts = await this.db.texts.bulkGet(docIds);
    return texts.flatMap((text) => (text ? [{ docId: text.docId, text: text.text }] : []));
  }

  private async latestChangeTo(table: ProjectTable, key: string, exceptId: string): Promise<OperationRecord | undefined> {
    const original = await this.db.operations.get(exceptId);
    const later = original ? await this.db.operations.where('at').aboveOrEqual(original.at).toArray() : [];
    return later.reverse().find((op) => op.id !== exceptId && op.changes.some((c) => c.table === table && c.key === key));
  }

  private stacksOf(coderId: string): Stacks {
    let stacks = this.stacks.get(coderId);
    if (!stacks) this.stacks.set(coderId, (stacks = { undo: [], redo: [] }));
    return stacks;
  }

  private serialize<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private changed(): void {
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }
}

/** How many projects' histories a window keeps: a researcher moves between a few, not dozens. */
export const MAX_PROJECT_HISTORIES = 8;

/** By database name (one per project), least recently used first. */
const histories = new Map<string, UndoHistory>();

/**
 * The one history of this window for a project, given an open database of it: created on first use,
 * taken up again (attach) when the project is opened anew after a switch.
 */
export function undoHistoryFor(db: ProjectDatabase): UndoHistory {
  let history = histories.get(db.name);
  if (history) {
    histories.delete(db.name);
    history.attach(db);
  } else {
    history = new UndoHistory(db);
  }
  histories.set(db.name, history);
  for (const [name, oldest] of histories) {
    if (histories.size <= MAX_PROJECT_HISTORIES) break;
    histories.delete(name);
    oldest.dispose();
  }
  return history;
}

/**
 * Drops a deleted project's history: its steps can never be taken again, and it would hold one of the
 * MAX_PROJECT_HISTORIES places (and the texts kept for redo) for the rest of the session.
 */
export function forgetHistory(dbName: string): void {
  histories.get(dbName)?.dispose();
}

function entryOf(operation: OperationRecord): HistoryEntry {
  return { id: operation.id, label: operation.label, docIds: operation.docIds, codeIds: operation.codeIds };
}
