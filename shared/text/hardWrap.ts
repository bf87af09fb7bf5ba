// Hard-wrapped text: plain-text news copies, e-mailed questionnaires and PDF text layers break every
// line at a fixed column (about 70 characters), so a paragraph arrives as a stack of lines each ending
// in "\n". The document view can draw such breaks as spaces (reflowed) without touching the text;
// this module says whether a text looks hard-wrapped, and which of its breaks a reflow joins.
// Lengths are in code points: what a reader counts as characters on a line.
import { utf16ToCodePoint } from './offsets';

/** Lines read at most: enough to tell a wrap from prose, and constant time on a 150,000-word document. */
const LINES_READ = 500;
/** Fewer wrapped lines than this are too few to tell (an address block, a signature). */
const MIN_WRAPPED_LINES = 4;
/**
 * The wrap column's plausible range. Narrower stacks are verse, lists or columns of figures; wider
 * lines are whole paragraphs that happen to contain a break, not a wrap.
 */
const MIN_COLUMN = 30;
const MAX_COLUMN = 120;
/** A wrapped line this close to the column (a share of it) is "full": the next word did not fit. */
const FULL_LINE = 0.7;
/** "Mostly": the share of full lines among the wrapped ones, and of wrapped lines among all lines. */
const MOSTLY_FULL = 0.75;
const MOSTLY_WRAPPED = 0.4;

/**
 * True when the text's lines are mostly of similar length, broken inside paragraphs: a text wrapped
 * at a fixed column. A "wrapped line" is a line followed by another line of the same paragraph (not
 * by a blank line); the last line of a paragraph is as short as it happens to be, so it is not
 * counted. The column is taken as the 90th percentile of the wrapped lines' lengths, so one long
 * line does not widen it.
 */
export function looksHardWrapped(text: string): boolean {
  const lines = firstLines(text, LINES_READ);
  const wrapped: number[] = [];
  let nonBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    nonBlank++;
    const next = lines[i + 1];
    if (next !== undefined && !isBlank(next)) wrapped.push(utf16ToCodePoint(line, line.trimEnd().length));
  }
  if (wrapped.length < MIN_WRAPPED_LINES || wrapped.length < MOSTLY_WRAPPED * nonBlank) return false;
  const sorted = [...wrapped].sort((a, b) => a - b);
  const column = sorted[Math.min(sorted.length - 1, Math.floor(0.9 * sorted.length))]!;
  if (column < MIN_COLUMN || column > MAX_COLUMN) return false;
  const full = wrapped.filter((length) => length >= FULL_LINE * column).length;
  return full >= MOSTLY_FULL * wrapped.length;
}

/**
 * Whether reflowing joins `line` to the line before it in the same paragraph (the break between them
 * drawn as a space). A line that starts a list item ("● ", "- ", "2) ", "b. ", "iv. ", "(a) ", "[12] "),
 * a speaker's turn in a transcript ("I: ", "R: ", "Interviewer: ", "Speaker 2: "), a time stamp, or is
 * indented starts its own line, reflowed or not: a questionnaire's items, an interview's turns and a
 * caption block keep their shape. Keeping a break that was a wrap costs a short line; joining a turn
 * to the one before it would misattribute what was said.
 */
export function joinsPreviousLine(line: string): boolean {
  return !(OWN_LINE.test(line) || SPEAKER_TURN.test(line));
}

const ENUMERATOR = '(?:\\d{1,3}|[a-z]|[ivxlc]{1,6})';
const OWN_LINE = new RegExp(
  [
    '^(?:\\s',
    '[•●○◦▪▫■□‣⁃∙·*+\\-–—]\\s',
    `${ENUMERATOR}[.)]\\s`,
    `\\(${ENUMERATOR}\\)\\s`,
    '\\[\\d{1,3}\\]\\s',
    // 00:12, [00:01:23], #00:04:12-5# (f4 transcripts).
    '[[(#]?\\d{1,2}:\\d{2}\\b)',
  ].join('|'),
  'iu',
);
/** A label of up to three words each capitalised or a number ("Dr. Lee", "Speaker 2", "IV", "B1"), then a colon. */
const SPEAKER_TURN = /^\p{Lu}[\p{L}\p{N}.'’-]*(?: (?:\p{Lu}[\p{L}\p{N}.'’-]*|\d+)){0,2}:(?:\s|$)/u;

function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count && start <= text.length) {
    const end = text.indexOf('\n', start);
    if (end < 0) {
      lines.push(text.slice(start));
      break;
    }
    lines.push(text.slice(start, end));
    start = end + 1;
  }
  return lines;
}

function isBlank(line: string): boolean {
  return !/\S/u.test(line);
}

/** True when reflowing would join at least two lines of a paragraph (`paragraph` holds no blank line). */
export function hasJoinableBreak(paragraph: string): boolean {
  if (!paragraph.includes('\n')) return false;
  return paragraph.split('\n').some((line, i) => i > 0 && joinsPreviousLine(line));
}
