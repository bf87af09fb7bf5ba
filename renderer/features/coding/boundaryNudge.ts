// Moving a coding's boundaries from the keyboard, by a character or a word, on the canonical text.
// Which coding and which end: the one the reader is on. A caret inside or at the edge of a coding
// moves the nearer end; a selection that is exactly a coding (as choosing it in "Coded passages"
// leaves it) moves the end the selection's focus is on. Pure: offsets in, offsets out.
import type { CodingRecord } from '../../../shared/model';
import { codePointCeil, codePointFloor } from '../../../shared/text/offsets';
import { nextGrapheme, previousGrapheme } from '../../../shared/text/graphemes';
import { splitParagraphs } from '../../../shared/text/paragraphs';

export type Edge = 'start' | 'end';
export type NudgeUnit = 'character' | 'word';

/** The reader's selection as offsets, with its focus: the end that Shift+arrows move. */
export interface Caret {
  start: number;
  end: number;
  focus: number;
}

/** The coding and end a nudge acts on; `preferred` (e.g. the coding chosen in a list) wins ties. */
export function nudgeTarget(codings: readonly CodingRecord[], caret: Caret, preferred: readonly string[] = []): { coding: CodingRecord; edge: Edge } | null {
  const rank = (c: CodingRecord) => {
    const at = preferred.indexOf(c.id);
    return at < 0 ? preferred.length : at;
  };
  if (caret.start !== caret.end) {
    const exact = codings.filter((c) => c.start === caret.start && c.end === caret.end).sort((a, b) => rank(a) - rank(b))[0];
    return exact ? { coding: exact, edge: caret.focus === caret.start ? 'start' : 'end' } : null;
  }
  const at = caret.start;
  const candidates = codings
    .filter((c) => c.start <= at && at <= c.end)
    .map((coding) => ({ coding, distance: Math.min(at - coding.start, coding.end - at) }))
    .sort((a, b) => rank(a.coding) - rank(b.coding) || a.distance - b.distance);
  const best = candidates[0];
  if (!best) return null;
  const { coding } = best;
  return { coding, edge: at - coding.start < coding.end - at ? 'start' : 'end' };
}

/** The coding's new `[start, end)` after moving one end; null when it would leave no text. */
export function nudgedRange(text: string, coding: Pick<CodingRecord, 'start' | 'end'>, edge: Edge, direction: -1 | 1, unit: NudgeUnit): { start: number; end: number } | null {
  let { start, end } = coding;
  if (edge === 'start') start = unit === 'character' ? stepCharacter(text, start, edge, direction) : wordStart(text, start, direction);
  else end = unit === 'character' ? stepCharacter(text, end, edge, direction) : wordEnd(text, end, direction);
  if (start >= end || (start === coding.start && end === coding.end)) return null;
  return { start, end };
}

function stepCharacter(text: string, at: number, edge: Edge, direction: -1 | 1): number {
  // A whole character as the reader sees it, as the caret moves: never half an emoji or a flag, never
  // a letter without the accent typed after it.
  const stepped = direction > 0 ? nextGrapheme(text, at) : previousGrapheme(text, at);
  // Nor the break between two paragraphs, which the reader sees as space between them, no character:
  // a boundary that would land in it goes on over it, to the next paragraph's first character or the
  // previous one's last, so no press is spent on nothing and no quote begins or ends with the break.
  const gap = paragraphBreakHolding(text, edge === 'start' ? stepped : stepped - 1);
  if (!gap) return stepped;
  if (direction < 0) {
    if (gap.start === 0) return at;
    return edge === 'start' ? previousGrapheme(text, gap.start) : gap.start;
  }
  if (gap.end === text.length) return at;
  return edge === 'start' ? gap.end : nextGrapheme(text, gap.end);
}

/**
 * The paragraph break (blank lines, with the whitespace around them that splitParagraphs gives to no
 * paragraph) that holds the character at `i`, as `[start, end)`; null when that character belongs to
 * a paragraph. Reads only the run of whitespace around `i`, not the whole text.
 */
