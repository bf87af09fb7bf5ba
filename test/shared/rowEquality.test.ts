import { describe, expect, test } from 'vitest';
import { sameRow } from '../../shared/rowEquality';
import { RowDraft } from '../../shared/changes/rowDraft';
import type { CodeRecord } from '../../shared/model';

describe('row equality, one definition for undo, document edits and the codebook', () => {
  test('rows equal in value are the same row, whatever the order of their keys; a key holding undefined counts as absent', () => {
    expect(sameRow({ id: 'd1', attributes: { year: 2017, leaning: 'left' } }, { attributes: { leaning: 'left', year: 2017 }, id: 'd1' })).toBe(true);
    expect(sameRow({ id: 'd1', note: undefined }, { id: 'd1' })).toBe(true);
    expect(sameRow(undefined, null)).toBe(true);
  });

  test('a difference deep inside a row is a difference', () => {
    expect(sameRow({ id: 'd1', attributes: { year: 2017 } }, { id: 'd1', attributes: { year: 2018 } })).toBe(false);
    expect(sameRow({ docIds: ['a', 'b'] }, { docIds: ['b', 'a'] })).toBe(false);
    expect(sameRow({ id: 'd1' }, null)).toBe(false);
    expect(sameRow({ at: new Date(0) }, { at: new Date(1) })).toBe(false);
  });

  test('the codebook’s change builder leaves out a row written back with equal values, and keeps one changed deep inside', () => {
    const code = { id: 'c1', name: 'pledge', color: '#2563eb', parentId: null, order: 0, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '' };
    // A field holding structured data (as a later version may add) compares by value, not by identity.
    const withTags = { ...code, tags: ['housing'] } as CodeRecord;
    const draft = new RowDraft({ codes: [withTags], codings: [], memos: [] });
    draft.put('codes', { ...withTags, tags: ['housing'] } as CodeRecord);
    expect(draft.toChange('Nothing').changes).toEqual([]);
    draft.put('codes', { ...withTags, tags: ['rent'] } as CodeRecord);
    expect(draft.toChange('Tagged').changes).toHaveLength(1);
  });
});
