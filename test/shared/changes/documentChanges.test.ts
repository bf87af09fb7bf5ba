import { describe, expect, test } from 'vitest';
import type { ImportedDocument } from '../../../shared/ipc';
import { deleteDocumentsChange, importDocumentsChange } from '../../../shared/changes/documentChanges';
import { counter } from '../codebook/fixtures';

function imported(name: string, extra: Partial<ImportedDocument> = {}): ImportedDocument {
  const sha = name.padEnd(64, '0');
  return { fileName: `${name}.txt`, path: `/x/${name}.txt`, sha256: sha, storedName: `${sha}.txt`, format: 'txt', title: name, text: `Text of ${name}.`, extraction: {}, ...extra };
}

const fresh = { firstOrder: 0, definitions: new Map() };

describe('adding documents as a change', () => {
  test('each document after those already there, with minted ids and time; texts beside the logged rows', () => {
    const { change, documents } = importDocumentsChange([imported('a'), imported('b', { words: 7 })], { ...fresh, firstOrder: 3 }, counter('doc'));
    expect(documents.map((d) => [d.id, d.order, d.words, d.importedAt])).toEqual([
      ['doc1', 3, 3, '2026-02-01T00:00:00.000Z'],
      ['doc2', 4, 7, '2026-02-01T00:00:00.000Z'],
    ]);
    expect(change.changes.map((c) => [c.table, c.key])).toEqual([
      ['documents', 'doc1'],
      ['documents', 'doc2'],
    ]);
    expect(change.texts).toEqual([
      { docId: 'doc1', text: 'Text of a.' },
      { docId: 'doc2', text: 'Text of b.' },
    ]);
  });

  test('a project file or a REFI-QDA source keeps its ids and times', () => {
    const given = { ...imported('a'), id: 'guid-1', importedAt: '2019-01-01T00:00:00.000Z' };
    const { documents } = importDocumentsChange([given], fresh, counter());
    expect(documents.map((d) => [d.id, d.importedAt])).toEqual([['guid-1', '2019-01-01T00:00:00.000Z']]);
  });

  test('content already in the project, or twice in the batch, is left out', () => {
    const { documents } = importDocumentsChange([imported('a'), imported('b'), imported('b')], { ...fresh, knownSha256: new Set([imported('a').sha256]) }, counter());
    expect(documents.map((d) => d.title)).toEqual(['b']);
  });

  test('new attributes are declared, typed by the batch and the hints; known ones keep their type', () => {
    const batch = [imported('a', { attributes: { year: '2017', leaning: 'left' } }), imported('b', { attributes: { year: '2018', leaning: 'right' } })];
    const { change, documents } = importDocumentsChange(batch, { ...fresh, definitions: new Map([['leaning', 'text' as const]]), typeHints: [{ year: 'unknown' }] }, counter());
    expect(change.changes.filter((c) => c.table === 'attributeDefinitions').map((c) => c.after)).toEqual([{ name: 'year', type: 'text' }]);
    expect(documents.map((d) => d.attributes)).toEqual([
      { year: '2017', leaning: 'left' },
      { year: '2018', leaning: 'right' },
    ]);
  });
});

describe('deleting documents as a change', () => {
  test('what points to a document goes before it, sets keep their other members, and the texts go beside the log', () => {
    const [doc] = importDocumentsChange([imported('a')], fresh, counter('d')).documents;
    const coding = { id: 'c1', docId: 'd1', codeId: 'k', start: 0, end: 4, quote: 'Text', prefix: '', suffix: '', coderId: 'k1', createdAt: '' };
    const memo = { id: 'm1', targetType: 'coding' as const, targetId: 'c1', body: '', text: 'why', coderId: 'k1', createdAt: '', updatedAt: '' };
    const set = { id: 's1', name: 'Left', docIds: ['d1', 'd9'], createdAt: '' };
    const change = deleteDocumentsChange([doc!], [coding], [memo], [set]);
    expect(change.label).toBe('Document “a” deleted, with 1 coding and 1 memo');
    expect(change.changes.map((c) => [c.table, c.key, c.after === null ? 'deleted' : 'kept'])).toEqual([
      ['memos', 'm1', 'deleted'],
      ['codings', 'c1', 'deleted'],
      ['documentSets', 's1', 'kept'],
      ['documents', 'd1', 'deleted'],
    ]);
    expect(change.changes[2]!.after).toEqual({ ...set, docIds: ['d9'] });
    expect(change.texts).toEqual([{ docId: 'd1', text: null }]);
  });
});

describe('the attributes imported documents bring', () => {
  test('a column whose name differs only in case sets the project’s attribute, under its stored spelling', () => {
    const batch = [imported('a', { attributes: { Leaning: 'right', Wave: '1' } }), imported('b', { attributes: { wave: '2' } })];
    const { change, documents } = importDocumentsChange(batch, { ...fresh, definitions: new Map([['leaning', 'text' as const]]) }, counter());
    expect(change.changes.filter((c) => c.table === 'attributeDefinitions').map((c) => c.after)).toEqual([{ name: 'Wave', type: 'number' }]);
    expect(documents.map((d) => d.attributes)).toEqual([{ leaning: 'right', Wave: 1 }, { Wave: 2 }]);
  });

  test('a value that does not fit a known attribute’s type is left out and returned, naming the document', () => {
    const batch = [imported('a', { attributes: { verified: 'yes', age: 'n/a' } })];
    const definitions = new Map([['verified', 'boolean' as const], ['age', 'number' as const]]);
    const { documents, unfitValues } = importDocumentsChange(batch, { ...fresh, definitions }, counter());
    expect(documents[0]?.attributes).toEqual({ verified: true });
    expect(unfitValues).toEqual([{ fileName: 'a.txt', attribute: 'age', value: 'n/a', type: 'number' }]);
  });
});
