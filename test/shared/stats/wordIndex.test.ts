import { describe, expect, test } from 'vitest';
import { createAnalysisIndex } from '../../../shared/analysis/analysisIndex';
import { createRng } from '../../../shared/stats/random';
import { createWordIndex, documentWords } from '../../../shared/stats/wordIndex';
import { wordTokens } from '../../../shared/stats/wordTokens';
import { doc } from '../analysis/fixtures';

/** A document's words as the index keeps them, written out: offsets and the lower-case term. */
function indexed(index: ReturnType<typeof createWordIndex>, docId: string, text: string) {
  const words = documentWords(index, docId, text);
  return Array.from(words.terms, (id, w) => ({ start: words.starts[w]!, end: words.ends[w]!, term: index.terms[id]! }));
}

describe('the word index', () => {
  test('keeps each document\'s words with their offsets, one id per lower-case word across documents', () => {
    const index = createWordIndex();
    const a = 'The DA\'s office: the da\'s OFFICE. İstanbul café, CAFÉ 😀 naïve';
    const b = 'the office of the café';
    expect(indexed(index, 'a', a)).toEqual(wordTokens(a));
    expect(indexed(index, 'b', b)).toEqual(wordTokens(b));
    const the = index.ids.get('the')!;
    expect(Array.from(documentWords(index, 'b', b).terms).filter((id) => id === the)).toHaveLength(2);
    expect(index.terms.filter((term) => term === 'café')).toHaveLength(1);
    for (const [term, id] of index.ids) expect(index.terms[id]).toBe(term);
  });

  test('stays right past thousands of distinct words and through long texts', () => {
    const rng = createRng(3);
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDÉé';
    const index = createWordIndex();
    const texts: string[] = [];
    for (let d = 0; d < 40; d++) {
      const words: string[] = [];
      for (let w = 0; w < 2000; w++) {
        let word = '';
        for (let i = 1 + rng.int(6); i > 0; i--) word += letters[rng.int(letters.length)];
        words.push(word);
      }
      texts.push(words.join(rng.int(2) ? ' ' : '\n\n'));
    }
    texts.forEach((text, d) => expect(indexed(index, `doc-${d}`, text)).toEqual(wordTokens(text)));
    expect(index.terms.length).toBeGreaterThan(10_000);
    expect(new Set(index.terms).size).toBe(index.terms.length);
    expect(index.ids.size).toBe(index.terms.length);
  });

  test('a later load of the project keeps the words of unchanged texts, finds a changed text\'s anew and forgets a removed document\'s', () => {
    const texts = new Map([['a', 'Bail reform passed.'], ['b', 'The victims spoke.'], ['c', 'Gone soon.']]);
    const rows = (ids: string[]) => ({ documents: ids.map((id, i) => doc(id, i, texts.get(id)!)), codes: [], codings: [], sets: [], coders: [], memos: [] });
    const first = createAnalysisIndex(rows(['a', 'b', 'c']), texts);
    const a = first.words('a');
    first.words('b');
    first.words('c');
    // As the worker gets them: equal strings, not the same ones.
    const later = new Map([['a', [...'Bail reform passed.'].join('')], ['b', 'The victims spoke again.']]);
    const second = createAnalysisIndex(rows(['a', 'b']), later, { words: first.wordIndex, textFacts: first.textFacts });
    expect(second.words('a')).toBe(a);
    expect(Array.from(second.words('b')!.terms, (id) => second.wordIndex.terms[id])).toEqual(['the', 'victims', 'spoke', 'again']);
    expect([...second.wordIndex.documents.keys()].sort()).toEqual(['a', 'b']);
  });
});
