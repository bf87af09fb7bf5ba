// The analysis worker's work without the worker: after an answer it finds the texts' words a step at
// a time (the steps it leaves for later run here by hand), and what it answers does not change.
import { describe, expect, test } from 'vitest';
import { createAnalysisWork, indexOfLoad } from '../../../../renderer/features/analysis/analysisWork';
import { distinctiveWords, wordInContext } from '../../../../shared/stats/distinctiveWords';
import { wordTokens } from '../../../../shared/stats/wordTokens';
import { packRows } from '../../../../shared/analysis/workerRows';
import { EMPTY_DOCUMENT_FILTER } from '../../../../shared/library/documentFilter';
import { codeQuery } from '../../../../shared/retrieve/retrieveQuery';
import { code, codingOf, doc, project } from '../../../shared/analysis/fixtures';

const texts = { r: 'Crime rose while bail reform stalled. Crime fell later.', l: 'Bail reform helped victims. Victims spoke.' };
const { rows } = project({
  documents: [doc('r', 0, texts.r, { leaning: 'right' }), doc('l', 1, texts.l, { leaning: 'left' })],
  codes: [code('c1', 'criticism')],
  codings: [codingOf(texts.r, 'r', 'c1', 'Crime rose while bail reform stalled'), codingOf(texts.l, 'l', 'c1', 'Bail reform helped victims')],
  texts,
});
const within = codeQuery('c1', false, [], EMPTY_DOCUMENT_FILTER);
const options = { target: { group: { docIds: ['r'], coderId: null }, within }, reference: { group: { docIds: ['l'], coderId: null }, within }, priorWeight: 10, stopWords: false, top: 5 };

describe('the analysis worker', () => {
  test('finds the words of every text after an answer, in steps left for later, and answers the same', () => {
    const tasks: Array<() => void> = [];
    const work = createAnalysisWork((task) => tasks.push(task));
    const map = new Map(Object.entries(texts));
    work.load(packRows(rows, map), map);
    expect(tasks).toHaveLength(0);
    work.cooccurrence({ codeIds: [], withSubcodes: false, unit: 'overlap', coderIds: [], documents: EMPTY_DOCUMENT_FILTER, grouping: { kind: 'none' } });
    let steps = 0;
    while (tasks.length > 0 && steps < 100) {
      tasks.shift()!();
      steps++;
    }
    expect(steps).toBeGreaterThan(0);
    expect(tasks).toHaveLength(0);

    const fresh = createAnalysisWork(() => {});
    fresh.load(packRows(rows, map), map);
    const words = work.distinctiveWords(options);
    expect(words).toEqual(fresh.distinctiveWords(options));
    expect(words.targetWords).toBe(6);
    expect(words.topTarget.map((w) => w.term)).toContain('crime');
  });
});

describe('the word index kept from load to load', () => {
  test('gives distinctive words exactly as a fresh worker, whatever order it first met the words in', () => {
    const later = { a: 'Alpha alpha beta beta beta gamma.', b: 'Alpha alpha beta beta beta.' };
    // An earlier load met the words in the other order: their ids, and so the order of the counts, are reversed.
    const earlier = { z: 'Gamma beta alpha.', ...later };
    const load = (work: ReturnType<typeof createAnalysisWork>, texts: Record<string, string>) => {
      const { rows: loaded } = project({ documents: Object.entries(texts).map(([id, text], i) => doc(id, i, text)), texts });
      const map = new Map(Object.entries(texts));
      work.load(packRows(loaded, map), map);
    };
    const scope = (docIds: string[]) => ({ group: { docIds, coderId: null }, within: null });
    const asked = { target: scope(['a']), reference: scope(['b']), priorWeight: 10, stopWords: false, top: 5 };

    const kept = createAnalysisWork(() => {});
    load(kept, earlier);
    kept.distinctiveWords({ ...asked, target: scope(['z']) });
    load(kept, later);
    const fresh = createAnalysisWork(() => {});
    load(fresh, later);
    expect(kept.distinctiveWords(asked)).toEqual(fresh.distinctiveWords(asked));
  });
});

