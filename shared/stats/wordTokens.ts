// Words for distinctive-word statistics, as Intl.Segmenter (Unicode's word boundaries, UAX #29, with
// the CLDR English tailoring) finds them: segments it calls word-like, case-folded. "don't", "U.S",
// "1,000" and "3.5" are one word each; "e-mail" is two.
//
// Why a second path: Intl.Segmenter costs about 3 µs a segment here, so the words inside 10,000
// passages took about a second. Runs of plain ASCII letters and digits between ASCII spaces are
// segmented here by the same rules (the few that apply to ASCII: letters and digits join; ' and .
// join two letters or two digits; : joins two letters; , and ; join two digits), and any chunk with
// another character (non-ASCII, or the underscore, whose rule status differs) goes to Intl.Segmenter.
// A test compares both paths on thousands of random strings.

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

/** Adds each word of `text` to `counts` (lower case), leaving out `stopWords`. Returns the words counted. */
export function addWordCounts(text: string, counts: Map<string, number>, stopWords: ReadonlySet<string> | null = null): number {
  let n = 0;
  forEachWord(text, (start, end) => {
    const term = text.slice(start, end).toLowerCase();
    if (stopWords?.has(term)) return;
    counts.set(term, (counts.get(term) ?? 0) + 1);
    n++;
  });
  return n;
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
      const c = text.charCodeAt(end);
      if (c >= 0x80 || c === 0x5f /* _ */) plain = false;
      end++;
    }
    if (plain) asciiWords(text, i, end, visit);
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

const LETTER = 1;
const DIGIT = 2;

function kind(c: number): number {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return LETTER;
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  return 0;
}

/** Whether the ASCII character `mid` between `before` and `after` (kinds) keeps them one word. */
function joins(mid: number, before: number, after: number): boolean {
  switch (mid) {
    case 0x27: // ' (Single_Quote)
    case 0x2e: // . (MidNumLet)
      return before === after;
    case 0x3a: // : (MidLetter)
      return before === LETTER && after === LETTER;
    case 0x2c: // , (MidNum)
    case 0x3b: // ; (MidNum)
      return before === DIGIT && after === DIGIT;
    default:
      return false;
  }
}

function asciiWords(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let i = from;
  while (i < to) {
    if (kind(text.charCodeAt(i)) === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < to && kind(text.charCodeAt(i)) !== 0) i++;
      if (i + 1 < to && joins(text.charCodeAt(i), kind(text.charCodeAt(i - 1)), kind(text.charCodeAt(i + 1)))) {
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
