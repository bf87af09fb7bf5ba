// Characters as a reader counts them, for the figures a researcher publishes ("1,204 characters were
// judged", "12% of the text coded"). Offsets stay UTF-16 units (the storage format); this turns them
// into character indices of one text.
//
// Which unit: the extended grapheme cluster of UAX #29 (Intl.Segmenter), not the code point. Code
// points still count a decomposed "é" as 2, a flag as 2, a family emoji as 7, a Devanagari syllable as
// 3 or 4: the figures would still shift with the script and the keyboard rather than with the coding.
// Clusters are what the caret and selection step over (graphemes.ts), so codings made in the app
// begin and end on them and convert exactly. The price: cluster rules follow the Unicode version of
// the runtime's ICU, so a rare sequence (a new emoji, an Indic conjunct) may count differently in
// another version of the app; the same app gives the same figures every time.
//
// Cost, measured once per document on 150,000-word texts (about 1,000,000 UTF-16 units, Node 20, a
// loaded 2-core machine), against 2–7 ms to count code points: English or any text where no unit can
// join a neighbour (most Latin, Greek, Cyrillic, BMP CJK) is one pattern scan, under 1 ms, and
// converts by identity; decomposed accents every third word 20 ms (a letter and one accent need no
// segmenter); an emoji every dozen words 85 ms; emoji only 115 ms; Devanagari throughout 170 ms. Only
// the stretches around joining units are segmented, in short slices: over a whole long text V8's
// segmenter takes time growing with the square of its length (100,000 units took 3.4 s).

