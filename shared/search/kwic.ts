// Keywords in context: each hit as a line "left context | hit | right context", with the hit's place
// in the original text, sortable by the words before or after it (as concordancers such as AntConc
// sort: first word to the left, then the next one out). The context is for display: runs of
// whitespace (line and paragraph breaks too) show as one space; the offsets are what a click, a
// coding and an export use.
import type { Group } from '../analysis/grouping';
import { codePointCeil, codePointFloor } from '../text/offsets';
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
  /** The words before the hit, nearest first, folded (case and accents), for sorting. */
  before: string[];
  /** The words after the hit, nearest first, folded. */
  after: string[];
}

/** Characters of context on each side, and words kept for sorting. */
export const KWIC_WIDTH = 60;
const SORT_WORDS = 3;

export function kwicLine(docId: string, text: string, start: number, end: number, width = KWIC_WIDTH): KwicLine {
  const from = codePointFloor(text, Math.max(0, start - width));
  const to = codePointCeil(text, Math.min(text.length, end + width));
  const leftRaw = text.slice(from, start);
  const rightRaw = text.slice(end, to);
  // A word cut by the edge of the context is not a word to sort by.
  const before = words(leftRaw, from > 0 ? 'first' : null).reverse().slice(0, SORT_WORDS);
  const after = words(rightRaw, to < text.length ? 'last' : null).slice(0, SORT_WORDS);
  return { docId, start, end, left: display(leftRaw), hit: display(text.slice(start, end)), right: display(rightRaw), before, after };
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
  const keyed = lines.map((line, i) => ({ line, i }));
  keyed.sort((x, y) => {
    const c = order === 'before' ? byWords(x.line.before, y.line.before) : order === 'after' ? byWords(x.line.after, y.line.after) : collator.compare(x.line.hit, y.line.hit);
    return c || x.i - y.i;
  });
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

function display(text: string): string {
  return text.replace(/\s+/gu, ' ');
}
