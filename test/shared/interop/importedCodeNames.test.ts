// A code name from another tool's project becomes one Framewise accepts, and keeps its subcodes'
// paths readable one way: the path separator " > " is a dash inside a name and goes at its end.
import { describe, expect, test } from 'vitest';
import { codeName } from '../../../shared/interop/importCodebook';
import { checkCodeName } from '../../../shared/codebook/codeNames';

describe('code names from another tool', () => {
  test.each([
    ['Economy > Jobs', 'Economy – Jobs'],
    // Two separators sharing a space: no " >" is left between words.
    ['a > > b', 'a – – b'],
    // At the end, a separator would read as one in the paths of the code's subcodes.
    ['income >', 'income'],
    ['income > >', 'income'],
    ['income >.', 'income'],
    // Names that only look close stay as they are.
    ['U.S.', 'U.S.'],
    ['> quoted reply', '> quoted reply'],
    ['a>b', 'a>b'],
  ])('“%s” becomes “%s”, a name the codebook accepts', (from, to) => {
    expect(codeName(from)).toBe(to);
    expect(checkCodeName(codeName(from))).toBe(to);
  });
});
