// A keyword-in-context line shows whole characters as a reader sees them: its context never starts or
// ends inside an emoji joined by zero-width joiners, a flag, or a letter with its combining accent,
// and a hit found inside such a character is the whole character (as Find in document selects it).
import { describe, expect, test } from 'vitest';
import { kwicLine } from '../../../shared/search/kwic';
import { searchCorpus } from '../../../shared/search/corpusSearch';
import type { CorpusSearchQuery } from '../../../shared/search/searchQuery';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** The offsets between the text's characters. */
const boundaries = (text: string) => new Set([...Array.from(segmenter.segment(text), (s) => s.index), text.length]);

const FAMILY = '👨‍👩‍👧';
const FLAGS = '🇫🇷🇩🇪';

describe('the context of a hit', () => {
  test('starts and ends between whole characters, whatever width reaches into an emoji, a flag or an accent', () => {
    const texts = [`${FAMILY} said the mayor ${FAMILY}`, `${FLAGS} said the mayor ${FLAGS}`, `cafe\u0301 said the mayor cafe\u0301`, `a\u0301\u0302 said the mayor o\u0308\u0301`];
    for (const text of texts) {
      const start = text.indexOf('said');
      const end = start + 'said the mayor'.length;
      const cuts = boundaries(text);
      for (let width = 1; width <= start + 2; width++) {
        const line = kwicLine('a', text, start, end, width);
        const from = start - line.left.length;
        const to = end + line.right.length;
        expect(cuts.has(from) && cuts.has(to), `${JSON.stringify(text)} width ${width}: ${JSON.stringify(line.left)} | ${JSON.stringify(line.right)}`).toBe(true);
        expect(line.left.endsWith(' ') && line.right.startsWith(' ')).toBe(true);
      }
    }
  });

  test('a flag the context reaches into is shown whole, never as half of it or as another flag', () => {
    const text = `${FLAGS} mayor`;
    const at = text.indexOf('mayor');
    // Each flag is two regional indicators of two units each: 🇫🇷 is [0, 4), 🇩🇪 is [4, 8).
    const lefts = [1, 2, 3, 4, 5, 6, 7].map((width) => kwicLine('a', text, at, at + 5, width).left);
    expect(lefts).toEqual([' ', '🇩🇪 ', '🇩🇪 ', '🇩🇪 ', '🇩🇪 ', '🇫🇷🇩🇪 ', '🇫🇷🇩🇪 ']);
  });
});

describe('a hit inside one character', () => {
  const query = (pattern: string, mode: CorpusSearchQuery['mode']): CorpusSearchQuery => ({ pattern, mode, caseInsensitive: true, accentInsensitive: true });

  test('is the whole character, and the context after it does not start with the rest of it', () => {
    const text = 'She reacted 👍🏽 and left.';
    const result = searchCorpus(query('👍', 'phrase'), [{ docId: 'a', text }]);
    expect(result.ok && result.lines.map((line) => [line.hit, line.right])).toEqual([['👍🏽', ' and left.']]);
  });

  test('an expression matching each part of one flag finds the flag once', () => {
    const result = searchCorpus(query('\\p{RI}', 'regex'), [{ docId: 'a', text: `Flags: ${FLAGS}.` }]);
    expect(result.ok && result.lines.map((line) => line.hit)).toEqual(['🇫🇷', '🇩🇪']);
  });
});
