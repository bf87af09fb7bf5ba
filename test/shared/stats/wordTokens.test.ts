import { describe, expect, test } from 'vitest';
import { createRng } from '../../../shared/stats/random';
import { wordTokens } from '../../../shared/stats/wordTokens';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
const bySegmenter = (text: string) =>
  [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => ({ start: s.index, end: s.index + s.segment.length, term: s.segment.toLowerCase() }));

describe('word tokens', () => {
  test('are Intl.Segmenter\'s word-like segments, case-folded, with their offsets', () => {
    const text = 'The DA\'s office can\'t cut 1,000 jobs (3.5%) in the U.S. e-mail: Café naïve 😀 ok';
    expect(wordTokens(text).map((t) => t.term)).toEqual(['the', 'da\'s', 'office', 'can\'t', 'cut', '1,000', 'jobs', '3.5', 'in', 'the', 'u.s', 'e', 'mail', 'café', 'naïve', 'ok']);
    for (const token of wordTokens(text)) expect(text.slice(token.start, token.end).toLowerCase()).toBe(token.term);
  });

  test('the fast path for plain ASCII agrees with Intl.Segmenter on thousands of random strings', () => {
    const rng = createRng(99);
    const alphabet = ['a', 'B', 'z', '0', '7', ' ', ' ', '\n', '.', ',', ';', ':', '\'', '_', '-', '!', '"', '(', ')', '@', '#', '/', 'é', '\u00a0', '’', '😀', '\u0301', '\r\n'];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = 1 + rng.int(14);
      for (let i = 0; i < length; i++) text += alphabet[rng.int(alphabet.length)];
      expect(wordTokens(text), JSON.stringify(text)).toEqual(bySegmenter(text));
    }
  });

  test('and on plain ASCII alone, where the fast path does all the work', () => {
    const rng = createRng(7);
    const ascii = 'aBz09 .,;:\'-!?"()$%&*+/<=>@[]^`{|}~#\t';
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = 1 + rng.int(12);
      for (let i = 0; i < length; i++) text += ascii[rng.int(ascii.length)];
      expect(wordTokens(text), JSON.stringify(text)).toEqual(bySegmenter(text));
    }
  });
});
