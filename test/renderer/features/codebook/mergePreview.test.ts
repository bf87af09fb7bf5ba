// What the merge dialog reads off the merge for each subcode, on the trees where the merge's own rule
// decides: merging a code into its parent, and a codebook where the code has nothing to merge into.
import { describe, expect, test } from 'vitest';
import { subcodeFates } from '../../../../renderer/features/codebook/mergePreview';
import { code } from '../../../shared/codebook/fixtures';

const said = (fates: ReturnType<typeof subcodeFates>) => fates.map((f) => `${f.code.id} ${f.kind} ${f.to.id}`);

describe('the subcodes of a merged code', () => {
  test('merged into its own parent, a subcode named like one of the parent’s other subcodes merges into it', () => {
    const codes = [code('t', 'topics', null, 0), code('x', 'claims', 't', 0), code('xy', 'rents', 'x', 0), code('xz', 'supply', 'x', 1), code('y', 'Rents', 't', 1)];
    expect(said(subcodeFates(codes, 'x', 't'))).toEqual(['xy merges y', 'xz moves t']);
  });

  test('a subcode named like the merged code itself moves, since the merged code goes', () => {
    const codes = [code('t', 'topics', null, 0), code('x', 'claims', 't', 0), code('xx', 'claims', 'x', 0)];
    expect(said(subcodeFates(codes, 'x', 't'))).toEqual(['xx moves t']);
  });

  test('the subcodes of a subcode that moves go with it and are not listed', () => {
    const codes = [code('t', 'topics', null, 0), code('x', 'claims', null, 1), code('xa', 'pledges', 'x', 0), code('xab', 'dated', 'xa', 0)];
    expect(said(subcodeFates(codes, 'x', 't'))).toEqual(['xa moves t']);
  });
});
