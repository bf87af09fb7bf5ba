import { describe, expect, test } from 'vitest';
import { deleteSavedQueryChange, saveQueryChange, savedQueryNameProblem } from '../../../shared/changes/savedQueryChanges';
import { EMPTY_RETRIEVE_QUERY } from '../../../shared/retrieve/retrieveQuery';
import type { SavedQueryRecord } from '../../../shared/retrieve/savedQueryRecord';

const minting = { newId: () => 'q-new', now: '2026-03-02T00:00:00.000Z' };
const criticism = { ...EMPTY_RETRIEVE_QUERY, codeIds: ['c-criticism'] };

describe('saved query changes', () => {
  test('a new name creates a saved query holding the query under that name', () => {
    const change = saveQueryChange('  Criticism, right  ', criticism, [], minting);
    expect(change.label).toBe('Query “Criticism, right” saved');
    expect(change.changes).toEqual([
      { table: 'savedQueries', key: 'q-new', before: null, after: { id: 'q-new', name: 'Criticism, right', query: { ...criticism, name: 'Criticism, right' }, createdAt: minting.now, updatedAt: minting.now } },
    ]);
  });

  test('a name already used (case ignored) replaces that query, keeping its id and creation time', () => {
    const old: SavedQueryRecord = { id: 'q1', name: 'Criticism', query: { ...EMPTY_RETRIEVE_QUERY, name: 'Criticism' }, createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z' };
    const change = saveQueryChange('criticism', criticism, [old], minting);
    expect(change.changes).toEqual([{ table: 'savedQueries', key: 'q1', before: old, after: { ...old, name: 'criticism', query: { ...criticism, name: 'criticism' }, updatedAt: minting.now } }]);
    expect(deleteSavedQueryChange(old).changes).toEqual([{ table: 'savedQueries', key: 'q1', before: old, after: null }]);
  });

  test('a name is required and kept short', () => {
    expect(savedQueryNameProblem('   ')).toBe('Give the query a name.');
    expect(savedQueryNameProblem('x'.repeat(201))).toBe('Keep the name under 200 characters.');
    expect(savedQueryNameProblem('Criticism')).toBeNull();
  });
});
