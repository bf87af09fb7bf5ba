// The code tree of a codebook nested far deeper than any researcher would nest it, as a generated or
// mistaken file can make it: every screen lists the codes through codeTree, so it must not fail.
import { describe, expect, test } from 'vitest';
import { codeTree, descendantIds } from '../../../shared/codebook/codeTree';
import { code } from './fixtures';

const chain = (levels: number) => Array.from({ length: levels }, (_, i) => code(`d${i}`, `level ${i}`, i === 0 ? null : `d${i - 1}`, 0));

describe('a codebook nested thousands of levels deep', () => {
  test('is listed whole, each code one level under the one before', () => {
    const entries = codeTree(chain(20_000));
    expect(entries).toHaveLength(20_000);
    expect(entries.at(-1)).toMatchObject({ depth: 19_999, parentId: 'd19998' });
    expect(descendantIds(chain(20_000), 'd19990')).toHaveLength(9);
  });
});
