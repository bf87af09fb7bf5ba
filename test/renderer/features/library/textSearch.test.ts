import { afterEach, beforeEach, expect, test } from 'vitest';
import { addImportedDocuments, deleteDocuments, listDocuments } from '../../../../renderer/db/documents';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { TextSearch } from '../../../../renderer/features/library/textSearch';
import { freshProject } from '../../db/projectDb';
import { importedDocument } from '../../../fixtures/importedDocument';

let db: ProjectDatabase;
beforeEach(async () => {
  db = await freshProject();
  await addImportedDocuments(db, [
    importedDocument('Courier: jail population', { text: 'The État pledged to cut the jail population by 30%.' }),
    importedDocument('Ledger', { text: 'Homicides rose in 2021.' }),
    importedDocument('Questionnaire', { text: 'We will expand diversion programs.' }),
  ]);
});
afterEach(() => db.delete());

test('finds documents by title or by text, ignoring case and Unicode form', async () => {
  const search = new TextSearch(db);
  const docs = await listDocuments(db);
  const titles = async (query: string) => [...(await search.search(query, docs))].map((id) => docs.find((d) => d.id === id)!.title);
  expect(await titles('JAIL')).toEqual(['Courier: jail population']);
  expect(await titles('homicides rose')).toEqual(['Ledger']);
  expect(await titles('e\u0301tat')).toEqual(['Courier: jail population']);
  expect(await titles('ledger')).toEqual(['Ledger']);
  expect(await titles('absent phrase')).toEqual([]);
  expect(await titles('  ')).toHaveLength(3);
});

test('finds documents whatever their accents, as memo and code searches do', async () => {
  const search = new TextSearch(db);
  const docs = await listDocuments(db);
  expect([...(await search.search('etat pledged', docs))].map((id) => docs.find((d) => d.id === id)!.title)).toEqual(['Courier: jail population']);
});

test('a deleted document is no longer found; a new one is', async () => {
  const search = new TextSearch(db);
  let docs = await listDocuments(db);
  expect((await search.search('will', docs)).size).toBe(1);
  await deleteDocuments(db, [docs[2]!.id], 'coder-1');
  await addImportedDocuments(db, [importedDocument('Speech', { text: 'I will run again.' })]);
  docs = await listDocuments(db);
  expect([...(await search.search('will', docs))].map((id) => docs.find((d) => d.id === id)!.title)).toEqual(['Speech']);
});
