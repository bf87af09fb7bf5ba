import { describe, expect, test } from 'vitest';
import { foldWithOffsets } from '../../../shared/text/searchFold';
import { createRng } from '../../../shared/stats/random';
import { foldTextWithOffsets } from '../../../shared/search/foldText';
import { compileSearch, type CorpusSearchQuery } from '../../../shared/search/searchQuery';
import { searchCorpus, searchDocuments } from '../../../shared/search/corpusSearch';
import { countHitsByGroup, sortKwic, wordsAfter, wordsBefore } from '../../../shared/search/kwic';
import { hitsToCode } from '../../../shared/search/codeHits';
import { rangeCoding } from '../analysis/fixtures';

const query = (pattern: string, over: Partial<CorpusSearchQuery> = {}): CorpusSearchQuery => ({ pattern, mode: 'phrase', caseInsensitive: true, accentInsensitive: true, ...over });
const hits = (q: CorpusSearchQuery, docs: Array<{ docId: string; text: string }>) => {
  const result = searchCorpus(q, docs);
  if (!result.ok) throw new Error(result.message);
  return result.lines.map((line) => docs.find((d) => d.docId === line.docId)!.text.slice(line.start, line.end));
};

describe('folding a document for search', () => {
  test('gives exactly what foldWithOffsets gives, on accents, emoji, combining marks and ligatures', () => {
    const samples = ['Résumé of the CAFÉ', 'Cafe\u0301 😀 Ünd ﬁnal Ａ', 'İstanbul ß straße', '👩‍⚖️ e\u0301\u0301 x', '\u{1D4D0}\u{20BB7} ok', ''];
    for (const text of samples) expect(foldTextWithOffsets(text), text).toEqual(foldWithOffsets(text));
    const rng = createRng(3);
    const alphabet = ['a', 'Z', ' ', '\n', 'é', 'e\u0301', 'Ä', '😀', 'ﬁ', 'İ', 'ß', 'Ω', '\u{1D4D0}', '.', 'Ａ'];
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let i = 0; i < 1 + rng.int(12); i++) text += alphabet[rng.int(alphabet.length)];
      expect(foldTextWithOffsets(text), JSON.stringify(text)).toEqual(foldWithOffsets(text));
    }
  });
});

describe('corpus search', () => {
  const docs = [
    { docId: 'a', text: 'Le Résumé 😀 du CAFÉ. The DA\'s office said the DA was right.' },
    { docId: 'b', text: 'A cafe\u0301 on the DAY of cash\nbail reform; the Cafe closed.' },
  ];

  test('ignores case and accents, and maps each hit back to the original text, emoji and combining marks included', () => {
    expect(hits(query('resume'), docs)).toEqual(['Résumé']);
    expect(hits(query('café'), docs)).toEqual(['CAFÉ', 'cafe\u0301', 'Cafe']);
    const line = (searchCorpus(query('du cafe'), docs) as { ok: true; lines: Array<{ start: number; end: number }> }).lines[0]!;
    expect(docs[0]!.text.slice(line.start, line.end)).toBe('du CAFÉ');
  });

  test('respects case, or accents, when asked', () => {
    expect(hits(query('cafe', { caseInsensitive: false }), docs)).toEqual(['cafe\u0301']);
    expect(hits(query('Cafe', { caseInsensitive: false }), docs)).toEqual(['Cafe']);
    expect(hits(query('cafe', { accentInsensitive: false }), docs)).toEqual(['Cafe']);
    expect(hits(query('CAFÉ', { accentInsensitive: false, caseInsensitive: false }), docs)).toEqual(['CAFÉ']);
  });

  test('a phrase matches across a line break', () => {
    expect(hits(query('cash bail'), docs)).toEqual(['cash\nbail']);
  });

  test('a whole word is not found inside a longer word', () => {
    expect(hits(query('DA', { mode: 'word' }), docs)).toEqual(['DA', 'DA']);
    expect(hits(query('DA', { mode: 'phrase' }), docs)).toHaveLength(3);
    expect(hits(query('caf', { mode: 'word' }), docs)).toEqual([]);
  });

  test('a regular expression, accent-insensitive, finds what it says', () => {
    expect(hits(query('caf[eé]\\b', { mode: 'regex' }), docs)).toEqual(['CAFÉ', 'cafe\u0301', 'Cafe']);
    expect(hits(query('r\\w+m', { mode: 'regex', accentInsensitive: false }), docs)).toEqual(['reform']);
  });

  test('a bad regular expression gives a clear message, not an exception', () => {
    const result = searchCorpus(query('(crime', { mode: 'regex' }), docs);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/“\(crime” is not a regular expression Framewise can read: .*group/);
    expect(compileSearch(query('  ')).ok).toBe(false);
  });

  test('an expression that matches empty text lists no empty hits and ends', () => {
    const result = searchCorpus(query('x*', { mode: 'regex' }), [{ docId: 'e', text: 'a😀bxx' }]);
    expect(result.ok && result.lines.map((l) => l.hit)).toEqual(['xx']);
    expect(result.ok && result.notice).toMatch(/empty/);
    const lookahead = searchCorpus(query('\\b', { mode: 'regex' }), [{ docId: 'e', text: 'one two' }]);
    expect(lookahead.ok && lookahead.lines).toEqual([]);
    expect(lookahead.ok && lookahead.notice).toMatch(/empty/);
  });

  test('can be cancelled between documents, and stops at the most hits asked for', () => {
    const signal = { aborted: false };
    let served = 0;
    function* feed() {
      for (const doc of docs) {
        served++;
        // The researcher presses Cancel while the first document is searched.
        signal.aborted = true;
        yield doc;
      }
    }
    const result = searchCorpus(query('the'), feed(), { signal });
    expect(result.ok && [result.cancelled, result.documentsSearched]).toEqual([true, 1]);
    expect(served).toBe(1);
    const capped = searchCorpus(query('the'), docs, { maxHits: 2 });
    expect(capped.ok && [capped.lines.length, capped.truncated]).toEqual([2, true]);
    const compiled = compileSearch(query('the'));
    const first = searchDocuments(compiled as Extract<typeof compiled, { ok: true }>, docs).next();
    expect(first.value?.docId).toBe('a');
  });
});

