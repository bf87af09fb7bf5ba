import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addImportedDocuments, documentText, knownSha256, listDocuments } from '../../../renderer/db/documents';
import type { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { freshProject } from './projectDb';
import { importedDocument } from '../../fixtures/importedDocument';

let db: ProjectDatabase;
beforeEach(async () => {
  db = await freshProject();
});
afterEach(() => db.delete());

describe('documents', () => {
  test('a batch is added after the documents already there, in the order it came', async () => {
    await addImportedDocuments(db, [importedDocument('a', { text: 'one two' })]);
    await addImportedDocuments(db, [importedDocument('b', { text: 'three' }), importedDocument('c', { text: 'four five six' })]);
    const docs = await listDocuments(db);
    expect(docs.map((d) => [d.title, d.order, d.words])).toEqual([
      ['a', 0, 2],
      ['b', 1, 1],
      ['c', 2, 3],
    ]);
    expect(await documentText(db, docs[2]!.id)).toBe('four five six');
    expect((await knownSha256(db)).sort()).toEqual(docs.map((d) => d.sha256).sort());
  });

  test('the word count main made while extracting is used as is, not made again here; a document without one is counted here', async () => {
    // A count that differs from the text's shows which one was stored.
    await addImportedDocuments(db, [{ ...importedDocument('a', { text: 'one two three' }), words: 3000 }, importedDocument('b', { text: 'four five' })]);
    expect((await listDocuments(db)).map((d) => [d.title, d.words])).toEqual([
      ['a', 3000],
      ['b', 2],
    ]);
  });

  test('attributes are typed by the hints too, so a manifest’s column gets one type however the import is split into batches', async () => {
    const withYear = (name: string, year: string) => importedDocument(name, { text: 'text', attributes: { year } });
    const hints = [{ year: '2017', outlet: 'Daily' }, { year: '2018' }, { year: 'unknown' }];
    await addImportedDocuments(db, [withYear('a', '2017')], { typeHints: hints });
    await addImportedDocuments(db, [withYear('b', '2018')], { typeHints: hints });
    // Typed as text by all of the column's values, although the first batch held only a number.
    expect(await db.attributeDefinitions.toArray()).toEqual([{ name: 'year', type: 'text' }]);
    expect((await listDocuments(db)).map((d) => d.attributes)).toEqual([{ year: '2017' }, { year: '2018' }]);
    // Without hints, a batch's own values type it.
    const other = await freshProject();
    await addImportedDocuments(other, [withYear('a', '2017')]);
    expect(await other.attributeDefinitions.toArray()).toEqual([{ name: 'year', type: 'number' }]);
    await other.delete();
  });

  test('content already in the project is not added twice, even if main did not know it', async () => {
    await addImportedDocuments(db, [importedDocument('a', { text: 'one' })]);
    const added = await addImportedDocuments(db, [importedDocument('a', { text: 'one' }), importedDocument('b', { text: 'two' })]);
    expect(added.map((d) => d.title)).toEqual(['b']);
    expect(await db.documents.count()).toBe(2);
  });

  test('a failing batch adds nothing: the documents already there are unchanged', async () => {
    await addImportedDocuments(db, [importedDocument('a', { text: 'one' })]);
    const before = await listDocuments(db);
    const broken = { ...importedDocument('b', { text: 'two' }), text: undefined as unknown as string };
    await expect(addImportedDocuments(db, [importedDocument('c', { text: 'three' }), broken])).rejects.toThrow();
    expect(await listDocuments(db)).toEqual(before);
    expect(await db.texts.count()).toBe(1);
  });
});
