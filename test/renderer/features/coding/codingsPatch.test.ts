import { describe, expect, test } from 'vitest';
import { patchCodings } from '../../../../renderer/features/coding/codingsPatch';
import type { CodeRecord, CodingRecord } from '../../../../shared/model';

const coding = (id: string, docId: string, start: number, codeId = 'c'): CodingRecord => ({
  id,
  docId,
  codeId,
  start,
  end: start + 3,
  quote: 'abc',
  prefix: '',
  suffix: '',
  coderId: 'k',
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('patching a document’s codings with a committed operation', () => {
  const rows = [coding('a', 'd', 0), coding('b', 'd', 10)];

  test('a new coding goes in text order', () => {
    const patched = patchCodings(rows, 'd', [{ table: 'codings', key: 'n', before: null, after: coding('n', 'd', 5) }]);
    expect(patched?.map((c) => c.id)).toEqual(['a', 'n', 'b']);
  });

  test('a removed coding goes, a recoded or moved one is replaced where it now belongs', () => {
    const patched = patchCodings(rows, 'd', [
      { table: 'codings', key: 'a', before: rows[0]!, after: null },
      { table: 'codings', key: 'b', before: rows[1]!, after: { ...coding('b', 'd', 1), codeId: 'other' } },
    ]);
    expect(patched).toEqual([{ ...coding('b', 'd', 1), codeId: 'other' }]);
  });

  test('equal starts keep the index order (by id), as the database returns them', () => {
    const patched = patchCodings(rows, 'd', [{ table: 'codings', key: 'A', before: null, after: coding('A', 'd', 10) }]);
    expect(patched?.map((c) => c.id)).toEqual(['a', 'A', 'b']);
  });

  test('changes to other documents or other tables leave the list alone', () => {
    expect(patchCodings(rows, 'd', [{ table: 'codings', key: 'x', before: null, after: coding('x', 'other', 1) }])).toBeNull();
    expect(patchCodings(rows, 'd', [{ table: 'codes', key: 'c', before: null, after: { id: 'c' } as CodeRecord }])).toBeNull();
  });
});
