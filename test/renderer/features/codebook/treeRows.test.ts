import { describe, expect, test } from 'vitest';
import { rowAfterDeleting, treeRows } from '../../../../renderer/features/codebook/treeRows';
import type { CodeRecord } from '../../../../shared/model';

const code = (id: string, name: string, parentId: string | null, order: number, definition = ''): CodeRecord => ({
  id,
  name,
  color: '#000000',
  parentId,
  order,
  definition,
  inclusion: '',
  exclusion: '',
  example: '',
  createdAt: '',
});
const codes = [
  code('f', 'framing', null, 0),
  code('e', 'economy', 'f', 0, 'Jobs and prices'),
  code('j', 'jobs', 'e', 0),
  code('s', 'security', 'f', 1),
  code('p', 'pledge', null, 1),
];
const shown = (rows: ReturnType<typeof treeRows>) => rows.map((r) => `${r.depth}:${r.code.name}:${r.position}/${r.siblings}:${r.key ?? '-'}${r.match ? '' : ':context'}`);

describe('the rows of the codebook tree', () => {
  test('every code in tree order, with its place among its siblings and its key', () => {
    expect(shown(treeRows(codes, new Set(), ''))).toEqual(['0:framing:1/2:1', '1:economy:1/2:2', '2:jobs:1/1:3', '1:security:2/2:4', '0:pledge:2/2:5']);
  });

  test('a collapsed code hides its whole branch; keys stay with their codes', () => {
    expect(shown(treeRows(codes, new Set(['f']), ''))).toEqual(['0:framing:1/2:1', '0:pledge:2/2:5']);
  });

  test('a search shows the matching codes with their ancestors for context, even inside collapsed codes', () => {
    expect(shown(treeRows(codes, new Set(['f', 'e']), 'JOB'))).toEqual(['0:framing:1/1:1:context', '1:economy:1/1:2', '2:jobs:1/1:3']);
    expect(shown(treeRows(codes, new Set(), 'framing > sec'))).toEqual(['0:framing:1/1:1:context', '1:security:1/1:4']);
  });

  test('a search ignores accents as every search does, in names and in definitions', () => {
    const accented = [code('r', 'Résumé', null, 0), code('d', 'données', null, 1, 'Prix à la hausse')];
    expect(shown(treeRows(accented, new Set(), 'resume'))).toEqual(['0:Résumé:1/1:1']);
    expect(shown(treeRows(accented, new Set(), 'PRIX A LA'))).toEqual(['0:données:1/1:2']);
  });
});

describe('where the focus goes when a code is deleted', () => {
  const rows = treeRows(codes, new Set(), '');
  test('to the next row outside the deleted branch; the first code too', () => {
    expect(rowAfterDeleting(rows, 'f')).toBe('p');
    expect(rowAfterDeleting(rows, 'e')).toBe('s');
    expect(rowAfterDeleting(rows, 'j')).toBe('s');
  });

  test('to the row before when it was the last, and nowhere when none is left', () => {
    expect(rowAfterDeleting(rows, 'p')).toBe('s');
    expect(rowAfterDeleting(treeRows([code('x', 'only', null, 0)], new Set(), ''), 'x')).toBeNull();
  });
});
