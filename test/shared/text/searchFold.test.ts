import { describe, expect, test } from 'vitest';
import { foldForSearch, foldWithOffsets, originalRange } from '../../../shared/text/searchFold';

describe('foldForSearch', () => {
  test('ignores case and accents alike, whichever Unicode form the text is in', () => {
    expect(foldForSearch('Résumé')).toBe('resume');
    expect(foldForSearch('Re\u0301sume\u0301')).toBe('resume');
    expect(foldForSearch('ÉTAT')).toBe(foldForSearch('état'));
  });

  test('folds compatibility forms', () => {
    expect(foldForSearch('ﬁnd Ａ')).toBe('find a');
  });
});

describe('foldWithOffsets and originalRange', () => {
  const find = (text: string, needle: string) => {
    const folded = foldWithOffsets(text);
    const at = folded.folded.indexOf(needle);
    const [start, end] = originalRange(folded, at, at + needle.length);
    return text.slice(start, end);
  };

  test('a match maps back to the original passage, accents and astral characters included', () => {
    expect(foldWithOffsets('Cafe\u0301 😀 Ünd').folded).toBe('cafe 😀 und');
    expect(find('Cafe\u0301 😀 Ünd', 'und')).toBe('Ünd');
    expect(find('Cafe\u0301 😀 Ünd', 'cafe')).toBe('Cafe\u0301');
    expect(find('Cafe\u0301 😀 Ünd', '😀')).toBe('😀');
    expect(find('Le CAFÉ', 'café'.normalize('NFD').replace(/\p{M}/gu, ''))).toBe('CAFÉ');
  });

  test('a match ending inside one character\'s expansion covers the character', () => {
    expect(find('the ﬁnal', 'f')).toBe('ﬁ');
    expect(find('the ﬁnal', 'final')).toBe('ﬁnal');
  });

  test('ends with the original length', () => {
    const { folded, origin } = foldWithOffsets('Ärger');
    expect(origin[folded.length]).toBe(5);
  });
});