describe('keywords in context', () => {
  const text = 'Critics say crime rose. Police say crime fell. Voters feared crime more than ever.';
  const result = searchCorpus(query('crime'), [{ docId: 'a', text }, { docId: 'b', text: 'crime' }], { width: 16 });
  const lines = result.ok ? result.lines : [];

  test('shows left context | hit | right context with the hit\'s offsets', () => {
    expect(lines[0]).toMatchObject({ docId: 'a', left: 'Critics say ', hit: 'crime', right: ' rose. Police sa', leftCut: false, rightCut: true });
    // "sa" is cut by the context's edge: not a word to sort by.
    expect([wordsBefore(lines[0]!), wordsAfter(lines[0]!)]).toEqual([['say', 'critics'], ['rose', 'police']]);
    expect(text.slice(lines[0]!.start, lines[0]!.end)).toBe('crime');
  });

  test('sorts by the word before or after the hit', () => {
    expect(sortKwic(lines, 'after').map((l) => wordsAfter(l)[0] ?? '')).toEqual(['', 'fell', 'more', 'rose']);
    expect(sortKwic(lines, 'before').map((l) => wordsBefore(l)[0] ?? '')).toEqual(['', 'feared', 'say', 'say']);
    expect(sortKwic(lines, 'before').slice(2).map((l) => wordsBefore(l)[1])).toEqual(['critics', 'police']);
  });

  test('counts hits by group', () => {
    const groups = [
      { key: 'x', label: 'X', docIds: ['a'], coderId: null, noValue: false },
      { key: 'y', label: 'Y', docIds: ['a', 'b'], coderId: null, noValue: false },
    ];
    expect(countHitsByGroup(lines, groups, () => 100).map((g) => [g.hits, g.documents, g.per1000])).toEqual([
      [3, 1, 30],
      [4, 2, 20],
    ]);
  });
});

describe('code the hits', () => {
  const text = 'crime rose, crime fell, crime again';
  const at = (n: number) => ({ docId: 'a', start: text.indexOf('crime', n), end: text.indexOf('crime', n) + 5 });
  const existing = [rangeCoding(text, 'a', 'crit', 10, 24, 'k1', 'old'), rangeCoding(text, 'a', 'crit', 24, 35, 'k2', 'other coder'), rangeCoding(text, 'a', 'claim', 0, 5, 'k1', 'other code')];

  test('gives the hits to code as passages, skipping those the coder already coded with that code, and repeats', () => {
    const result = hitsToCode([at(0), at(1), at(13), at(0)], 'crit', 'k1', existing, () => text);
    expect(result.toCode.map((p) => [p.start, p.quote])).toEqual([
      [0, 'crime'],
      [24, 'crime'],
    ]);
    expect(result.toCode[1]).toMatchObject({ prefix: 'crime rose, crime fell, ', suffix: ' again' });
    expect(result.skipped).toEqual([
      { ...at(1), coveredBy: 'old' },
      { ...at(0), coveredBy: null },
    ]);
  });
});
