// Every search in Framewise folds text by one rule, so what a researcher types is found the same way
// in the corpus search, Find in document, the library's search box, the document filter, memos and
// the code searches: soft hyphens and zero-width characters left in a word by HTML and PDF text,
// German ß typed as "ss", Turkish dotted and dotless i, typographic apostrophes, a phrase wrapped
// onto the next line.
import { describe, expect, test } from 'vitest';
import { searchCorpus } from '../../../shared/search/corpusSearch';
import type { CorpusSearchQuery } from '../../../shared/search/searchQuery';
import { foldTextWithOffsets } from '../../../shared/search/foldText';
import { foldPhrase } from '../../../shared/search/phraseFold';
import { EMPTY_DOCUMENT_FILTER, filterDocuments } from '../../../shared/library/documentFilter';
import type { CodeRecord, MemoRecord } from '../../../shared/model';
import { findInText } from '../../../renderer/features/coding/findInText';
import { matchMemos } from '../../../renderer/db/memos';
import { treeRows } from '../../../renderer/features/codebook/treeRows';
import { paletteOptions } from '../../../renderer/features/coding/paletteOptions';
import { doc } from '../analysis/fixtures';

/** [typed, a text that must be found by it, the passage a search with offsets selects]. */
const FOUND: Array<[string, string, string]> = [
  ['interview', 'An inter\u00ADview with the mayor.', 'inter\u00ADview'],
  ['International', 'The Inter\u200Bnational desk.', 'Inter\u200Bnational'],
  ['cooperate', 'They co\u2060oper\uFEFFate.', 'co\u2060oper\uFEFFate'],
  ['strasse', 'Die Hauptstraße war gesperrt.', 'straße'],
  ['STRAẞE', 'Die Strasse war gesperrt.', 'Strasse'],
  ['istanbul', 'İstanbul’da toplantı.', 'İstanbul'],
  ['İstanbul', 'istanbul', 'istanbul'],
  ['diyarbakir', 'Diyarbakır belediyesi.', 'Diyarbakır'],
  ["mayor's office", 'The mayor’s office said no.', 'mayor’s office'],
  ['the mayor said', 'And then the mayor\nsaid no.', 'the mayor\nsaid'],
];

const corpusQuery = (pattern: string, mode: CorpusSearchQuery['mode']): CorpusSearchQuery => ({ pattern, mode, caseInsensitive: true, accentInsensitive: true });

const code = (id: string, name: string, definition = ''): CodeRecord => ({
  id,
  name,
  color: '#000000',
  parentId: null,
  order: 0,
  definition,
  inclusion: '',
  exclusion: '',
  example: '',
  createdAt: '',
});

const memo = (text: string): MemoRecord => ({ id: 'm', targetType: 'project', targetId: '', coderId: 'kim', text, body: '', createdAt: '', updatedAt: '' });

describe.each(FOUND)('“%s” typed finds %j', (typed, text, passage) => {
  test('in the corpus search, as a phrase, selecting the passage as stored', () => {
    const result = searchCorpus(corpusQuery(typed, 'phrase'), [{ docId: 'a', text }]);
    if (!result.ok) throw new Error(result.message);
    expect(result.lines.map((line) => text.slice(line.start, line.end))).toEqual([passage]);
  });

  test('with Find in document, selecting the passage as stored', () => {
    const found = findInText(text, foldTextWithOffsets(text), typed, 0);
    expect(found && text.slice(found.start, found.end)).toBe(passage);
  });

  test('in the library’s search box', () => {
    expect(foldPhrase(text).includes(foldPhrase(typed))).toBe(true);
  });

  test('in the document filter’s “text contains” and “title contains”', () => {
    const documents = [doc('a', 0, text, {}, { title: text })];
    const context = { sets: [], text: () => text };
    expect(filterDocuments(documents, { ...EMPTY_DOCUMENT_FILTER, textContains: typed }, context)).toHaveLength(1);
    expect(filterDocuments(documents, { ...EMPTY_DOCUMENT_FILTER, titleContains: typed }, context)).toHaveLength(1);
    // A caller that keeps the texts folded folds them as the filter does.
    const folded = { sets: [], text: () => foldPhrase(text), textIsFolded: true };
    expect(filterDocuments(documents, { ...EMPTY_DOCUMENT_FILTER, textContains: typed }, folded)).toHaveLength(1);
  });

  test('in the memo search', () => {
    expect(matchMemos([memo(text)], typed)).toHaveLength(1);
  });

  test('in the codebook’s search and the quick-code palette, in names and definitions', () => {
    const name = text.replace(/\n/gu, ' ').replace(/[.:]/gu, '');
    expect(treeRows([code('c', name)], new Set(), typed).map((row) => row.match)).toEqual([true]);
    expect(treeRows([code('c', 'a code', text)], new Set(), typed).map((row) => row.match)).toEqual([true]);
    expect(paletteOptions([code('c', name)], [], typed).filter((option) => option.kind === 'code')).toHaveLength(1);
  });
});

describe('a whole word typed is found as a whole word', () => {
  test('across a soft hyphen or zero-width character, and with ß typed as ss', () => {
    for (const [typed, text, passage] of FOUND.slice(0, 6)) {
      const result = searchCorpus(corpusQuery(typed, 'word'), [{ docId: 'a', text }]);
      if (!result.ok) throw new Error(result.message);
      expect(result.lines.map((line) => text.slice(line.start, line.end)), typed).toEqual(typed === 'strasse' ? [] : [passage]);
    }
    // "strasse" is inside the longer word "Hauptstraße": found as a phrase, not as a whole word.
    const result = searchCorpus(corpusQuery('hauptstrasse', 'word'), [{ docId: 'a', text: 'Die Hauptstraße war gesperrt.' }]);
    expect(result.ok && result.lines.map((line) => [line.start, line.end])).toEqual([[4, 15]]);
  });
});
