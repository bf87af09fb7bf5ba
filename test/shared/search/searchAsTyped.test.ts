// Corpus search finds what a researcher types as they type it: a hyphenated word, an apostrophe typed
// straight where the text has a curly one, a whole word in Japanese or Chinese, a speaker's label at
// the start of a line.
import { describe, expect, test } from 'vitest';
import { searchCorpus } from '../../../shared/search/corpusSearch';
import type { CorpusSearchQuery } from '../../../shared/search/searchQuery';

const query = (pattern: string, over: Partial<CorpusSearchQuery> = {}): CorpusSearchQuery => ({ pattern, mode: 'word', caseInsensitive: true, accentInsensitive: true, ...over });

function hits(q: CorpusSearchQuery, text: string): string[] {
  const result = searchCorpus(q, [{ docId: 'a', text }]);
  if (!result.ok) throw new Error(result.message);
  return result.lines.map((line) => text.slice(line.start, line.end));
}

describe('searching for what a researcher types', () => {
  const text = 'Her well-being mattered. Well‑being (non-breaking) and the 1990–1995 pact. I don’t know; “fair” he said, ‘fair’.';

  test('a word or phrase with a hyphen is searched for, not refused as a bad expression', () => {
    for (const mode of ['word', 'phrase'] as const) {
      for (const accentInsensitive of [true, false]) {
        expect(hits(query('well-being', { mode, accentInsensitive }), text), `${mode} ${accentInsensitive}`).toEqual(['well-being', 'Well‑being']);
      }
    }
    expect(hits(query('1990-1995'), text)).toEqual(['1990–1995']);
  });

  test('a straight apostrophe or quote finds the curly ones, and the other way round', () => {
    expect(hits(query("don't"), text)).toEqual(['don’t']);
    expect(hits(query('don’t', { accentInsensitive: false, caseInsensitive: false }), "I don't")).toEqual(["don't"]);
    expect(hits(query('"fair"', { mode: 'phrase' }), text)).toEqual(['“fair”']);
    expect(hits(query("'fair'", { mode: 'phrase' }), text)).toEqual(['‘fair’']);
  });

  test('other characters a regular expression reads are searched for as typed', () => {
    const prices = 'It cost $5 (or 10%) + tax [est.] a/b {x} ^ | \\ done.';
    for (const typed of ['$5 (or 10%) + tax', '[est.]', 'a/b {x} ^ | \\']) expect(hits(query(typed, { mode: 'phrase' }), prices)).toEqual([typed]);
  });

  test('a whole word in a script written without spaces is found inside its sentence', () => {
    expect(hits(query('東京'), '私は東京に住んでいます。')).toEqual(['東京']);
    expect(hits(query('改革'), '我们支持司法改革。')).toEqual(['改革']);
    expect(hits(query('ราคา'), 'ราคาสูงมาก')).toEqual(['ราคา']);
    // Words of spaced scripts still keep their edges.
    expect(hits(query('form'), 'reform form')).toEqual(['form']);
  });

  test('^ and $ in an expression match at each line, as a transcript’s speaker labels need', () => {
    const transcript = 'I: How long?\nR: Ten years.\nI: And then?\nR: We moved.';
    expect(hits(query('^I:', { mode: 'regex' }), transcript)).toEqual(['I:', 'I:']);
    expect(hits(query('\\?$', { mode: 'regex' }), transcript)).toEqual(['?', '?']);
  });
});
