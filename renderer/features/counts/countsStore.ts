// The project's coding counts in the window, read whole once and then kept by what each write
// changed. Every count on screen comes from here: the codebook's per-code counts, the document list's
// and the Library's per-document counts, under the coder filter of blind mode.
//
// Following writes: Dexie fires "storagemutated" after every transaction that wrote the counts table
// (codingCounts.ts), this window's or another's (Dexie relays those of other windows and workers), with
// the keys of the count rows written. The store reads exactly those rows again (one row for an applied
// code) and updates the totals row by row (renderer/db/countTotals.ts), so a write costs what it
// touched, never a re-read of the project's thousands of count rows, and every writer is covered
// alike: commits and their undo and redo, another window, a bulk load (which names a range, and is
// read whole). A view subscribes to the one figure it shows (a code's usage, a document's count), and
// hears only of writes that changed it.
import Dexie, { type ObservabilitySet } from 'dexie';
import { countKeysWritten, mapKey, readCodingCounts, readCountRows, type CodingCountRow, type CountKey } from '../../db/codingCounts';
import { countTotals, NO_USAGE, type CodeUsage, type CountTotalsIndex } from '../../db/countTotals';
import type { CoderFilter } from '../../db/coders';
import type { ProjectDatabase } from '../../db/projectDatabase';

// How long the store outlives its last reader: a screen that unmounts and mounts again at once (the
// workspace of the next document) finds the counts read, not a new read starting.
const KEEP_MS = 10_000;

/** What a listener listens to: one code's usage, one document's count, or any document's count. */
export type CountTopic = `code:${string}` | `doc:${string}` | 'documents';

export class CountsStore {
  error: unknown = undefined;
  /** The count rows by mapKey; undefined until the first read. */
  private rows: Map<string, CodingCountRow> | undefined = undefined;
  // Totals per coder filter in use, kept up to date with the rows.
  private readonly totals = new Map<string, CountTotalsIndex>();
  // Each filter's per-document counts as one value for a screen that shows them all (the Library),
  // made again only after a document's count changed.
  private readonly documentMaps = new Map<string, ReadonlyMap<string, number>>();
  private readonly topics = new Map<CountTopic, Set<() => void>>();
  private listening = 0;
  private watching = false;
  private closing: ReturnType<typeof setTimeout> | null = null;
  // Reads are applied in the order they were asked for: IndexedDB runs a read transaction after the
  // writes that completed before it was created, so a later read never holds older rows.
  private applied: Promise<void> = Promise.resolve();

  constructor(private readonly db: ProjectDatabase) {}

  /**
   * Keeps the counts read and following writes without listening to any figure: the workspace holds
   * them while a project is open, so the first read starts with the project (beside the codes'), not
   * when the codebook first asks, and a place without counts (Retrieve, Backups) does not let them
   * go to be read whole again on return.
   */
  hold(): () => void {
    return this.subscribe('documents', () => {});
  }

  subscribe = (topic: CountTopic, listener: () => void): (() => void) => {
    let set = this.topics.get(topic);
    if (!set) this.topics.set(topic, (set = new Set()));
    set.add(listener);
    this.listening++;
    if (this.closing) clearTimeout(this.closing);
    this.closing = null;
    if (!this.watching) this.watch();
    return () => {
      if (!set.delete(listener)) return;
      this.listening--;
      if (this.listening === 0) this.closing = setTimeout(() => this.close(), KEEP_MS);
    };
  };

  /** Resolves once every write heard of so far is reflected here (a test reads the figures after it). */
  settled(): Promise<void> {
    return this.applied;
  }

  /** A code's codings and documents of the coders the filter lets through; undefined until read. */
  usageOf(codeId: string, filter: CoderFilter): CodeUsage | undefined {
    return this.totalsOf(filter)?.byCode.get(codeId) ?? (this.rows ? NO_USAGE : undefined);
  }

  documentCount(docId: string, filter: CoderFilter): number | undefined {
    return this.totalsOf(filter)?.byDocument.get(docId) ?? (this.rows ? 0 : undefined);
  }

  /** Codings per document (documents without any are absent); the same Map until a count changes. */
  documentCounts(filter: CoderFilter): ReadonlyMap<string, number> | undefined {
    const totals = this.totalsOf(filter);
    if (!totals) return undefined;
    const key = JSON.stringify(filter);
    let counts = this.documentMaps.get(key);
    if (!counts) this.documentMaps.set(key, (counts = new Map(totals.byDocument)));
    return counts;
  }

  private totalsOf(filter: CoderFilter): CountTotalsIndex | undefined {
    if (this.error !== undefined) throw this.error;
    if (!this.rows) return undefined;
    const key = JSON.stringify(filter);
    let totals = this.totals.get(key);
    if (!totals) this.totals.set(key, (totals = countTotals(this.rows.values(), filter)));
    return totals;
  }

  private watch(): void {
    this.watching = true;
    Dexie.on.storagemutated.subscribe(this.onStorageMutated);
    this.readAll();
  }

  private readonly onStorageMutated = (parts: ObservabilitySet): void => {
    // A database the window has closed (the project switched away) is read again when reopened.
    if (!this.db.isOpen()) return;
    const written = countKeysWritten(this.db.name, parts);
    if (written === 'all') this.readAll();
    else if (written) this.readKeys(written);
  };

  private readAll(): void {
    const read = readCodingCounts(this.db);
    this.apply(read, (rows) => {
      this.rows = new Map(rows.map((row) => [mapKey(row), row]));
      this.totals.clear();
      this.documentMaps.clear();
      this.notify([...this.topics.keys()]);
    });
  }

  private readKeys(keys: readonly CountKey[]): void {
    const read = readCountRows(this.db, keys);
    this.apply(read, (stored) => {
      // Before the first read has come back there is nothing to update: that read holds these rows.
      if (!this.rows) return;
      const topics = new Set<CountTopic>();
      keys.forEach(([codeId, docId, coderId], i) => {
        const key = mapKey({ codeId, docId, coderId });
        const before = this.rows!.get(key)?.count ?? 0;
        const row = stored[i];
        if (row) this.rows!.set(key, row);
        else this.rows!.delete(key);
        for (const [filterKey, totals] of this.totals) {
          if (!totals.change({ codeId, docId, coderId }, before, row?.count ?? 0)) continue;
          this.documentMaps.delete(filterKey);
          topics.add(`code:${codeId}`).add(`doc:${docId}`).add('documents');
        }
      });
      this.notify([...topics]);
    });
  }

  private apply<T>(read: Promise<T>, use: (result: T) => void): void {
    this.applied = this.applied.then(() =>
      read.then(use, (error: unknown) => {
        // A closed database (the project switched away) has no readers left to tell.
        if (!this.watching) return;
        this.error = error;
        this.notify([...this.topics.keys()]);
      }),
    );
  }

  private notify(topics: readonly CountTopic[]): void {
    for (const topic of topics) for (const listener of [...(this.topics.get(topic) ?? [])]) listener();
  }

  private close(): void {
    Dexie.on.storagemutated.unsubscribe(this.onStorageMutated);
    this.watching = false;
    this.closing = null;
    this.error = undefined;
    this.rows = undefined;
    this.totals.clear();
    this.documentMaps.clear();
    stores.delete(this.db);
  }
}

const stores = new WeakMap<ProjectDatabase, CountsStore>();

export function countsStoreOf(db: ProjectDatabase): CountsStore {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = new CountsStore(db)));
  return store;
}