function paragraphBreakHolding(text: string, i: number): { start: number; end: number } | null {
  if (i < 0 || i >= text.length || !WHITESPACE.test(text[i]!)) return null;
  let lo = i;
  let hi = i + 1;
  while (lo > 0 && WHITESPACE.test(text[lo - 1]!)) lo--;
  while (hi < text.length && WHITESPACE.test(text[hi]!)) hi++;
  // Within a run of whitespace, what splitParagraphs keeps is the end of the paragraph before the
  // break (spaces before its first newline); the rest of the run is the break, if it holds one.
  const [kept] = splitParagraphs(text.slice(lo, hi));
  const start = lo + (kept && kept.start === 0 ? kept.text.length : 0);
  return start < hi && i >= start ? { start, end: hi } : null;
}

/** Whitespace as splitParagraphs's paragraph break reads it (`\s`). */
const WHITESPACE = /\s/;

/** A start boundary one word earlier (the previous word's first character) or later (the next word's). */
function wordStart(text: string, at: number, direction: -1 | 1): number {
  if (direction < 0) return wordNear(text, at, -1, (words) => words.findLast((w) => w.start < at)?.start, 0);
  return wordNear(text, at, 1, (words) => words.find((w) => w.start > at)?.start, text.length);
}

/** An end boundary one word later (after the next word) or earlier (after the word before the last). */
function wordEnd(text: string, at: number, direction: -1 | 1): number {
  if (direction > 0) return wordNear(text, at, 1, (words) => words.find((w) => w.end > at)?.end, text.length);
  return wordNear(
    text,
    at,
    -1,
    (words) => {
      const last = words.findLastIndex((w) => w.start < at);
      return last > 0 ? words[last - 1]!.end : undefined;
    },
    0,
  );
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
/** Between two words, a hyphen or an apostrophe joins them into one ("well-being", "rock'n'roll"). */
const JOINER = /^[-‐‑'’_]$/u;
/** UTF-16 units read on each side of the boundary at first (see wordNear). */
const WORD_REACH = 256;

/**
 * A boundary found among the words near `at` (`pick` is given them in text order), else `otherwise`.
 * The words are found as the browser finds them for Ctrl+arrow (a dictionary for Chinese, Japanese,
 * Thai), in a slice of the text around `at`, not the whole text: a key press reads a few hundred
 * units of a document of a million. A boundary at a cut edge of the slice, or none found while the
 * slice does not reach the text's end in that direction, reads a wider slice.
 */
function wordNear(text: string, at: number, direction: -1 | 1, pick: (words: readonly Word[]) => number | undefined, otherwise: number): number {
  for (let reach = WORD_REACH; ; reach *= 4) {
    const lo = codePointFloor(text, Math.max(0, at - (direction < 0 ? reach : WORD_REACH)));
    const hi = codePointCeil(text, Math.min(text.length, at + (direction > 0 ? reach : WORD_REACH)));
    const found = pick(wordsIn(text, lo, hi));
    if (found !== undefined && (found > lo || lo === 0) && (found < hi || hi === text.length)) return found;
    if (found === undefined && (direction < 0 ? lo === 0 : hi === text.length)) return otherwise;
  }
}

interface Word {
  start: number;
  end: number;
}

/** The words of `text.slice(lo, hi)`, as offsets of `text`. */
function wordsIn(text: string, lo: number, hi: number): Word[] {
  const words: Word[] = [];
  for (const { segment, index, isWordLike } of wordSegmenter.segment(text.slice(lo, hi))) {
    if (!isWordLike) continue;
    const start = lo + index;
    const last = words.at(-1);
    if (last && JOINER.test(text.slice(last.end, start))) last.end = start + segment.length;
    else words.push({ start, end: start + segment.length });
  }
  return words;
}
