// The project's coding counts, read once for the whole window: one live query of the counts table
// (renderer/db/codingCounts.ts, a few thousand small rows) that every count on screen shares: the
// codebook's per-code counts, the document list's and the Library's per-document counts, under the
// coder filter of blind mode. Opening a document mounts a new codebook panel; it joins the running
// query instead of starting one per code, so nothing is re-counted on open, and a write re-reads the
// counts once, not once per row.
import { liveQuery, type Subscription } from 'dexie';
import { countTotals, readCodingCounts, type CodingCountRow, type CountTotals } from '../../db/codingCounts';
import type { CoderFilter } from '../../db/coders';
import type { ProjectDatabase } from '../../db/projectDatabase';

// How long the query outlives its last reader: a screen that unmounts and mounts again at once (the
// workspace of the next document) finds the counts read, not a new query starting.
const KEEP_MS = 10_000;

export class CountsStore {
  rows: readonly CodingCountRow[] | undefined = undefined;
  error: unknown = undefined;
  private readonly listeners = new Set<() => void>();
  private subscription: Subscription | null = null;
  private closing: ReturnType<typeof setTimeout> | null = null;
  // The totals of the current rows per coder filter, so each row of a list does not sum them again.
  private totals = new Map<string, CountTotals>();

  constructor(private readonly db: ProjectDatabase) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.closing) clearTimeout(this.closing);
    this.closing = null;
    this.subscription ??= liveQuery(() => readCodingCounts(this.db)).subscribe({
      next: (rows) => {
        this.rows = rows;
        this.error = undefined;
        this.totals = new Map();
        this.notify();
      },
      error: (error: unknown) => {
        this.error = error;
        this.notify();
      },
    });
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.closing = setTimeout(() => this.close(), KEEP_MS);
    };
  };

  getRows = (): readonly CodingCountRow[] | undefined => this.rows;

  totalsFor(rows: readonly CodingCountRow[], filter: CoderFilter): CountTotals {
    if (rows !== this.rows) return countTotals(rows, filter);
    const key = JSON.stringify(filter);
    let totals = this.totals.get(key);
    if (!totals) this.totals.set(key, (totals = countTotals(rows, filter)));
    return totals;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private close(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.closing = null;
    stores.delete(this.db);
  }
}

const stores = new WeakMap<ProjectDatabase, CountsStore>();

export function countsStoreOf(db: ProjectDatabase): CountsStore {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = new CountsStore(db)));
  return store;
}
