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
import { emptyTables, TABLE_NAMES, type ProjectTables } from '../../shared/projectFile/projectTables';

export async function readProjectTables(db: Dexie): Promise<ProjectTables> {
  const present = new Set(db.tables.map((table) => table.name));
  const names = TABLE_NAMES.filter((name) => present.has(name));
  const tables = emptyTables();
  await db.transaction('r', names, async () => {
    for (const name of names) (tables[name] as unknown[]) = await readInPages(db.table(name));
  });
  return tables;
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
