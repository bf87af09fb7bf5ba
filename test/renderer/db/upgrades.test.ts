// Each schema version upgrades the data written by the one before: projects written by any older
// Framewise (version 1, 2 or 3 of the schema, each with the fields it had) open in the latest one with
// nothing lost.
import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { LATEST_VERSION, ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { EMPTY_RETRIEVE_QUERY } from '../../../shared/retrieve/retrieveQuery';

/** Rows as version 1 wrote them (before metadata fields, codebook criteria and rich-text memos). */
const v1 = {
  documents: [
    { id: 'd1', title: 'Questionnaire', format: 'txt', fileName: 'q.txt', storedName: 'a.txt', sha256: 'a'.repeat(64), order: 0, importedAt: '2026-01-01T00:00:00.000Z', length: 5, words: 1, extraction: { encoding: 'UTF-8' }, attributes: { leaning: 'left', year: 2017 } },
    { id: 'd2', title: 'News', format: 'txt', fileName: 'n.txt', storedName: 'b.txt', sha256: 'b'.repeat(64), order: 1, importedAt: '2026-01-01T00:00:00.000Z', length: 5, words: 1, extraction: {}, attributes: { leaning: 'right', year: 2019 } },
  ],
  texts: [{ docId: 'd1', text: 'Hello' }, { docId: 'd2', text: 'World' }],
  codes: [{ id: 'c1', name: 'pledge', color: '#2563eb', parentId: null, order: 0, definition: 'A commitment', createdAt: '2026-01-01T00:00:00.000Z' }],
  codings: [{ id: 'k1', docId: 'd1', codeId: 'c1', start: 0, end: 5, quote: 'Hello', prefix: '', suffix: '', coderId: 'u1', createdAt: '2026-01-01T00:00:00.000Z' }],
  memos: [{ id: 'm1', targetType: 'coding', targetId: 'k1', text: 'First line\nsecond line', coderId: 'u1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }],
  coders: [{ id: 'u1', name: 'Ana', color: '#7c3aed' }],
};

/**
 * Rows as version 2 wrote them: documents with their bibliographic fields and typed attributes,
 * declared attributes, sets; codes still without criteria, memos still plain text.
 */
const v2 = {
  documents: [
    { ...v1.documents[0], author: 'Ana Ruiz', date: '2017-05', source: 'Survey', url: '', attributes: { leaning: 'left', year: '2017' } },
    { ...v1.documents[1], author: '', date: '2019-03-02', source: 'The Courier', url: 'https://example.org/news', attributes: { leaning: 'right', year: '2019' } },
  ],
  texts: v1.texts,
  // "year" was declared as text (a manifest said "2017"): the upgrade must not retype it by its values.
  attributeDefinitions: [
    { name: 'leaning', type: 'text' },
    { name: 'year', type: 'text' },
  ],
  documentSets: [{ id: 's1', name: 'Right-leaning', docIds: ['d2'], createdAt: '2026-02-01T00:00:00.000Z' }],
  codes: v1.codes,
  codings: v1.codings,
  memos: [{ id: 'm1', targetType: 'document', targetId: 'd2', text: 'Op-ed, not reporting.', coderId: 'u1', createdAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-02T00:00:00.000Z' }],
  coders: v1.coders,
};

/** Rows as version 3 wrote them: codebook criteria, and memos as rich text beside their plain text. */
const v3 = {
  ...v2,
  codes: [{ ...v1.codes[0], inclusion: 'Future tense, concrete', exclusion: 'Vague hopes', example: 'We will build 4,000 homes' }],
  // A body with formatting the plain text cannot carry: the upgrade must keep it, not rebuild it from the text.
  memos: [{ ...v2.memos[0], body: '{"root":{"children":[{"children":[{"text":"Op-ed","format":1,"type":"text"}],"type":"paragraph"}],"type":"root"}}' }],
};

async function writeVersion(projectId: string, version: number, rows: Record<string, unknown[]>): Promise<void> {
  const old = new ProjectDatabase(projectId, undefined, version);
  await old.open();
  expect(old.verno).toBe(version);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkAdd(tableRows);
  });
  old.close();
}

const writeVersion1 = (projectId: string) => writeVersion(projectId, 1, v1);

async function openLatest(projectId: string): Promise<ProjectDatabase> {
  const db = new ProjectDatabase(projectId);
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  return db;
}

describe('schema upgrades', () => {
  test('a version 1 project opens in the latest version with every row kept and the new fields filled', async () => {
    const projectId = crypto.randomUUID();
    await writeVersion1(projectId);
    const db = await openLatest(projectId);

    // Version 2: metadata fields exist, attributes are declared with the type their values show.
    const docs = await db.documents.orderBy('order').toArray();
    expect(docs.map((d) => [d.id, d.author, d.date, d.source, d.url, d.attributes])).toEqual([
      ['d1', '', '', '', '', { leaning: 'left', year: 2017 }],
      ['d2', '', '', '', '', { leaning: 'right', year: 2019 }],
    ]);
    expect(await db.attributeDefinitions.toArray()).toEqual([
      { name: 'leaning', type: 'text' },
      { name: 'year', type: 'number' },
    ]);
    expect(await db.documentSets.count()).toBe(0);
    expect((await db.documents.orderBy('title').first())?.title).toBe('News');

    // Version 3: codebook criteria exist, memos have a rich-text body that says what the text says.
    expect(await db.codes.get('c1')).toMatchObject({ definition: 'A commitment', inclusion: '', exclusion: '', example: '' });
    const memo = (await db.memos.get('m1'))!;
    expect(memo.text).toBe('First line\nsecond line');
    const body = JSON.parse(memo.body) as { root: { children: Array<{ children: Array<{ text: string }> }> } };
    expect(body.root.children.map((p) => p.children.map((t) => t.text).join(''))).toEqual(['First line', 'second line']);

    // Version 5: codings are counted per code, document and coder, in the counts table.
    expect(await db.codingCounts.toArray()).toEqual([{ codeId: 'c1', docId: 'd1', coderId: 'u1', count: 1 }]);

    // Untouched tables come through as they were.
    expect(await db.codings.toArray()).toEqual(v1.codings);
    expect(await db.texts.toArray()).toEqual(v1.texts);
    expect(await db.coders.toArray()).toEqual(v1.coders);
    db.close();
    await Dexie.delete(db.name);
  });

  test('a version 2 project opens in the latest version: its library is kept as it was, codes and memos get what version 3 added', async () => {
    const projectId = crypto.randomUUID();
    await writeVersion(projectId, 2, v2);
    const db = await openLatest(projectId);

    // The library as version 2 left it: fields, attributes with their declared types, sets.
    expect(await db.documents.orderBy('order').toArray()).toEqual(v2.documents);
    expect(await db.attributeDefinitions.orderBy('name').toArray()).toEqual(v2.attributeDefinitions);
    expect(await db.documentSets.toArray()).toEqual(v2.documentSets);
    expect((await db.documentSets.where('docIds').equals('d2').first())?.name).toBe('Right-leaning');

    // Version 3: codebook criteria, rich-text memo bodies made from the plain text.
    expect(await db.codes.get('c1')).toEqual({ ...v1.codes[0], inclusion: '', exclusion: '', example: '' });
    const memo = (await db.memos.get('m1'))!;
    expect(memo).toMatchObject({ text: 'Op-ed, not reporting.', updatedAt: '2026-02-02T00:00:00.000Z' });
    const body = JSON.parse(memo.body) as { root: { children: Array<{ children: Array<{ text: string }> }> } };
    expect(body.root.children.map((p) => p.children.map((t) => t.text).join(''))).toEqual(['Op-ed, not reporting.']);
    expect((await db.memos.orderBy('updatedAt').last())?.id).toBe('m1');

    // Version 5: the counts table.
    expect(await db.codingCounts.toArray()).toEqual([{ codeId: 'c1', docId: 'd1', coderId: 'u1', count: 1 }]);
    expect(await db.codings.toArray()).toEqual(v2.codings);
    db.close();
    await Dexie.delete(db.name);
  });

  test('a version 3 project opens in the latest version with every row exactly as it was, and its codings counted by index', async () => {
    const projectId = crypto.randomUUID();
    await writeVersion(projectId, 3, v3);
    const db = await openLatest(projectId);

    for (const [table, rows] of Object.entries(v3)) {
      const stored = await db.table(table).toArray();
      const key = (row: Record<string, unknown>) => String(row.id ?? row.docId ?? row.name);
      const sorted = (list: unknown[]) => [...(list as Array<Record<string, unknown>>)].sort((a, b) => key(a).localeCompare(key(b)));
      expect(sorted(stored), table).toEqual(sorted(rows));
    }
    // The rich-text body is kept, not rebuilt from the plain text.
    expect((await db.memos.get('m1'))?.body).toBe(v3.memos[0]!.body);
    expect((await db.codes.where('name').equals('pledge').first())?.inclusion).toBe('Future tense, concrete');

    // Version 5: counted over the codings version 3 wrote.
    expect(await db.codingCounts.toArray()).toEqual([{ codeId: 'c1', docId: 'd1', coderId: 'u1', count: 1 }]);
    db.close();
    await Dexie.delete(db.name);
  });

  test('a version 4 project opens in version 5 with its codings counted and the indexes a prefix serves dropped', async () => {
    const projectId = crypto.randomUUID();
    const codings = [
      ...['d1', 'd1', 'd2'].map((docId, i) => ({ ...v1.codings[0]!, id: `k${i}`, docId, start: i })),
      { ...v1.codings[0]!, id: 'k9', docId: 'd2', coderId: 'u2', start: 9 },
    ];
    await writeVersion(projectId, 4, { ...v3, codings });
    const db = await openLatest(projectId);
    const counts = await db.codingCounts.toArray();
    expect(counts).toEqual([
      { codeId: 'c1', docId: 'd1', coderId: 'u1', count: 2 },
      { codeId: 'c1', docId: 'd2', coderId: 'u1', count: 1 },
      { codeId: 'c1', docId: 'd2', coderId: 'u2', count: 1 },
    ]);
    const indexes = db.codings.schema.indexes.map((index) => index.name).sort();
    expect(indexes).toEqual(['[codeId+docId]', '[docId+coderId]', '[docId+start]', 'coderId']);
    // What the IndexedDB store itself holds, not just what Dexie declares.
    const idb = db.backendDB();
    expect([...idb.transaction('codings').objectStore('codings').indexNames].sort()).toEqual(indexes);
    expect(await db.codings.toArray()).toEqual(codings);
    db.close();
    await Dexie.delete(db.name);
  });
});

describe('schema upgrade to version 6 (analysis)', () => {
  test('a version 4 project opens with every row kept and an empty table of saved queries, which then keeps a query', async () => {
    const projectId = crypto.randomUUID();
    await writeVersion(projectId, 4, v3);
    const db = await openLatest(projectId);
    for (const [table, rows] of Object.entries(v3)) expect(await db.table(table).count(), table).toBe(rows.length);
    expect(await db.savedQueries.count()).toBe(0);
    const saved = { id: 'q1', name: 'Criticism, right', query: { ...EMPTY_RETRIEVE_QUERY, codeIds: ['c1'] }, createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z' };
    await db.savedQueries.add(saved);
    expect(await db.savedQueries.where('name').equals('Criticism, right').first()).toEqual(saved);
    db.close();
    await Dexie.delete(db.name);
  });
});

describe('schema upgrade from version 5', () => {
  test('a version 5 project opens with every row kept, its counts as stored, and the log whole', async () => {
    const projectId = crypto.randomUUID();
    const counts = [{ codeId: 'c1', docId: 'd1', coderId: 'u1', count: 1 }];
    const operations = [{ id: 'op1', at: '2026-02-01T00:00:00.000Z', coderId: 'u1', label: 'Code “pledge” applied', kind: 'change', changes: [{ table: 'codings', key: 'k1', before: null, after: v1.codings[0] }], docIds: ['d1'], codeIds: ['c1'] }];
    await writeVersion(projectId, 5, { ...v3, codingCounts: counts, operations });
    const db = await openLatest(projectId);
    for (const [table, rows] of Object.entries(v3)) expect(await db.table(table).count(), table).toBe(rows.length);
    expect(await db.codingCounts.toArray()).toEqual(counts);
    expect(await db.operations.where('docIds').equals('d1').toArray()).toEqual(operations);
    expect(await db.savedQueries.count()).toBe(0);
    db.close();
    await Dexie.delete(db.name);
  });
});
