// Word counts, as the library shows them: the scan in countWords must count exactly what its
// defining pattern finds, in every script, with marks, apostrophes, hyphens and astral characters.
import { writeCorpus } from '../../fixtures/corpusGenerator';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countWords } from '../../../shared/text/words';

/** The definition the scan implements. */
const byPattern = (text: string) => text.match(/[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’\u00AD-]|\u200C|\u200D)*/gu)?.length ?? 0;

describe('counting words', () => {
  test.each([
    ['', 0],
    ['One two  three\nfour', 4],
    ["don't stop — well-known ’tis 'quoted'", 5],
    ['e\u0301te\u0301 \u0301alone', 2], // combining accents belong to their word; a mark cannot start one
    ['日本語 テキスト', 2],
    ['١٢٣ ٤٥', 2],
    ['𝒳 is a letter, 😀 is not', 6],
    ['Ⅻ and 2024-05-16', 3],
    ['a\ud835b', 2], // a lone surrogate is no letter: it ends the word
    ['--- ... ’’', 0],
    ['inter\u00ADview', 1], // a soft hyphen (from Word and PDFs) is one word, not two
    ['می\u200Cخواهم', 1], // Persian's zero-width non-joiner is inside the word
    ['\u00AD \u200D', 0], // neither starts a word
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
    expect(byPattern(text)).toBe(words);
  });

  test('agrees with the pattern on a corpus with emoji, astral characters, combining marks and CRLF', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-words-'));
    try {
      writeCorpus(dir, { docs: 30, words: 400, unicode: true });
      const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
      expect(texts.length).toBeGreaterThan(30);
      for (const text of texts) expect(countWords(text)).toBe(byPattern(text));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('agrees with the pattern on random strings of awkward characters', () => {
    const units = ['a', 'Z', '9', ' ', "'", '’', '-', '\u0301', 'é', '一', '\ud835', '\udcb3', '\n', '.', '—', '٠', 'Ⅳ', '\u200d', '_'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: random(24) }, () => units[random(units.length)]).join('');
      expect(countWords(text), JSON.stringify(text)).toBe(byPattern(text));
    }
  });
});
