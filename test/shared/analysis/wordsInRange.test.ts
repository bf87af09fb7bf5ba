import { describe, expect, test } from 'vitest';
import { wordsInRange } from '../../../shared/analysis/wordsInRange';
import { countWords, wordRuns } from '../../../shared/text/words';
import { createRng } from '../../../shared/stats/random';

// Pieces that test the edges of a word: apostrophes and hyphens inside and before words, combining
// marks, digits, an astral letter (𝒜) and an emoji (a surrogate pair that is no word), line breaks.
const PIECES = ['the', ' ', "don't", '’tis', '-', 'e\u0301t\u00e9', '42', '𝒜bc', '😀', '\n\n', 'naïve', "'", ', ', 'DA', 'x'];

function randomText(seed: number): string {
  const rng = createRng(seed);
  return Array.from({ length: 30 + rng.int(40) }, () => PIECES[rng.int(PIECES.length)]).join('');
}

describe('the words of a range, looked up among the text’s words', () => {
  test('are where countWords finds them', () => {
    const text = "He said: don't — 'tis 42 cafés.";
    const runs = wordRuns(text);
    const words = [];
    for (let k = 0; k < runs.length; k += 2) words.push(text.slice(runs[k], runs[k + 1]));
    expect(words).toEqual(['He', 'said', "don't", 'tis', '42', 'cafés']);
    expect(words.length).toBe(countWords(text));
  });

  test('count as countWords counts the range’s own text, for every range of random texts', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const text = randomText(seed);
      const runs = wordRuns(text);
      const rng = createRng(seed * 7);
      for (let i = 0; i < 200; i++) {
        const a = rng.int(text.length + 1);
        const b = rng.int(text.length + 1);
        const [start, end] = a <= b ? [a, b] : [b, a];
        expect(wordsInRange(text, runs, start, end), `${JSON.stringify(text.slice(start, end))} (seed ${seed})`).toBe(countWords(text.slice(start, end)));
      }
    }
  });

  test('count a word cut by the start only if its part inside begins like a word', () => {
    const text = "we don't know";
    const runs = wordRuns(text);
    // "n't know": n begins a word; "'t know": the apostrophe does not, the t does.
    expect(wordsInRange(text, runs, 5, text.length)).toBe(2);
    expect(wordsInRange(text, runs, 6, text.length)).toBe(2);
    expect(wordsInRange(text, runs, 7, 8)).toBe(1);
    expect(wordsInRange(text, runs, 2, 3)).toBe(0);
  });
});
