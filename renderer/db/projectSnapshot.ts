// Every row of a project, as one consistent snapshot: read in one read-only transaction over all its
// tables, so a backup never holds a coding whose document was added after the documents were read
// (a file like that would fail its own check: readProjectFile refuses dangling references). IndexedDB
// lets writes wait while the transaction reads, which costs the time of the reads alone (measured in
// test/bench/backup.bench.ts); the window keeps drawing meanwhile, since the reads run in the backup
// worker and the coding screen shows a change before its write completes (changes.ts onCommitting).
//
// Works on a database opened at its stored version without a declared schema (`new Dexie(name)`),
// which is how a project is read before a schema upgrade: tables that version did not have are empty.
import Dexie, { type Table } from 'dexie';
import { TABLE_NAMES, type ProjectTables, type TableName } from '../../shared/projectFile/projectTables';

export async function readProjectTables(db: Dexie): Promise<ProjectTables> {
  const reading = readProjectTablesInTurn(db);
  await reading.done;
  const rows = await Promise.all(TABLE_NAMES.map((name) => reading.tables[name]));
  return Object.fromEntries(TABLE_NAMES.map((name, i) => [name, rows[i]])) as unknown as ProjectTables;
}

export interface TablesInTurn {
  /** Each table's rows, as soon as they are read. */
  tables: { [T in TableName]: Promise<ProjectTables[T]> };
  /** The read transaction, over once every table is read. */
  done: Promise<void>;
}

/**
 * The same snapshot, each table handed out as soon as it is read: every table is asked for at once in
 * the one transaction, and IndexedDB answers in the order asked (TABLE_NAMES), so that the backup
 * writer encodes the first tables while the database still reads the last (backupWork.ts).
 */
export function readProjectTablesInTurn(db: Dexie): TablesInTurn {
  const present = new Set(db.tables.map((table) => table.name));
  const names = TABLE_NAMES.filter((name) => present.has(name));
  const settlers = new Map<TableName, { resolve(rows: unknown[]): void; reject(error: unknown): void }>();
  const tables = Object.fromEntries(
    TABLE_NAMES.map((name) => [name, present.has(name) ? new Promise<unknown[]>((resolve, reject) => settlers.set(name, { resolve, reject })) : Promise.resolve([])]),
  ) as unknown as TablesInTurn['tables'];
  const done = db.transaction('r', names, async () => {
    await Promise.all(names.map((name) => readInPages(db.table(name)).then((rows) => settlers.get(name)!.resolve(rows))));
  });
  done.catch((error: unknown) => {
    for (const settler of settlers.values()) settler.reject(error);
  });
  // A caller that stops early (its writer failed) does not wait for the rest: their failure is the transaction's.
  for (const name of names) tables[name].catch(() => {});
  return { tables, done };
}

// Rows per request. One request for a whole table (100,000 codings, about 30 MB) holds IndexedDB's
// backend for its length, and the window's own small reads (the document it opens, a count) wait
// behind it; between pages they are served. A few thousand rows keep the requests few.
const PAGE = 2_000;

/** Every row of a table in primary key order (as `toArray()` gives them), a page per request. */
async function readInPages(table: Table): Promise<unknown[]> {
  const { keyPath } = table.schema.primKey;
  if (!keyPath) return table.toArray();
  const rows: unknown[] = [];
  let page = await table.orderBy(':id').limit(PAGE).toArray();
  while (page.length > 0) {
    rows.push(...page);
    if (page.length < PAGE) break;
    page = await table.where(':id').above(Dexie.getByKeyPath(page.at(-1)!, keyPath)).limit(PAGE).toArray();
  }
  return rows;
}

/** Whether a project holds any work: documents, codings or memos (a new project's codebook alone is not). */
export async function holdsWork(db: Dexie): Promise<boolean> {
  const present = new Set(db.tables.map((table) => table.name));
  for (const name of ['documents', 'codings', 'memos']) if (present.has(name) && (await db.table(name).count()) > 0) return true;
  return false;
}
