// The open document's codings in the window, read whole once and then kept by what each write changed,
// as the counts are (features/counts/countsStore.ts): a key press costs the rows it wrote, not a
// re-read of the document's hundreds or thousands of codings and a new list for every screen.
//
// Following writes: Dexie fires "storagemutated" after every transaction that wrote codings, this
// window's (commits, undo, redo) or another window's, with the keys written (db/storageEvents.ts). The
// store reads exactly those rows back and puts them in place (codingsPatch.ts); a range (a bulk load,
// a clear) is read whole. Reads are applied in the order they were asked for: IndexedDB runs a read
// after the writes that completed before it was asked for, so a later read never holds older rows.
//
// Showing a key press at once: this window's operations are applied on top from the moment they start
// being written (changes.ts `onCommitting`), before the rows are read back. An operation stays on top
// until the rows hold it: Dexie fires the storage event of its transaction as the transaction
// completes, before the operation's `stored` promise resolves, so the read of its rows has been asked
// for by then; once every read asked for by then is applied, the operation is done with. A write that
// failed is taken back. Applying an operation the rows already hold is harmless (a row is replaced by
// the same row, in order).
import Dexie, { type ObservabilitySet } from 'dexie';
import type { RowChange } from '../../../shared/changes/change';
import type { CodingRecord } from '../../../shared/model';
import { onCommitting } from '../../db/changes';
import { codingKeysWritten, codingsByKey, codingsOfDocument } from '../../db/codings';
import type { OperationRecord } from '../../db/operationRecord';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { patchCodings, placeRows } from './codingsPatch';

// How long the store outlives its last reader: the document shown again soon (back from another
// place) finds its codings read.
const KEEP_MS = 10_000;

/** An operation of this window on the document's codings, shown before the rows hold it. */
interface LocalOperation {
  changes: readonly RowChange[];
  /** Once stored: how many reads had been asked for; the rows hold it once as many are applied. */
  heldAfter: number | null;
}

