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
    const alphabet = ['a', 'B', 'z', '0', '7', ' ', ' ', '\n', '.', ',', ';', ':', '\'', '_', '-', '!', '"', '(', ')', '@', '#', '/', 'é', 'Ž', 'ǅ', 'ª', 'µ', '×', '\u00a0', '’', '‘', '“', '”', '—', '–', '…', '•', '●', '«', '»', '😀', '\u0301', '\r\n', 'Ω', 'ß', '中', '\u200b', '\u00ad'];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = 1 + rng.int(14);
      for (let i = 0; i < length; i++) text += alphabet[rng.int(alphabet.length)];
      expect(wordTokens(text), JSON.stringify(text)).toEqual(bySegmenter(text));
    }
  });

  test('and on the characters of plain news text alone, where the fast path does all the work', () => {
    const rng = createRng(7);
    const ascii = 'aBz09é .,;:\'-!?"()$%&*+/<=>@[]^`{|}~#\t’‘“”—\u00a0';
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = 1 + rng.int(12);
      for (let i = 0; i < length; i++) text += ascii[rng.int(ascii.length)];
      expect(wordTokens(text), JSON.stringify(text)).toEqual(bySegmenter(text));
    }
  });

  test('every character the fast path knows behaves as Intl.Segmenter says, beside letters, digits and itself', () => {
    // ASCII, Latin-1 and Latin Extended-A/B, and the punctuation of news text the fast path handles.
    const known = [...Array.from({ length: 0x250 - 0x21 }, (_, i) => 0x21 + i), 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026, 0x25cf];
    for (const c of known) {
      const char = String.fromCharCode(c);
      for (const text of [`a${char}b`, `1${char}2`, `a${char}2`, char, `${char}${char}`, `x${char}`, `${char}x`, `é${char}é`]) {
        expect(wordTokens(text), `U+${c.toString(16)} in ${JSON.stringify(text)}`).toEqual(bySegmenter(text));
      }
    }
  });
});
