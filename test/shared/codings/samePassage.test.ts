import { describe, expect, test } from 'vitest';
import { passageKey, sameCoding, samePassage } from '../../../shared/codings/samePassage';
import { mergeCodesChange } from '../../../shared/codebook/codeMerge';
import { code, coding, counter } from '../codebook/fixtures';

describe('the same passage', () => {
  test('is the same document, the same offsets and the same coder; the code does not matter', () => {
    const a = coding('a', 'pledge', 'd1', 4, 20);
    expect(samePassage(a, coding('b', 'claim', 'd1', 4, 20))).toBe(true);
    expect(samePassage(a, coding('b', 'pledge', 'd2', 4, 20))).toBe(false);
    expect(samePassage(a, coding('b', 'pledge', 'd1', 4, 21))).toBe(false);
    expect(samePassage(a, coding('b', 'pledge', 'd1', 4, 20, 'k2'))).toBe(false);
    expect(passageKey(a)).toBe(passageKey(coding('b', 'claim', 'd1', 4, 20)));
  });

  test('the coding screen refuses a second coding of it with the same code, and a merge collapses one, by the same rule', () => {
    const codings = [coding('a', 'pledge', 'd1', 4, 20), coding('b', 'claim', 'd1', 4, 20)];
    expect(sameCoding(codings, { docId: 'd1', codeId: 'pledge', start: 4, end: 20, coderId: 'k1' })?.id).toBe('a');
    expect(sameCoding(codings, { docId: 'd1', codeId: 'pledge', start: 4, end: 20, coderId: 'k1' }, 'a')).toBeUndefined();
    const merged = mergeCodesChange([code('pledge', 'pledge', null, 0), code('claim', 'claim', null, 1)], codings, [], 'claim', 'pledge', counter());
    expect([merged.moved, merged.collapsed]).toEqual([0, 1]);
  });
});