export class DocumentCodingsStore {
  /** The document's codings as read, in text order; undefined until the first read. */
  private rows: readonly CodingRecord[] | undefined = undefined;
  private operations: readonly LocalOperation[] = [];
  private shown: readonly CodingRecord[] | undefined = undefined;
  private error: unknown = undefined;
  private readonly listeners = new Set<() => void>();
  private watching = false;
  private stopCommitting: (() => void) | null = null;
  private closing: ReturnType<typeof setTimeout> | null = null;
  // Incremented as the store closes: a read asked for before is not applied after it watches again.
  private generation = 0;
  private readsAsked = 0;
  private readsApplied = 0;
  private applied: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: ProjectDatabase,
    readonly docId: string,
    private readonly forget: () => void,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.closing) clearTimeout(this.closing);
    this.closing = null;
    if (!this.watching) this.watch();
    return () => {
      if (!this.listeners.delete(listener)) return;
      if (this.listeners.size === 0) this.closing = setTimeout(() => this.close(), KEEP_MS);
    };
  };

  /** The codings to show, in text order, this window's writes included at once; undefined until read. */
  codings = (): readonly CodingRecord[] | undefined => {
    if (this.error !== undefined) throw this.error;
    return this.shown;
  };

  /** Resolves once every write heard of so far is reflected here (a test compares after it). */
  settled(): Promise<void> {
    return this.applied;
  }

  private watch(): void {
    this.watching = true;
    Dexie.on.storagemutated.subscribe(this.onStorageMutated);
    this.stopCommitting = onCommitting(this.db, this.onCommitting);
    this.read('all');
  }

  private readonly onStorageMutated = (parts: ObservabilitySet): void => {
    // A database the window has closed (the project switched away) is read again when reopened.
    if (!this.db.isOpen()) return;
    const written = codingKeysWritten(this.db.name, parts);
    if (written) this.read(written);
  };

  private readonly onCommitting = (operation: OperationRecord, stored: Promise<boolean>): void => {
    const changes = operation.changes.filter((c) => c.table === 'codings' && (c.before?.docId === this.docId || c.after?.docId === this.docId));
    if (changes.length === 0) return;
    const local: LocalOperation = { changes, heldAfter: null };
    const generation = this.generation;
    this.operations = [...this.operations, local];
    this.show();
    void stored.then((ok) => {
      if (generation !== this.generation) return;
      if (!ok) {
        this.operations = this.operations.filter((op) => op !== local);
        this.show();
        return;
      }
      local.heldAfter = this.readsAsked;
      if (this.dropHeld()) this.show();
    });
  };

  private read(keys: readonly string[] | 'all'): void {
    const asked = ++this.readsAsked;
    const generation = this.generation;
    const reading: Promise<(rows: readonly CodingRecord[]) => readonly CodingRecord[]> =
      keys === 'all'
        ? codingsOfDocument(this.db, this.docId).then((all) => () => all)
        : codingsByKey(this.db, keys).then((found) => (rows) => {
            // Rows neither of this document nor shown by it are another document's business.
            const ids = new Set(rows.map((c) => c.id));
            const placed = keys.map((key, i) => ({ key, row: found[i] ?? null })).filter(({ key, row }) => row?.docId === this.docId || ids.has(key));
            return placed.length > 0 ? placeRows(rows, this.docId, placed) : rows;
          });
    this.applied = this.applied.then(() =>
      reading.then(
        (update) => {
          if (generation !== this.generation) return;
          // Before the first read has come back there is nothing to update: that read holds these rows.
          if (keys === 'all' || this.rows) this.rows = update(this.rows ?? []);
          this.readsApplied = asked;
          this.dropHeld();
          this.show();
        },
        (error: unknown) => {
          // A closed database (the project switched away) has no readers left to tell.
          if (generation !== this.generation) return;
          this.error = error;
          this.notify();
        },
      ),
    );
  }

  /** Forgets the operations the rows hold now; true when there were any. */
  private dropHeld(): boolean {
    const left = this.operations.filter((op) => op.heldAfter === null || op.heldAfter > this.readsApplied);
    if (left.length === this.operations.length) return false;
    this.operations = left;
    return true;
  }

  /** Makes the list to show and tells the readers, unless it says what the one shown says. */
  private show(): void {
    if (!this.rows) return;
    const changes = this.operations.flatMap((op) => op.changes);
    const next = (changes.length > 0 ? patchCodings(this.rows, this.docId, changes) : null) ?? this.rows;
    if (this.shown && sameRows(this.shown, next)) return;
    this.shown = next;
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private close(): void {
    Dexie.on.storagemutated.unsubscribe(this.onStorageMutated);
    this.stopCommitting?.();
    this.stopCommitting = null;
    this.watching = false;
    this.generation++;
    this.closing = null;
    this.error = undefined;
    this.rows = undefined;
    this.shown = undefined;
    this.operations = [];
    this.forget();
  }
}

/**
 * Whether two lists hold the same codings with the same fields, in the same order. A write's rows read
 * back equal the rows its operation showed: the screen is not drawn again for them.
 */
function sameRows(a: readonly CodingRecord[], b: readonly CodingRecord[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((row, i) => row === b[i] || sameFields(row, b[i]!));
}

function sameFields(a: CodingRecord, b: CodingRecord): boolean {
  const keys = Object.keys(a) as (keyof CodingRecord)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

const stores = new WeakMap<ProjectDatabase, Map<string, DocumentCodingsStore>>();

export function documentCodingsOf(db: ProjectDatabase, docId: string): DocumentCodingsStore {
  let ofProject = stores.get(db);
  if (!ofProject) stores.set(db, (ofProject = new Map()));
  let store = ofProject.get(docId);
  if (!store) ofProject.set(docId, (store = new DocumentCodingsStore(db, docId, () => ofProject.delete(docId))));
  return store;
}
