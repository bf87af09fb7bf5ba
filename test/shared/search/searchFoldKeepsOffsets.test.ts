// The folds that keep offsets (corpus search, Find in document) drop invisible characters and write ß
// as two letters, and a match still maps back to whole characters of the text as stored: never a
// passage that starts or ends inside ß, nor one that loses the soft hyphen inside its word.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { foldForSearch, foldWithOffsets, originalRange } from '../../../shared/text/searchFold';
import { foldTextWithOffsets } from '../../../shared/search/foldText';
import { searchCorpus } from '../../../shared/search/corpusSearch';
import { compileSearch, type CorpusSearchQuery } from '../../../shared/search/searchQuery';

const query = (pattern: string, over: Partial<CorpusSearchQuery> = {}): CorpusSearchQuery => ({ pattern, mode: 'phrase', caseInsensitive: true, accentInsensitive: true, ...over });

function hits(q: CorpusSearchQuery, text: string): string[] {
  const result = searchCorpus(q, [{ docId: 'a', text }]);
  if (!result.ok) throw new Error(result.message);
  return result.lines.map((line) => text.slice(line.start, line.end));
}

describe('invisible characters', () => {
  test('are dropped by the fold, and the fast fold of a whole text agrees with the fold character by character', () => {
    const texts = ['inter\u00ADview', 'Inter\u200Bnational co\u2060oper\uFEFFate', 'Ca\u00ADfe\u0301 👨‍👩‍👧 fin', '\u00AD\u200B'];
    for (const text of texts) {
      expect(foldTextWithOffsets(text), JSON.stringify(text)).toEqual(foldWithOffsets(text));
      expect(foldTextWithOffsets(text).folded).toBe(foldForSearch(text));
    }
    expect(foldForSearch('Inter\u00ADview')).toBe('interview');
  });

  test('a match maps back over the soft hyphen inside the word, starting at the word', () => {
    const text = 'An inter\u00ADview.';
    const folded = foldWithOffsets(text);
    const at = folded.folded.indexOf('interview');
    expect(text.slice(...originalRange(folded, at, at + 'interview'.length))).toBe('inter\u00ADview');
    expect(text.slice(...originalRange(folded, at + 5, at + 9))).toBe('view');
  });

  test('are ignored by a corpus search that respects case, or case and accents', () => {
    const text = 'An Inter\u00ADview, and a Cafe\u0301 inter\u200Bview.';
    expect(hits(query('Interview', { accentInsensitive: false, caseInsensitive: false }), text)).toEqual(['Inter\u00ADview']);
    expect(hits(query('interview', { accentInsensitive: false }), text)).toEqual(['Inter\u00ADview', 'inter\u200Bview']);
    expect(hits(query('interview', { caseInsensitive: false, mode: 'word' }), text)).toEqual(['inter\u200Bview']);
    expect(hits(query('inter.?view', { mode: 'regex', accentInsensitive: false }), text)).toEqual(['Inter\u00ADview', 'inter\u200Bview']);
    // Accents respected still: "Cafe" is not the start of "Café".
    expect(hits(query('Cafe', { accentInsensitive: false }), text)).toEqual([]);
  });

  test('a phrase of invisible characters or accents alone is refused, not searched as empty text', () => {
    for (const accentInsensitive of [true, false]) expect(compileSearch(query('\u00AD\u200B', { accentInsensitive })).ok).toBe(false);
    expect(compileSearch(query('\u0301')).ok).toBe(false);
  });
});

describe('German ß', () => {
  const text = 'Die STRAẞE, die Straße und die Strasse.';

  test('is ss to every search that ignores case, typed either way', () => {
    expect(foldForSearch('Straße')).toBe('strasse');
    expect(foldForSearch('STRAẞE')).toBe('strasse');
    for (const typed of ['strasse', 'Straße', 'STRAẞE']) expect(hits(query(typed), text), typed).toEqual(['STRAẞE', 'Straße', 'Strasse']);
    expect(hits(query('Stra(ss|ß)e', { mode: 'regex' }), text)).toEqual(['STRAẞE', 'Straße', 'Strasse']);
  });

  test('a match never starts or ends inside the ß: it covers the whole letter', () => {
    expect(hits(query('stras'), text)).toEqual(['STRAẞ', 'Straß', 'Stras']);
    expect(hits(query('sse'), text)).toEqual(['ẞE', 'ße', 'sse']);
    expect(hits(query('s', { mode: 'regex' }), 'Straße')).toEqual(['S', 'ß']);
    const folded = foldTextWithOffsets('Maße');
    expect(folded).toEqual(foldWithOffsets('Maße'));
    expect(originalRange(folded, 3, 4)).toEqual([2, 3]);
    expect(originalRange(folded, 2, 3)).toEqual([2, 3]);
  });
});

describe('Turkish dotted and dotless i', () => {
  afterEach(() => vi.restoreAllMocks());

  test('I, İ, i and ı are one letter to a search, in a Turkish locale too', () => {
    // An app running in Turkish lower-cases "I" to "ı" when asked for the locale's lower case.
    const lower = String.prototype.toLocaleLowerCase;
    vi.spyOn(String.prototype, 'toLocaleLowerCase').mockImplementation(function (this: string) {
      return lower.call(this, 'tr');
    });
    const folds = ['ISTANBUL', 'İstanbul', 'istanbul', 'ıstanbul', 'Istanbul'].map(foldForSearch);
    expect(new Set(folds)).toEqual(new Set(['istanbul']));
    expect(foldTextWithOffsets('İSTANBUL Diyarbakır').folded).toBe('istanbul diyarbakir');
    expect(hits(query('ISTANBUL'), 'İstanbul’da')).toEqual(['İstanbul']);
  });
});
