// Each schema version upgrades the data written by the one before: projects written by an older
// Framewise open in the new one with nothing lost.
import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { LATEST_VERSION, ProjectDatabase } from '../../../renderer/db/projectDatabase';

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

async function writeVersion1(projectId: string): Promise<void> {
  const old = new ProjectDatabase(projectId, undefined, 1);
  await old.open();
  expect(old.verno).toBe(1);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(v1)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

describe('schema upgrades', () => {
  test('a version 1 project opens in the latest version with every row kept and the new fields filled', async () => {
    const projectId = crypto.randomUUID();
    await writeVersion1(projectId);
    const db = new ProjectDatabase(projectId);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);

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

    // Version 4: codings are counted per document and coder, and per code and coder, by index.
    expect(await db.codings.where('[docId+coderId]').equals(['d1', 'u1']).count()).toBe(1);
    expect(await db.codings.where('[codeId+coderId+docId]').equals(['c1', 'u1', 'd1']).count()).toBe(1);

    // Untouched tables come through as they were.
    expect(await db.codings.toArray()).toEqual(v1.codings);
    expect(await db.texts.toArray()).toEqual(v1.texts);
    expect(await db.coders.toArray()).toEqual(v1.coders);
    db.close();
    await Dexie.delete(db.name);
  });
});