import { codePointCeil } from './offsets';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Units that may belong to one cluster with a neighbour (UAX #29 rules GB3 to GB13): CR (CR LF),
 * marks (Extend, SpacingMark, including virama linkers), format characters (ZWJ, ZWNJ and the Prepend
 * signs), Hangul jamo, the few Extend, SpacingMark and Prepend letters outside those categories, and
 * every astral or lone surrogate (emoji, regional indicators, modifiers, tags). Between two units
 * outside this set there is always a boundary; characterIndex.test.ts checks that against
 * Intl.Segmenter for every BMP character.
 */
const JOINING = '[\\r\\p{M}\\p{Cf}\\u1100-\\u11ff\\ua960-\\ua97f\\ud7b0-\\ud7ff\\u0d4e\\u0e33\\u0eb3\\uff9e\\uff9f\\ud800-\\udfff\\u{10000}-\\u{10ffff}]';
const MAY_JOIN = new RegExp(`${JOINING}+`, 'gu');
const JOINS = new RegExp(JOINING, 'u');
const LETTER = /\p{L}/u;

/**
 * Windows closer than this are segmented as one: a call to the segmenter costs far more than the
 * clusters it steps over, and in Indic text or among emoji the windows are a few units apart.
 */
const NEAR = 32;

/** UTF-16 units segmented at once: short enough to stay clear of the segmenter's quadratic time. */
const SLICE = 256;

export interface CharacterIndex {
  /** Characters in the text. */
  readonly length: number;
  /**
   * Characters wholly before the UTF-16 offset: a start inside a character takes that character in.
   * An offset past the end counts as the end: a coding left from an earlier text must not stop a table.
   */
  floor(offset: number): number;
  /** Characters begun before the UTF-16 offset: an end inside a character takes that character in. */
  ceil(offset: number): number;
}

/**
 * The index of a text each of whose UTF-16 units is a character, or whose text is not at hand: each
 * offset is its own index, as the app counted before (nothing to check an offset against).
 */
export function unitCharacterIndex(length: number): CharacterIndex {
  const same = (offset: number) => offset;
  return { length, floor: same, ceil: same };
}

/** Computed once per text; then each conversion is a binary search over its multi-unit characters. */
export function characterIndex(text: string): CharacterIndex {
  // Each character longer than one unit: where it ends, and the units saved up to that end.
  const ends: number[] = [];
  const saved: number[] = [];
  let total = 0;
  const record = (start: number, end: number) => {
    total += end - start - 1;
    ends.push(end);
    saved.push(total);
  };
  // A window of joining units with one unit either side: its edges are boundaries (see MAY_JOIN).
  let lo = -1;
  let hi = -1;
  MAY_JOIN.lastIndex = 0;
  for (let match = MAY_JOIN.exec(text); match; match = MAY_JOIN.exec(text)) {
    if (isAccentedLetter(text, match.index, match[0].length)) {
      if (hi >= 0) segmentWindow(text, lo, hi, record);
      lo = hi = -1;
      record(match.index - 1, match.index + 1);
      continue;
    }
    const from = Math.max(0, match.index - 1);
    const to = Math.min(text.length, match.index + match[0].length + 1);
    if (hi >= 0 && from < hi + NEAR) {
      hi = to;
      continue;
    }
    if (hi >= 0) segmentWindow(text, lo, hi, record);
    lo = from;
    hi = to;
  }
  if (hi >= 0) segmentWindow(text, lo, hi, record);
  return sparseIndex(text.length, Int32Array.from(ends), Int32Array.from(saved));
}

/**
 * A letter and one accent of Combining Diacritical Marks (decomposed Latin, Greek, Cyrillic), between
 * units that join nothing: one character by rule GB9 whatever the Unicode version, so the segmenter,
 * a third of a second for a long decomposed text, is not needed.
 */
function isAccentedLetter(text: string, at: number, length: number): boolean {
  const mark = text.charCodeAt(at);
  return length === 1 && mark >= 0x300 && mark <= 0x36f && at >= 1 && LETTER.test(text[at - 1]!) && (at < 2 || !JOINS.test(text[at - 2]!));
}

function sparseIndex(units: number, ends: Int32Array, saved: Int32Array): CharacterIndex {
  const length = units - (saved.length === 0 ? 0 : saved[saved.length - 1]!);
  // How many multi-unit characters end at or before the offset.
  const endedBy = (offset: number) => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (ends[mid]! <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const convert = (offset: number, inside: 0 | 1) => {
    if (!Number.isInteger(offset)) throw new RangeError(`offset ${offset} is not a whole number of UTF-16 units`);
    const at = Math.min(Math.max(offset, 0), units);
    const j = endedBy(at);
    const before = j === 0 ? 0 : saved[j - 1]!;
    if (j === ends.length) return at - before;
    const start = ends[j]! - (saved[j]! - before) - 1;
    return start < at ? start - before + inside : at - before;
  };
  return { length, floor: (offset) => convert(offset, 0), ceil: (offset) => convert(offset, 1) };
}

/**
 * Characters covered by sorted, disjoint `[start, end)` runs of UTF-16 offsets, each once: two runs
 * that end and start inside one character count it once.
 */
export function charactersCovered(index: CharacterIndex, runs: ReadonlyArray<{ start: number; end: number }>): number {
  let covered = 0;
  let reached = 0;
  for (const { start, end } of runs) {
    const last = index.ceil(end);
    covered += Math.max(0, last - Math.max(index.floor(start), reached));
    reached = Math.max(reached, last);
  }
  return covered;
}

// Segments `[lo, hi)` (both boundaries) in slices that end between code points. A slice's boundaries
// are the text's (a rule looks back, never more than one code point ahead), except that its last
// cluster may go on past it: the next slice starts there. A cluster longer than a slice (a long run
// of stacked marks) widens the slice.
function segmentWindow(text: string, lo: number, hi: number, record: (start: number, end: number) => void): void {
  let at = lo;
  let span = SLICE;
  while (at < hi) {
    const end = Math.min(hi, codePointCeil(text, at + span));
    let last = at;
    for (const { index, segment } of segmenter.segment(text.slice(at, end))) {
      const start = at + index;
      if (end < hi && start + segment.length === end) {
        last = start;
        break;
      }
      if (segment.length > 1) record(start, start + segment.length);
      last = start + segment.length;
    }
    span = last === at ? span * 4 : SLICE;
    at = last;
  }
}
