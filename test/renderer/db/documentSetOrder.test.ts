// Document sets are listed as a researcher reads a list of names (the library, the filters, the
// analysis rows): case ignored, numbers by size, not by code point ("Zeta" before "alpha").
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSet, listDocumentSets, renameSet } from '../../../renderer/db/documentSets';
import { readAnalysisRows } from '../../../renderer/db/analysisRows';
import type { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { freshProject } from './projectDb';

const KIM = 'coder-kim';
let db: ProjectDatabase;
beforeEach(async () => {
  db = await freshProject();
});
afterEach(() => db.delete());

describe('the order of document sets', () => {
  test('alphabetical whatever the case, accents by their letter, numbers by size', async () => {
    for (const name of ['Zeta', 'Set 10', 'alpha', 'Set 2', 'Écoles', 'beta', 'Set 1']) await createSet(db, name, [], KIM);
    const expected = ['alpha', 'beta', 'Écoles', 'Set 1', 'Set 2', 'Set 10', 'Zeta'];
    expect((await listDocumentSets(db)).map((set) => set.name)).toEqual(expected);
    // What Retrieve and Compare read lists them in the same order.
    expect((await readAnalysisRows(db)).rows.sets.map((set) => set.name)).toEqual(expected);
  });

  test('a renamed set takes its place by its new name', async () => {
    const first = await createSet(db, 'apples', [], KIM);
    await createSet(db, 'bananas', [], KIM);
    await renameSet(db, { id: first.changes[0]!.key as string }, 'Cherries', KIM);
    expect((await listDocumentSets(db)).map((set) => set.name)).toEqual(['bananas', 'Cherries']);
  });
});
