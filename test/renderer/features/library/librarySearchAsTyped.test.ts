// The library's search finds a document by a phrase as the researcher types it, whatever the text's
// line breaks and typography: a phrase wrapped onto the next line, "don't" for "don’t".
import { afterEach, beforeEach, expect, test } from 'vitest';
import { addImportedDocuments, listDocuments } from '../../../../renderer/db/documents';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { TextSearch } from '../../../../renderer/features/library/textSearch';
import { freshProject } from '../../db/projectDb';
import { importedDocument } from '../../../fixtures/importedDocument';

let db: ProjectDatabase;
beforeEach(async () => {
  db = await freshProject();
  await addImportedDocuments(db, [
    importedDocument('Transcript 4', { text: 'R: The cash\nbail reform hurt us.\n\nI: Why?\nR: I don’t know, the well‑being of   families.' }),
    importedDocument('Editorial', { text: 'Bail was set at “$5,000”.' }),
  ]);
});
afterEach(() => db.delete());

async function titles(query: string): Promise<string[]> {
  const docs = await listDocuments(db);
  return [...(await new TextSearch(db).search(query, docs))].map((id) => docs.find((d) => d.id === id)!.title);
}

test('finds a phrase the text breaks onto the next line or spaces widely', async () => {
  expect(await titles('cash bail reform')).toEqual(['Transcript 4']);
  expect(await titles('cash  bail')).toEqual(['Transcript 4']);
  expect(await titles('of families')).toEqual(['Transcript 4']);
  expect(await titles('us. I: why')).toEqual(['Transcript 4']);
});

test('finds curly apostrophes, quotes and other hyphens from the plain ones typed', async () => {
  expect(await titles("don't know")).toEqual(['Transcript 4']);
  expect(await titles('well-being')).toEqual(['Transcript 4']);
  expect(await titles('"$5,000"')).toEqual(['Editorial']);
});
