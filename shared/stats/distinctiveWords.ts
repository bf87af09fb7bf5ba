// Distinctive words between two groups (right against left), over whole documents or only inside the
// passages of a query (the words of the criticism passages): word counts by Intl.Segmenter's rule
// (wordTokens.ts), optionally without English stop words, then the weighted log-odds with the
// informative prior built from both groups' pooled words (keyness.ts). Also the keywords in context
// of one word in the same scope, for a click on a word.
import type { AnalysisIndex } from '../analysis/analysisIndex';
import type { Group } from '../analysis/grouping';
import type { RetrieveQuery } from '../retrieve/retrieveQuery';
import { findPassages } from '../retrieve/retrievePassages';
import { kwicLine, type KwicLine } from '../search/kwic';
import { ENGLISH_STOP_WORDS } from './englishStopWords';
import { fightinWords, informativePrior } from './keyness';
import { firstWordEndingAfter, type DocumentWords } from './wordIndex';

/** Where words are counted: a group's documents, whole or only inside a query's passages. */
export interface WordScope {
  /** The group's documents (and, for a coder group, its coder: used with `within`). */
  group: Pick<Group, 'docIds' | 'coderId'>;
  /** null: the whole texts; a query: only the text of its passages. */
  within: RetrieveQuery | null;
}

export interface DistinctiveWordsOptions {
  target: WordScope;
  reference: WordScope;
  /** α_0, the prior's total weight: how strongly rare words are pulled toward the pooled rate. */
  priorWeight: number;
  /** Leave out the English stop words (englishStopWords.ts). */
  stopWords: boolean;
  /** How many words to list for each side. */
  top: number;
}

export interface DistinctiveWord {
  term: string;
  delta: number;
  z: number;
  /** Occurrences in the target and the reference. */
  target: number;
  reference: number;
}

export interface DistinctiveWordsResult {
  /** Every word of either side, highest z first: the plot of z against frequency uses these. */
  words: DistinctiveWord[];
  /** The `top` words most typical of the target (z > 0, highest first) and of the reference (z < 0, lowest first). */
  topTarget: DistinctiveWord[];
  topReference: DistinctiveWord[];
  /** Words counted on each side (n^i, n^j). */
  targetWords: number;
  referenceWords: number;
}

export function distinctiveWords(index: AnalysisIndex, options: DistinctiveWordsOptions): DistinctiveWordsResult {
  const stop = options.stopWords ? ENGLISH_STOP_WORDS : null;
  const target = wordCounts(index, options.target, stop);
  const reference = wordCounts(index, options.reference, stop);
  const prior = informativePrior(target.counts, reference.counts, options.priorWeight);
  const rows = fightinWords(target.counts, reference.counts, prior);
  const words = rows.map((row) => ({ ...row, target: count(target.counts, row.term), reference: count(reference.counts, row.term) }));
  return {
    words,
    topTarget: words.filter((w) => w.z > 0).slice(0, options.top),
    topReference: words.filter((w) => w.z < 0).reverse().slice(0, options.top),
    targetWords: target.total,
    referenceWords: reference.total,
  };
}

/**
 * The words of a scope, counted (lower case), and how many were counted. Inside passages, a word
 * counts when any of it lies inside one (passages start and end at word edges when selected as
 * researchers select; a word cut by a passage's edge counts whole, once).
 */
export function wordCounts(index: AnalysisIndex, scope: WordScope, stopWords: ReadonlySet<string> | null): { counts: Record<string, number>; total: number } {
  const terms = index.wordIndex.terms;
  let counts = new Int32Array(1024);
  let total = 0;
  forEachPieceWords(index, scope, (words, from, to) => {
    for (let w = from; w < to; w++) {
      const id = words.terms[w]!;
      if (id >= counts.length) {
        const grown = new Int32Array(Math.max(counts.length * 2, id + 1));
        grown.set(counts);
        counts = grown;
      }
      counts[id]!++;
    }
  });
  const entries: Array<[string, number]> = [];
  for (let id = 0; id < counts.length; id++) {
    const n = counts[id]!;
    if (n === 0 || (stopWords && stopWords.has(terms[id]!))) continue;
    entries.push([terms[id]!, n]);
    total += n;
  }
  // In the order of the terms, not of their ids: ids follow the order the window's word index first
  // met each word (kept from load to load), and the prior's total weight is a floating-point sum over
  // these entries, so id order made z differ in its last digits from a fresh index's.
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { counts: Object.fromEntries(entries), total };
}

/** Keywords in context of one word (as counted: lower case) in a scope, in document order, at most `limit`. */
export function wordInContext(index: AnalysisIndex, scope: WordScope, term: string, limit = 1000): KwicLine[] {
  const lines: KwicLine[] = [];
  const id = index.wordIndex.ids.get(term.toLowerCase());
  forEachPieceWords(index, scope, (words, from, to, docId, text) => {
    // The word may be new to the index until its first document is read.
    const wanted = id ?? index.wordIndex.ids.get(term.toLowerCase());
    for (let w = from; w < to && lines.length < limit; w++) {
      if (words.terms[w] === wanted) lines.push(kwicLine(docId, text, words.starts[w]!, words.ends[w]!));
    }
  });
  return lines;
}

/** Calls `visit` with the words `[from, to)` of each stretch of text in the scope: whole texts, or each passage. */
function forEachPieceWords(index: AnalysisIndex, scope: WordScope, visit: (words: DocumentWords, from: number, to: number, docId: string, text: string) => void): void {
  if (!scope.within) {
    for (const docId of scope.group.docIds) {
      const words = index.words(docId);
      if (words) visit(words, 0, words.terms.length, docId, index.text(docId)!);
    }
    return;
  }
  const found = findPassages(index, scope.within, { docIds: scope.group.docIds, coderId: scope.group.coderId });
  for (const { docId, passages } of found.documents) {
    if (passages.length === 0) continue;
    const words = index.words(docId);
    if (!words) continue;
    const text = index.text(docId)!;
    for (const passage of passages) {
      const from = firstWordEndingAfter(words, passage.start);
      let to = from;
      while (to < words.starts.length && words.starts[to]! < passage.end) to++;
      visit(words, from, to, docId, text);
    }
  }
}

function count(counts: Record<string, number>, term: string): number {
  return Object.prototype.hasOwnProperty.call(counts, term) ? counts[term]! : 0;
}
