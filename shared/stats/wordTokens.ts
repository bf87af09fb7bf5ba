// Words for distinctive-word statistics, as Intl.Segmenter (Unicode's word boundaries, UAX #29, with
// the CLDR English tailoring) finds them: segments it calls word-like, case-folded. "don't", "U.S",
// "1,000" and "3.5" are one word each; "e-mail" is two.
//
// Why a second path: Intl.Segmenter costs about 3 µs a segment here (and more per call on a short
// string), so the words of 1,000 documents took seconds. Chunks between ASCII spaces made only of
// characters whose word-break class is simple (ASCII, Latin letters, curly quotes and apostrophes,
// dashes, the no-break space: see KINDS) are segmented here by the rules that apply to them (letters
// and digits join; ' . ‘ ’ join two letters or two digits; : joins two letters; , ; join two
// digits); any other chunk (the underscore, combining marks, other scripts, emoji) goes to
// Intl.Segmenter. A test compares both paths on thousands of random strings.

export interface WordToken {
  /** UTF-16 `[start, end)` in the text given. */
  start: number;
  end: number;
  /** The word, lower case. */
  term: string;
}

let segmenter: Intl.Segmenter | null = null;

/** The words of `text`, in order, with their offsets. */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  forEachWord(text, (start, end) => out.push({ start, end, term: text.slice(start, end).toLowerCase() }));
  return out;
}

/** Calls `visit(start, end)` for each word-like segment of `text`, in order. */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    // Skip ASCII whitespace; a word never spans it (UAX #29 WB3a–WB3d).
    while (i < length && isAsciiSpace(text.charCodeAt(i))) i++;
    if (i >= length) break;
    let end = i;
    let plain = true;
    while (end < length && !isAsciiSpace(text.charCodeAt(end))) {
      if (kind(text.charCodeAt(end)) === UNKNOWN) plain = false;
      end++;
    }
    if (plain) plainWords(text, i, end, visit);
    else segmentedWords(text, i, end, visit);
    i = end;
  }
}

function segmentedWords(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
  for (const segment of segmenter.segment(text.slice(from, to))) {
    if (segment.isWordLike) visit(from + segment.index, from + segment.index + segment.segment.length);
  }
}

// Word_Break classes (UAX #29) of the characters the fast path knows, by UTF-16 unit.
const UNKNOWN = 0;
const LETTER = 1; // ALetter: ASCII and Latin-1/Latin Extended-A and -B letters
const DIGIT = 2; // Numeric: 0-9
const MID_LETTER_OR_NUMBER = 3; // ' (Single_Quote) and . ‘ ’ (MidNumLet): join two letters or two digits
const MID_LETTER = 4; // : (MidLetter in CLDR's English tailoring): joins two letters
const MID_NUMBER = 5; // , ; (MidNum): join two digits
const BREAK = 6; // punctuation and symbols that are never part of a word and join nothing

const KINDS = new Uint8Array(0x2600);
for (let c = 0x21; c < 0x7f; c++) KINDS[c] = BREAK;
for (let c = 0x41; c <= 0x5a; c++) KINDS[c] = LETTER;
for (let c = 0x61; c <= 0x7a; c++) KINDS[c] = LETTER;
for (let c = 0x30; c <= 0x39; c++) KINDS[c] = DIGIT;
for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) KINDS[c] = LETTER;
KINDS[0x27] = KINDS[0x2e] = KINDS[0x2018] = KINDS[0x2019] = MID_LETTER_OR_NUMBER;
KINDS[0x3a] = MID_LETTER;
KINDS[0x2c] = KINDS[0x3b] = MID_NUMBER;
// The underscore (ExtendNumLet) joins on its own and its segments' word-likeness differs: not here.
KINDS[0x5f] = UNKNOWN;
// Common in news: no-break space, guillemets, dashes, curly double quotes, bullet, ellipsis.
for (const c of [0xa0, 0xab, 0xbb, 0x2013, 0x2014, 0x201c, 0x201d, 0x2022, 0x2026, 0x25cf]) KINDS[c] = BREAK;

function kind(c: number): number {
  return c < KINDS.length ? KINDS[c]! : UNKNOWN;
}

/** Whether `mid` between words of kinds `before` and `after` keeps them one word (WB6, WB7, WB11, WB12). */
function joins(mid: number, before: number, after: number): boolean {
  switch (mid) {
    case MID_LETTER_OR_NUMBER:
      return before === after;
    case MID_LETTER:
      return before === LETTER && after === LETTER;
    case MID_NUMBER:
      return before === DIGIT && after === DIGIT;
    default:
      return false;
  }
}

function isWordPart(k: number): boolean {
  return k === LETTER || k === DIGIT;
}

function plainWords(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let i = from;
  while (i < to) {
    if (!isWordPart(kind(text.charCodeAt(i)))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < to && isWordPart(kind(text.charCodeAt(i)))) i++;
      if (i + 1 < to && joins(kind(text.charCodeAt(i)), kind(text.charCodeAt(i - 1)), kind(text.charCodeAt(i + 1)))) {
        i++;
        continue;
      }
      break;
    }
    visit(start, i);
  }
}

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x0b;
}
