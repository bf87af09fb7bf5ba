// A set's name as the researcher types it: one that only looks different from another set's (another
// case, an accent typed as a letter and a combining mark) is the same name, and a name with nothing
// visible in it is no name.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DocumentSetRecord } from '../../../shared/model';
import { createSet, listDocumentSets, renameSet, setNameProblem } from '../../../renderer/db/documentSets';
import type { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { freshProject } from './projectDb';

const KIM = 'coder-kim';
const CAFE_COMPOSED = 'Caf\u00e9 owners';
const CAFE_DECOMPOSED = 'Cafe\u0301 owners';
const set = (id: string, name: string): DocumentSetRecord => ({ id, name, docIds: [], createdAt: '2024-01-01T00:00:00.000Z' });

describe('which set names are refused', () => {
  test('an accent typed as a combining mark names the same set as the accented letter', () => {
    expect(setNameProblem(CAFE_DECOMPOSED, [set('s1', CAFE_COMPOSED)])).toBe(`There is already a set called “${CAFE_COMPOSED}”.`);
    expect(setNameProblem(CAFE_COMPOSED.toUpperCase(), [set('s1', CAFE_DECOMPOSED)])).not.toBeNull();
  });

  test('a name of only invisible characters (zero-width spaces, joiners) is no name', () => {
    expect(setNameProblem('\u200b\u2060 \u00a0', [])).toBe('Give the set a name.');
  });

  test('emoji, CJK and right-to-left names are names', () => {
    for (const name of ['🌍 climate', '気候', 'مصادر يسارية']) expect(setNameProblem(name, [set('s1', 'other')]), name).toBeNull();
  });
});

describe('the name stored', () => {
  let db: ProjectDatabase;
  beforeEach(async () => {
    db = await freshProject();
  });
  afterEach(() => db.delete());

  test('is written in composed form, whichever form was typed, when created and when renamed', async () => {
    const created = await createSet(db, ` ${CAFE_DECOMPOSED} `, [], KIM);
    expect((await listDocumentSets(db)).map((s) => s.name)).toEqual([CAFE_COMPOSED]);
    await renameSet(db, { id: created.changes[0]!.key as string }, 'Cre\u0300che parents', KIM);
    expect((await listDocumentSets(db)).map((s) => s.name)).toEqual(['Cr\u00e8che parents']);
  });
});