describe('the word index over a long session', () => {
  const a = { a1: 'Bail reform stalled. Crime rose.', a2: 'Victims spoke about bail.' };
  const b = { b1: 'Rents rose in Riverton; the council said no.', b2: 'The council said yes to homes.' };
  const rowsOf = (texts: Record<string, string>) => project({ documents: Object.entries(texts).map(([id, text], i) => doc(id, i, text)), texts }).rows;
  /** Loads `texts` after `previous` and finds every text's words, as the worker does between questions. */
  const loadAfter = (previous: ReturnType<typeof indexOfLoad> | null, texts: Record<string, string>) => {
    const index = indexOfLoad(previous, rowsOf(texts), new Map(Object.entries(texts)));
    for (const document of index.documents) index.words(document.id);
    return index;
  };
  const vocabulary = (texts: Record<string, string>) => [...new Set(Object.values(texts).flatMap((text) => wordTokens(text).map((w) => w.term)))].sort();
  const scope = (docIds: string[]) => ({ group: { docIds, coderId: null }, within: null });
  const asked = { target: scope(['b1']), reference: scope(['b2']), priorWeight: 10, stopWords: false, top: 10 };

  test('after project A then project B it holds only B\'s words, and B\'s distinctive words are those of a fresh worker', () => {
    const afterB = loadAfter(loadAfter(null, a), b);
    expect([...afterB.wordIndex.terms].sort()).toEqual(vocabulary(b));
    expect([...afterB.wordIndex.ids.keys()].sort()).toEqual(vocabulary(b));
    for (const [term, id] of afterB.wordIndex.ids) expect(afterB.wordIndex.terms[id]).toBe(term);
    expect([...afterB.wordIndex.documents.keys()].sort()).toEqual(['b1', 'b2']);
    expect(distinctiveWords(afterB, asked)).toEqual(distinctiveWords(loadAfter(null, b), asked));
    expect(wordInContext(afterB, scope(['b1', 'b2']), 'council', 10)).toEqual(wordInContext(loadAfter(null, b), scope(['b1', 'b2']), 'council', 10));
  });

  test('a text replaced or a document removed takes its words with it; the same texts loaded again keep theirs', () => {
    const first = loadAfter(null, { ...a, ...b });
    const kept = first.words('b1');
    const again = loadAfter(first, { ...a, ...b });
    expect(again.words('b1')).toBe(kept);
    expect(again.wordIndex.terms).toHaveLength(vocabulary({ ...a, ...b }).length);
    const edited = { a1: 'Bail reform passed.', b1: b.b1 };
    const later = loadAfter(again, edited);
    expect([...later.wordIndex.terms].sort()).toEqual(vocabulary(edited));
    expect(Array.from(later.words('b1')!.terms, (id) => later.wordIndex.terms[id])).toEqual(wordTokens(b.b1).map((w) => w.term));
    expect(distinctiveWords(later, { ...asked, target: scope(['a1']), reference: scope(['b1']) })).toEqual(distinctiveWords(loadAfter(null, edited), { ...asked, target: scope(['a1']), reference: scope(['b1']) }));
  });
});

describe('what is worked out from the texts, over loads', () => {
  const texts = { e1: 'Bail 👩‍👩‍👧 reform 🇺🇸 stalled.', e2: 'नमस्ते दुनिया, crime rose.' };
  const rowsOf = (of: Record<string, string>) => project({ documents: Object.entries(of).map(([id, text], i) => doc(id, i, text)), texts: of }).rows;
  // Each load brings copies of the texts, as the trip to the worker does.
  const loadAfter = (previous: ReturnType<typeof indexOfLoad> | null, of: Record<string, string>) =>
    indexOfLoad(previous, rowsOf(of), new Map(Object.entries(of).map(([id, text]) => [id, [...text].join('')])));

  test('a load after a coding (same texts) finds each text’s characters, paragraphs and folded form already worked out', () => {
    const first = loadAfter(null, texts);
    const characters = first.characters('e1');
    const paragraphs = first.paragraphs('e2');
    const folded = first.foldedText('e2');
    const second = loadAfter(first, texts);
    expect(second.characters('e1')).toBe(characters);
    expect(second.paragraphs('e2')).toBe(paragraphs);
    expect(second.foldedText('e2')).toBe(folded);
  });

  test('a text edited meanwhile, or a document gone, is worked out afresh and forgotten, and its figures are those of a fresh load', () => {
    const first = loadAfter(null, texts);
    const before = first.characters('e1')!;
    const goneBefore = first.characters('e2')!;
    const edited = { e1: 'Bail 🇺🇸 reform passed.' };
    const later = loadAfter(first, edited);
    expect(later.characters('e1')).not.toBe(before);
    expect(later.characters('e1')!.length).toBe(loadAfter(null, edited).characters('e1')!.length);
    expect(later.characters('e2')).toBeUndefined();
    // e2 is no longer in the project: nothing of its text is kept for the next load.
    const back = loadAfter(later, texts);
    expect(back.characters('e2')).not.toBe(goneBefore);
    expect(back.characters('e2')!.length).toBe(goneBefore.length);
  });
});
