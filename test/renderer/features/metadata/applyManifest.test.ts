// The press texts' manifest (test/fixtures/press) applied to the press texts: at import, and afterwards
// to the documents already in a project.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ImportedDocument } from '../../../../shared/ipc';
import { parseManifest } from '../../../../shared/library/manifest';
import { describeImportBatch, describeMatching, describeOverwritten } from '../../../../shared/library/manifestMatching';
import { overwrittenValues } from '../../../../shared/changes/overwrittenValues';
import { inverseOf } from '../../../../shared/changes/change';
import { toCanonicalText } from '../../../../shared/text/canonical';
import { addImportedDocuments, listDocuments } from '../../../../renderer/db/documents';
import { commitChange } from '../../../../renderer/db/changes';
import { manifestApplication } from '../../../../renderer/db/manifests';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { freshProject } from '../../db/projectDb';
import { PRESS_MANIFEST, pressPaths } from '../../../fixtures/press';

const manifest = parseManifest(readFileSync(PRESS_MANIFEST, 'utf8'), 'manifest.json');

/** The five texts as main would hand them over (title from the file name, no attributes). */
function corpusBatch(): ImportedDocument[] {
  return pressPaths().map((path, i) => {
    const fileName = basename(path);
    const sha = String(i).repeat(64);
    return { fileName, path, sha256: sha, storedName: `${sha}.txt`, format: 'txt' as const, title: fileName.replace(/\.txt$/, ''), text: toCanonicalText(readFileSync(path, 'utf8')), extraction: { encoding: 'UTF-8' } };
  });
}

let db: ProjectDatabase;
beforeEach(async () => {
  db = await freshProject();
});
afterEach(() => db.delete());

describe('the press texts with their manifest', () => {
  test('imported with the manifest: every document gets its title, and leaning, genre and year typed', async () => {
    const { documents, matching } = describeImportBatch(manifest, corpusBatch());
    expect(describeMatching(matching)).toEqual(['The manifest described 5 of 5 documents.']);
    await addImportedDocuments(db, documents);

    const docs = await listDocuments(db);
    expect(docs.map((d) => [d.title, d.attributes.leaning, d.attributes.genre, d.attributes.year])).toEqual([
      ['Candidate questionnaire: answers on a second term and on the 2017 pledges', 'subject', 'questionnaire', 2021],
      ['TV station news: the DA-elect met other big-city prosecutors', 'center', 'news', 2017],
      ['Critical profile: the donor-backed DA', 'right', 'profile', 2022],
      ['Local news: DA floats ending drug possession charges', 'center', 'news', 2019],
      ["Progressive magazine: the movement's win in the DA primary", 'left', 'opinion/news', 2017],
    ]);
    expect(await db.attributeDefinitions.toArray()).toEqual([
      { name: 'genre', type: 'text' },
      { name: 'leaning', type: 'text' },
      { name: 'notes', type: 'text' },
      { name: 'voice', type: 'text' },
      { name: 'year', type: 'number' },
    ]);
  });

  test('applied afterwards: one undoable operation, and the documents it did not describe are named', async () => {
    await addImportedDocuments(db, [...corpusBatch(), { ...corpusBatch()[0]!, fileName: 'interview.txt', sha256: 'f'.repeat(64), title: 'interview' }]);
    const before = await listDocuments(db);
    const application = await manifestApplication(db, manifest, 'manifest.json');
    expect(describeMatching(application.matching)).toEqual([
      'The manifest described 5 of 6 documents.',
      'No manifest entry for 1 document: interview.txt.',
    ]);
    const operation = await commitChange(db, application.change, { coderId: 'c' });
    expect(operation.label).toBe('Manifest “manifest.json” applied');
    expect(operation.docIds).toHaveLength(5);

    const after = await listDocuments(db);
    expect(after.filter((d) => d.attributes.leaning === 'center').map((d) => d.fileName)).toEqual(['01-station-news.txt', '03-gazette-news.txt']);
    expect(after[5]).toEqual(before[5]);
    expect((await db.attributeDefinitions.get('year'))?.type).toBe('number');

    await commitChange(db, inverseOf(operation), { coderId: 'c', kind: 'undo', reverses: operation.id });
    expect(await listDocuments(db)).toEqual(before);
    expect(await db.attributeDefinitions.count()).toBe(0);
  });

  test('applied over values already there: the report says how many were replaced, that a backup came first and that Undo brings them back', async () => {
    await addImportedDocuments(db, corpusBatch());
    const first = await manifestApplication(db, manifest, 'manifest.json');
    // The titles taken from file names are values too: the manifest's replace them.
    expect(describeOverwritten(overwrittenValues(first.change), 'Ctrl+Z')).toEqual([
      '5 values already in the project were replaced; a backup was taken first, and Undo (Ctrl+Z) brings them back.',
    ]);
    await commitChange(db, first.change, { coderId: 'c' });

    const changed = parseManifest(readFileSync(PRESS_MANIFEST, 'utf8').replace('"leaning": "left"', '"leaning": "far left"'), 'manifest.json');
    // Applied again unchanged, it replaces nothing, and says nothing about it.
    expect(describeOverwritten(overwrittenValues((await manifestApplication(db, manifest, 'manifest.json')).change), 'Ctrl+Z')).toEqual([]);
    const second = await manifestApplication(db, changed, 'manifest.json');
    expect(describeOverwritten(overwrittenValues(second.change), 'Ctrl+Z')).toEqual([
      '1 value already in the project was replaced; a backup was taken first, and Undo (Ctrl+Z) brings it back.',
    ]);
  });

  test('at import, a manifest value its attribute cannot hold is left out and told to the import’s report', async () => {
    await db.attributeDefinitions.add({ name: 'year', type: 'number' });
    const oddYear = parseManifest('file,year\n01-station-news.txt,circa 2017\n00-candidate-questionnaire.txt,2021\n', 'years.csv');
    const unfit: Array<{ fileName: string; attribute: string; value: unknown }> = [];
    await addImportedDocuments(db, describeImportBatch(oddYear, corpusBatch()).documents, { onUnfit: (values) => unfit.push(...values) });
    expect(unfit.map((u) => [u.fileName, u.attribute, u.value])).toEqual([['01-station-news.txt', 'year', 'circa 2017']]);
    expect((await listDocuments(db)).find((d) => d.title.includes('station'))?.attributes.year).toBeUndefined();
  });

  test('an attribute the project already declares keeps its type: a manifest’s text in a number column is not set, and is listed', async () => {
    await addImportedDocuments(db, corpusBatch());
    await db.attributeDefinitions.add({ name: 'year', type: 'number' });
    const oddYear = parseManifest('file,year\n01-station-news.txt,circa 2017\n00-candidate-questionnaire.txt,2021\n', 'years.csv');
    const application = await manifestApplication(db, oddYear, 'years.csv');
    await commitChange(db, application.change, { coderId: 'c' });
    const docs = await listDocuments(db);
    // Stored as text, "circa 2017" would sort, filter and export as no year at all under a number column.
    expect(docs.slice(0, 2).map((d) => d.attributes.year)).toEqual([2021, undefined]);
    expect(application.matching.unfitValues?.map((u) => [u.fileName, u.attribute, u.value])).toEqual([['01-station-news.txt', 'year', 'circa 2017']]);
  });
});
