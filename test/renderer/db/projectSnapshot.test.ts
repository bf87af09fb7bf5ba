// The snapshot a backup is made of: every row of every table, in key order, whatever the table's size
// (read a page of rows per request, within one transaction).
import { afterEach, expect, test } from 'vitest';
import type { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { readProjectTables } from '../../../renderer/db/projectSnapshot';
import { freshProject } from './projectDb';

let db: ProjectDatabase;
afterEach(() => db.close());

test('reads tables of several pages whole, in key order, without a row twice', async () => {
  db = await freshProject();
  // More than two pages, and not a multiple of one; keys in no particular order of writing.
  const codings = Array.from({ length: 4_321 }, (_, i) => ({ id: crypto.randomUUID(), docId: `d${i % 7}`, codeId: 'c', start: i, end: i + 1, quote: 'x', prefix: '', suffix: '', coderId: 'kim', createdAt: '' }));
  const documentSets = Array.from({ length: 2_000 }, (_, i) => ({ id: `set-${String(i).padStart(4, '0')}`, name: `Set ${i}`, docIds: [], createdAt: '' }));
  await db.table('codings').bulkPut(codings);
  await db.table('documentSets').bulkPut(documentSets);

  const tables = await readProjectTables(db);
  expect(tables.codings.map((c) => c.id)).toEqual(codings.map((c) => c.id).sort());
  expect(tables.codings).toEqual(await db.table('codings').toArray());
  expect(tables.documentSets.map((s) => s.id)).toEqual(documentSets.map((s) => s.id));
  expect(tables.memos).toEqual([]);
});
