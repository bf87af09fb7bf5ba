// "Find in document" finds a phrase as every other search in Framewise does: case and accents ignored,
// whichever Unicode form the text was stored in, and selects the passage as stored.
import { describe, expect, test } from 'vitest';
import { findInText } from '../../../../renderer/features/coding/findInText';
import { foldTextWithOffsets } from '../../../../shared/search/foldText';

const find = (text: string, query: string, from = 0) => {
  const found = findInText(text, foldTextWithOffsets(text), query, from);
  return found ? text.slice(found.start, found.end) : null;
};

describe('finding a phrase in the open document', () => {
  test('case and accents are ignored, as in the library’s and the corpus’s search', () => {
    expect(find('Her Résumé was short.', 'resume')).toBe('Résumé');
    expect(find('Le CAFÉ était fermé.', 'café')).toBe('CAFÉ');
    expect(find('Η ΟΔΟΣ ήταν κλειστή.', 'οδος')).toBe('ΟΔΟΣ');
  });

  test('an accent stored as a combining mark is found from one typed as one character, and selected with its letter', () => {
    const text = 'We met at the cafe\u0301 downtown.';
    expect(find(text, 'café')).toBe('cafe\u0301');
    expect(find(text, 'cafe')).toBe('cafe\u0301');
    expect(find('Il était à l\u2019e\u0301cole', 'école')).toBe('e\u0301cole');
  });

  test('an emoji typed without its skin tone finds it with its tone, whole', () => {
    expect(find('Reacted 👍🏽 twice', '👍')).toBe('👍🏽');
  });

  test('a space typed matches a hard-wrapped line break; the next match is after the selection, then from the start again', () => {
    const text = 'more buses and\nfewer fares; more buses again';
    expect(find(text, 'and fewer')).toBe('and\nfewer');
    const second = text.lastIndexOf('more buses');
    expect(findInText(text, foldTextWithOffsets(text), 'More Buses', 1)).toEqual({ start: second, end: second + 'more buses'.length });
    expect(findInText(text, foldTextWithOffsets(text), 'more buses', second + 1)).toEqual({ start: 0, end: 'more buses'.length });
  });

  test('a phrase that is not there, or that folds to nothing, finds nothing', () => {
    expect(find('The council met.', 'budget')).toBeNull();
    expect(find('The council met.', '\u0301')).toBeNull();
    expect(find('a.b (c)', '(c)')).toBe('(c)');
  });
});
