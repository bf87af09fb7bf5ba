// Moving a coding's boundaries from the keyboard, by a character or a word, on the canonical text.
// Which coding and which end: the one the reader is on. A caret inside or at the edge of a coding
// moves the nearer end; a selection that is exactly a coding (as choosing it in "Coded passages"
// leaves it) moves the end the selection's focus is on. Pure: offsets in, offsets out.
import type { CodingRecord } from '../../../shared/model';
import { nextCodePoint, previousCodePoint } from '../../../shared/text/offsets';

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

const WORD = /[\p{L}\p{N}\p{M}'’_-]/u;

/** The coding's new `[start, end)` after moving one end; null when it would leave no text. */
export function nudgedRange(text: string, coding: Pick<CodingRecord, 'start' | 'end'>, edge: Edge, direction: -1 | 1, unit: NudgeUnit): { start: number; end: number } | null {
  let { start, end } = coding;
  if (edge === 'start') start = unit === 'character' ? stepCharacter(text, start, direction) : wordStart(text, start, direction);
  else end = unit === 'character' ? stepCharacter(text, end, direction) : wordEnd(text, end, direction);
  if (start >= end || (start === coding.start && end === coding.end)) return null;
  return { start, end };
}

function stepCharacter(text: string, at: number, direction: -1 | 1): number {
  // A whole character: never between the two halves of an emoji or other astral character.
  return direction > 0 ? nextCodePoint(text, at) : previousCodePoint(text, at);
}

const isWord = (text: string, i: number) => i >= 0 && i < text.length && WORD.test(text[i]!);

/** A start boundary one word earlier (the previous word's first character) or later (the next word's). */
function wordStart(text: string, at: number, direction: -1 | 1): number {
  let i = at;
  if (direction < 0) {
    while (i > 0 && !isWord(text, i - 1)) i--;
    while (i > 0 && isWord(text, i - 1)) i--;
  } else {
    while (i < text.length && isWord(text, i)) i++;
    while (i < text.length && !isWord(text, i)) i++;
  }
  return i;
}

/** An end boundary one word later (after the next word) or earlier (after the word before the last). */
function wordEnd(text: string, at: number, direction: -1 | 1): number {
  let i = at;
  if (direction > 0) {
    while (i < text.length && !isWord(text, i)) i++;
    while (i < text.length && isWord(text, i)) i++;
  } else {
    while (i > 0 && !isWord(text, i - 1)) i--;
    while (i > 0 && isWord(text, i - 1)) i--;
    while (i > 0 && !isWord(text, i - 1)) i--;
  }
  return i;
}
