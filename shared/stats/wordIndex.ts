// Each document's words (wordTokens.ts's rule), found once and kept as numbers: the word's place and
// the id of its lower-case form. Distinctive words and their keywords in context then count the words
// inside 10,000 passages by looking up places instead of segmenting the passages' text again: a
// second query costs milliseconds, where segmenting cost hundreds. Built lazily, a document at a
// time, in the analysis worker (analysisIndex.ts holds one), and kept from one load of the project to
// the next: a document's text does not change under its codings, so its words are found once per
// window (a changed text is found anew).
//
// Finding the words of a thousand documents is on the path of the first distinctive-words click, so
// a word's id is looked up by its characters in a table of our own (open addressing, FNV-1a over the
// UTF-16 units of its lower-case form) instead of cutting a string for each of ~800,000 words to ask
// a Map: only a word not seen before becomes a string.
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
  /** Term id + 1 by hash slot (0: empty); its length is a power of two, at least twice the terms. */
  slots: Int32Array;
}

export function createWordIndex(): WordIndex {
  return { terms: [], ids: new Map(), documents: new Map(), slots: new Int32Array(1 << 12) };
}

/** The words of a document, found the first time it is asked for (or when its text is not the one they were found in). */
export function documentWords(index: WordIndex, docId: string, text: string): DocumentWords {
  const cached = index.documents.get(docId);
  if (cached && cached.text === text) {
    // The same text from a later load: keep the newer string, so the next check is by identity.
    cached.text = text;
    return cached;
  }
  // About one word in six characters in English prose; grown if not.
  let starts = new Int32Array(Math.max(16, text.length >> 2));
  let ends = new Int32Array(starts.length);
  let terms = new Int32Array(starts.length);
  let n = 0;
  // Lower-case once when that keeps every offset (it does unless a character changes length, as "İ" does).
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  forEachWord(text, (start, end) => {
    if (n === starts.length) {
      starts = grown(starts);
      ends = grown(ends);
      terms = grown(terms);
    }
    starts[n] = start;
    ends[n] = end;
    if (sameLength) terms[n] = termId(index, lower, start, end);
    else {
      const term = text.slice(start, end).toLowerCase();
      terms[n] = termId(index, term, 0, term.length);
    }
    n++;
  });
  const words = { text, starts: starts.slice(0, n), ends: ends.slice(0, n), terms: terms.slice(0, n) };
  index.documents.set(docId, words);
  return words;
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}

/** The id of the term `source[start, end)`, added if new. */
function termId(index: WordIndex, source: string, start: number, end: number): number {
  const length = end - start;
  let mask = index.slots.length - 1;
  let slot = hashOf(source, start, end) & mask;
  for (;;) {
    const entry = index.slots[slot]!;
    if (entry === 0) break;
    const term = index.terms[entry - 1]!;
    if (term.length === length && sameUnits(term, source, start)) return entry - 1;
    slot = (slot + 1) & mask;
  }
  const id = index.terms.length;
  const term = source.slice(start, end);
  index.terms.push(term);
  index.ids.set(term, id);
  if (index.terms.length * 2 > index.slots.length) {
    rehash(index);
    mask = index.slots.length - 1;
    slot = hashOf(term, 0, length) & mask;
    while (index.slots[slot] !== 0) slot = (slot + 1) & mask;
  }
  index.slots[slot] = id + 1;
  return id;
}

function hashOf(source: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function sameUnits(term: string, source: string, start: number): boolean {
  for (let i = 0; i < term.length; i++) if (term.charCodeAt(i) !== source.charCodeAt(start + i)) return false;
  return true;
}

/** Doubles the table and places every term again (the new term is placed by the caller). */
function rehash(index: WordIndex): void {
  const slots = new Int32Array(index.slots.length * 2);
  const mask = slots.length - 1;
  // Every term but the last, which the caller is about to place.
  for (let id = 0; id < index.terms.length - 1; id++) {
    const term = index.terms[id]!;
    let slot = hashOf(term, 0, term.length) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = id + 1;
  }
  index.slots = slots;
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
