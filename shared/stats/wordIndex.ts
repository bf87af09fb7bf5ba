// Each document's words (wordTokens.ts's rule), found once and kept as numbers: the word's place and
// the id of its lower-case form. Distinctive words and their keywords in context then count the words
// inside 10,000 passages by looking up places instead of segmenting the passages' text again: a
// second query costs milliseconds, where segmenting cost hundreds. Built lazily, a document at a
// time, in the analysis worker (analysisIndex.ts holds one), and kept from one load of the project to
// the next: a document's text does not change under its codings, so its words are found once per
// window (a changed text is found anew). What no loaded text holds any more is forgotten at the next
// load (keepWordsOf), so a long session of switching projects holds one project's words, not all.
import { forEachWord } from './wordTokens';

export interface DocumentWords {
  /** The text they were found in. */
  text: string;
  /** UTF-16 `[start, end)` of each word, in order. */
  starts: Int32Array;
  ends: Int32Array;
  /** Each word's term id (WordIndex.terms). */
  terms: Int32Array;
}

export interface WordIndex {
  /** Lower-case forms, by id. */
  terms: string[];
  ids: Map<string, number>;
  documents: Map<string, DocumentWords>;
}

export function createWordIndex(): WordIndex {
  return { terms: [], ids: new Map(), documents: new Map() };
}

/** The words of a document, found the first time it is asked for (or when its text is not the one they were found in). */
export function documentWords(index: WordIndex, docId: string, text: string): DocumentWords {
  const cached = index.documents.get(docId);
  if (cached && cached.text === text) {
    // The same text from a later load: keep the newer string, so that the next check is by identity.
    cached.text = text;
    return cached;
  }
  const starts: number[] = [];
  const ends: number[] = [];
  const terms: number[] = [];
  // Lower-case once when that keeps every offset (it does unless a character changes length, as "İ" does).
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  forEachWord(text, (start, end) => {
    const term = sameLength ? lower.slice(start, end) : text.slice(start, end).toLowerCase();
    let id = index.ids.get(term);
    if (id === undefined) {
      id = index.terms.length;
      index.terms.push(term);
      index.ids.set(term, id);
    }
    starts.push(start);
    ends.push(end);
    terms.push(id);
  });
  const words = { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends), terms: Int32Array.from(terms) };
  index.documents.set(docId, words);
  return words;
}

/**
 * Forgets the words of each document whose text is no longer `textOf` its id (removed, or its text
 * replaced), then the terms no document still held uses, renumbering the rest in the order they had.
 * Nothing is renumbered unless something was forgotten: loading the same texts again costs one
 * comparison of each text.
 */
export function keepWordsOf(index: WordIndex, textOf: (docId: string) => string | undefined): void {
  let forgot = false;
  for (const [docId, words] of index.documents) {
    const text = textOf(docId);
    if (text === undefined || text !== words.text) {
      index.documents.delete(docId);
      forgot = true;
    } else {
      // Equal, but perhaps another string (a worker's texts are copies): keep the newer, so that the next check is by identity.
      words.text = text;
    }
  }
  if (forgot) forgetUnusedTerms(index);
}

function forgetUnusedTerms(index: WordIndex): void {
  const used = new Uint8Array(index.terms.length);
  for (const words of index.documents.values()) for (const id of words.terms) used[id] = 1;
  const renumbered = new Int32Array(index.terms.length);
  const terms: string[] = [];
  for (let id = 0; id < used.length; id++) {
    if (!used[id]) continue;
    renumbered[id] = terms.length;
    terms.push(index.terms[id]!);
  }
  if (terms.length === index.terms.length) return;
  for (const words of index.documents.values()) {
    const ids = words.terms;
    for (let w = 0; w < ids.length; w++) ids[w] = renumbered[ids[w]!]!;
  }
  index.terms = terms;
  index.ids = new Map(terms.map((term, id) => [term, id]));
}

/** Index of the first word of `words` that ends after `offset`: the first one a range starting there can touch. */
export function firstWordEndingAfter(words: DocumentWords, offset: number): number {
  let lo = 0;
  let hi = words.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
