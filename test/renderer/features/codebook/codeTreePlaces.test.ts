// Where the codebook tree says a code is (the place a screen reader reads out, what a search looks
// in) must be where the tree shows it, also in a corrupt project whose codes sit in a parent cycle.
import { describe, expect, test } from 'vitest';
import { treeRows } from '../../../../renderer/features/codebook/treeRows';
import { code } from '../../../shared/codebook/fixtures';

describe('the place the codebook tree gives each code', () => {
  test('a code in a parent cycle is read out under the parent it is shown under', () => {
    const rows = treeRows([code('a', 'alpha', 'b', 0), code('b', 'beta', 'a', 0)], new Set(), '');
    expect(rows.map((row) => [row.depth, row.code.name, row.path, row.parentPath])).toEqual([
      [0, 'alpha', 'alpha', null],
      [1, 'beta', 'alpha > beta', 'alpha'],
    ]);
  });

  test('a search for a name does not find the code it is not above', () => {
    const rows = treeRows([code('a', 'alpha', 'b', 0), code('b', 'beta', 'a', 0)], new Set(), 'beta');
    expect(rows.filter((row) => row.match).map((row) => row.code.name)).toEqual(['beta']);
  });
});
