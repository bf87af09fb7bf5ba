// Undo and redo, built on the operations log. Each coder has, in this window and for as long as the
// project stays open, a stack of the operations they committed; undo commits the inverse of the top
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
// Texts live beside the log, not in it (change.ts LoggedTable). A step that takes back documents (a
// merge that added them) deletes their texts with them and keeps them on its redo entry, in memory:
// redo writes them back with the documents.
import type { ProjectDatabase } from './projectDatabase';
import type { OperationRecord } from './operationRecord';
import { inverseOf, type Change, type ProjectTable, type TextChange } from '../../shared/changes/change';
import { commitChange, onCommitted } from './changes';
import { ChangeConflictError, type DependentRow } from './changeConflicts';

/** What a stack keeps of an operation: enough to label the Undo button without reading the log. */
export interface HistoryEntry {
  id: string;
  label: string;
  docIds: string[];
  codeIds: string[];
  /** The texts of the documents its undo took back, for redo to write again (see the head comment). */
  texts?: TextChange[];
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
  private readonly stopListening: () => void;
  /** Changes whenever a stack does (for React's useSyncExternalStore). */
  version = 0;

  constructor(private readonly db: ProjectDatabase) {
    this.stopListening = onCommitted(db, (operation) => {
      // A settled disagreement is a step even when it wrote no row: the decision itself is undone.
      if (operation.kind !== 'change' || (operation.changes.length === 0 && !operation.adjudication)) return;
      const stacks = this.stacksOf(operation.coderId);
      stacks.undo.push(entryOf(operation));
      if (stacks.undo.length > MAX_UNDO) stacks.undo.shift();
      stacks.redo = [];
      this.changed();
    });
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

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispose(): void {
    this.stopListening();
    this.listeners.clear();
  }

  private async step(coderId: string, direction: HistoryDirection): Promise<HistoryOutcome> {
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
        else stacks.undo.push(entryOf(operation));
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

const histories = new WeakMap<ProjectDatabase, UndoHistory>();

/** The one history of this window for an open project database (created on first use). */
export function undoHistoryFor(db: ProjectDatabase): UndoHistory {
  let history = histories.get(db);
  if (!history) histories.set(db, (history = new UndoHistory(db)));
  return history;
}

function entryOf(operation: OperationRecord): HistoryEntry {
  return { id: operation.id, label: operation.label, docIds: operation.docIds, codeIds: operation.codeIds };
}
