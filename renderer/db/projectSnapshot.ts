// Every row of a project, as one consistent snapshot: read in one read-only transaction over all its
// tables, so a backup never holds a coding whose document was added after the documents were read
// (a file like that would fail its own check: readProjectFile refuses dangling references). IndexedDB
// lets writes wait while the transaction reads, which costs the time of the reads alone (measured in
// test/bench/backup.bench.ts); the window keeps drawing meanwhile, since the reads run in the backup
// worker and the coding screen shows a change before its write completes (changes.ts onCommitting).
// Reading a page per transaction, so that no write waits, was measured and left: the frames while
// coding during a backup came out no better (RESULTS.md, read by hand 2026-12-07 01:37–02:17).
//
// Works on a database opened at its stored version without a declared schema (`new Dexie(name)`),
// which is how a project is read before a schema upgrade: tables that version did not have are empty.
import Dexie, { type Table } from 'dexie';
import { TABLE_NAMES, type ProjectTables, type TableName } from '../../shared/projectFile/projectTables';

export async function readProjectTables(db: Dexie): Promise<ProjectTables> {
  const reading = readProjectTablesInTurn(db);
  const rows = await Promise.all(TABLE_NAMES.map(async (name) => {
    const all: unknown[] = [];
    for await (const page of reading.tables[name]) for (const row of page) all.push(row);
    return all;
  }));
  await reading.done;
  return Object.fromEntries(TABLE_NAMES.map((name, i) => [name, rows[i]])) as unknown as ProjectTables;
}

export interface TablesInTurn {
  /** Each table's rows a page at a time, in key order, each page as soon as it is read. */
  tables: { [T in TableName]: AsyncIterable<ProjectTables[T]> };
  /** The read transaction, over once every table is read. */
  done: Promise<void>;
}

/**
 * The same snapshot, each page handed out as soon as it is read: every table is asked for at once in
 * the one transaction, and the reads never wait for the pages to be taken (they are held until
 * then), so that the transaction, which the window's writes wait for, lasts no longer than the reads,
 * while the backup writer encodes the pages already read (backupWork.ts).
 */
export function readProjectTablesInTurn(db: Dexie): TablesInTurn {
  const present = new Set(db.tables.map((table) => table.name));
  const names = TABLE_NAMES.filter((name) => present.has(name));
  const queues = new Map(TABLE_NAMES.map((name) => [name, new PageQueue()] as const));
  const done = db.transaction('r', names, async () => {
    await Promise.all(names.map((name) => readInPages(db.table(name), (page) => queues.get(name)!.push(page))));
  });
  // Tables that version did not have end at once, empty; the others when the transaction is over.
  for (const name of TABLE_NAMES) if (!present.has(name)) queues.get(name)!.end();
  done.then(
    () => queues.forEach((queue) => queue.end()),
    (error: unknown) => queues.forEach((queue) => queue.fail(error)),
  );
  return { tables: Object.fromEntries(queues) as unknown as TablesInTurn['tables'], done };
}

// Rows per request. One request for a whole table (100,000 codings, about 30 MB) holds IndexedDB's
// backend for its length, and the window's own small reads (the document it opens, a count) wait
// behind it; between pages they are served. A few thousand rows keep the requests few.
const PAGE = 2_000;

/** Every row of a table in primary key order (as `toArray()` gives them), a page per request. */
async function readInPages(table: Table, onPage: (rows: unknown[]) => void): Promise<void> {
  const { keyPath } = table.schema.primKey;
  if (!keyPath) return onPage(await table.toArray());
  let page = await table.orderBy(':id').limit(PAGE).toArray();
  while (page.length > 0) {
    onPage(page);
    if (page.length < PAGE) break;
    page = await table.where(':id').above(Dexie.getByKeyPath(page.at(-1)!, keyPath)).limit(PAGE).toArray();
  }
}

/** A table's pages, held from the read until its reader takes them. */
class PageQueue implements AsyncIterable<unknown[]> {
  private readonly pages: unknown[][] = [];
  private ended = false;
  private failure: { error: unknown } | null = null;
  private wake: (() => void) | null = null;

  push(page: unknown[]): void {
    this.pages.push(page);
    this.notify();
  }

  end(): void {
    this.ended = true;
    this.notify();
  }

  fail(error: unknown): void {
    this.failure ??= { error };
    this.notify();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<unknown[]> {
    for (;;) {
      if (this.failure) throw this.failure.error;
      const page = this.pages.shift();
      if (page) yield page;
      else if (this.ended) return;
      else await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

/** Whether a project holds any work: documents, codings or memos (a new project's codebook alone is not). */
export async function holdsWork(db: Dexie): Promise<boolean> {
  const present = new Set(db.tables.map((table) => table.name));
  for (const name of ['documents', 'codings', 'memos']) if (present.has(name) && (await db.table(name).count()) > 0) return true;
  return false;
}
