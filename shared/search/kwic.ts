// Keywords in context: each hit as a line "left context | hit | right context", with the hit's place
// in the original text, sortable by the words before or after it (as concordancers such as AntConc
// sort: first word to the left, then the next one out). The context is for display: runs of
// whitespace (line and paragraph breaks too) show as one space, which never joins or splits a word;
// the offsets are what a click, a coding and an export use. The hit and the context are whole
// characters as a reader sees them (grapheme clusters): an emoji with its skin tone, a flag, a family
// joined by zero-width joiners, a letter with its combining accent are never cut in two.
import type { Group } from '../analysis/grouping';
import { graphemeCeil, graphemeFloor } from '../text/graphemes';
import { foldForSearch } from '../text/searchFold';
import { forEachWord } from '../stats/wordTokens';

export interface KwicLine {
  docId: string;
  /** UTF-16 `[start, end)` of the hit in the document's canonical text. */
  start: number;
  end: number;
  left: string;
  hit: string;
  right: string;
  /** The left context starts inside the text (a word at its start may be cut); likewise the right ends. */
  leftCut: boolean;
  rightCut: boolean;
}

/** Characters of context on each side. */
export const KWIC_WIDTH = 60;
const SORT_WORDS = 3;

/**
 * A line for the hit `[start, end)`, widened to whole characters ("👍" found in "👍🏽" is the thumb
 * with its tone, as Find in document selects it, and is coded so). Kept to slices of the text: a
 * search makes tens of thousands of these, and the words to sort by are found only when the lines
 * are sorted.
 */
export function kwicLine(docId: string, text: string, hitStart: number, hitEnd: number, width = KWIC_WIDTH): KwicLine {
  const start = graphemeFloor(text, hitStart);
  const end = graphemeCeil(text, hitEnd);
  const from = graphemeFloor(text, Math.max(0, start - width));
  const to = graphemeCeil(text, Math.min(text.length, end + width));
  return { docId, start, end, left: display(text.slice(from, start)), hit: display(text.slice(start, end)), right: display(text.slice(end, to)), leftCut: from > 0, rightCut: to < text.length };
}

/** The words before the hit, nearest first, folded (case and accents); a word cut by the context's edge left out. */
export function wordsBefore(line: KwicLine): string[] {
  return words(line.left, line.leftCut ? 'first' : null).reverse().slice(0, SORT_WORDS);
}

/** The words after the hit, nearest first, folded. */
export function wordsAfter(line: KwicLine): string[] {
  return words(line.right, line.rightCut ? 'last' : null).slice(0, SORT_WORDS);
}

export type KwicOrder = 'document' | 'before' | 'after' | 'hit';

/**
 * Lines sorted for reading: 'document' keeps project order and position (as given); 'before' sorts by
 * the word before the hit, then the one before it; 'after' by the words after; 'hit' by the hit's
 * text. Ties keep the given order.
 */
export function sortKwic(lines: readonly KwicLine[], order: KwicOrder): KwicLine[] {
  if (order === 'document') return [...lines];
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const byWords = (a: readonly string[], b: readonly string[]) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] === undefined || b[i] === undefined) return a[i] === undefined ? (b[i] === undefined ? 0 : -1) : 1;
      const c = collator.compare(a[i]!, b[i]!);
      if (c !== 0) return c;
    }
    return 0;
  };
  const keyed = lines.map((line, i) => ({ line, i, key: order === 'before' ? wordsBefore(line) : order === 'after' ? wordsAfter(line) : [] }));
  keyed.sort((x, y) => (order === 'hit' ? collator.compare(x.line.hit, y.line.hit) : byWords(x.key, y.key)) || x.i - y.i);
  return keyed.map((k) => k.line);
}

export interface GroupHitCount {
  group: Group;
  hits: number;
  /** The group's documents with at least one hit. */
  documents: number;
  /** Hits per 1,000 words of the group's documents; NaN without words. */
  per1000: number;
}

/** Hits counted by group (a document in two sets counts in both), with the group's words from `wordsOf`. */
export function countHitsByGroup(lines: readonly { docId: string }[], groups: readonly Group[], wordsOf: (docId: string) => number): GroupHitCount[] {
  const perDoc = new Map<string, number>();
  for (const line of lines) perDoc.set(line.docId, (perDoc.get(line.docId) ?? 0) + 1);
  return groups.map((group) => {
    let hits = 0;
    let documents = 0;
    let words = 0;
    for (const id of group.docIds) {
      const n = perDoc.get(id) ?? 0;
      hits += n;
      if (n > 0) documents++;
      words += wordsOf(id);
    }
    return { group, hits, documents, per1000: words > 0 ? (hits / words) * 1000 : Number.NaN };
  });
}

function words(text: string, drop: 'first' | 'last' | null): string[] {
  const found: string[] = [];
  const spans: Array<[number, number]> = [];
  forEachWord(text, (s, e) => spans.push([s, e]));
  // Only a word touching the cut edge was cut.
  if (drop === 'first' && spans.length > 0 && spans[0]![0] === 0) spans.shift();
  if (drop === 'last' && spans.length > 0 && spans[spans.length - 1]![1] === text.length) spans.pop();
  for (const [s, e] of spans) found.push(foldForSearch(text.slice(s, e)));
  return found;
}

const NOT_PLAIN_SPACE = /\s\s|[^\S ]/u;

function display(text: string): string {
  // Most contexts have single plain spaces only: test before building a new string.
  return NOT_PLAIN_SPACE.test(text) ? text.replace(/\s+/gu, ' ') : text;
}
