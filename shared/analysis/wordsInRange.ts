// The words of a range of a text, counted as countWords counts the range's own text (a word cut by
// the range's start counts if the part inside begins like a word), but looked up among the text's
// words found once (wordRuns) instead of scanning the range: Compare counts the words coded in every
// document for every code, and at issue 10's scale that scan was two thirds of the table's time.
import { countWords } from '../text/words';

export function wordsInRange(text: string, runs: Int32Array, start: number, end: number): number {
  if (end <= start) return 0;
  // A range that splits a surrogate pair reads a lone surrogate at its edge: the range's own scan says.
  if (splitsPair(text, start) || splitsPair(text, end)) return countWords(text.slice(start, end));
  const words = runs.length / 2;
  // The first word that ends after the range starts.
  let first = firstWord(runs, words, (k) => runs[2 * k + 1]! > start);
  let count = 0;
  if (first < words && runs[2 * first]! < start) {
    // The range starts inside a word: what of it is inside is scanned as the range would be.
    count += countWords(text.slice(start, Math.min(runs[2 * first + 1]!, end)));
    first++;
  }
  // Then every word that starts before the range ends.
  const after = firstWord(runs, words, (k) => runs[2 * k]! >= end);
  return count + Math.max(0, after - first);
}

/** The first word index k in [0, words) for which `past(k)` holds (it holds for every later one). */
function firstWord(runs: Int32Array, words: number, past: (k: number) => boolean): number {
  let low = 0;
  let high = words;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (past(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
