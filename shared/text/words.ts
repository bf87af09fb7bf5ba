// Words as a reader counts them: runs of letters, digits and joining marks, as the pattern
// /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu would find them. Counted by a scan rather than by matching
// that pattern: the import counts every word of every document (850,000 for 1,000 documents of 800
// words), and building the array of matches took five times as long as this scan.
const WORD_START = /^[\p{L}\p{N}]$/u;
// The soft hyphen and the zero-width (non-)joiners draw nothing inside a word ("inter\u00ADview",
// Persian and Indic spellings): they continue it, as search already ignores them.
const WORD_PART = /^(?:[\p{L}\p{N}\p{M}'’\u00AD-]|\u200C|\u200D)$/u;

const NOT_WORD = 1;
const PART = 2;
const START = 3;
/** Each UTF-16 unit's kind, looked up once (0: not yet); astral code points in `astral`. */
const kinds = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function kindOf(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  return WORD_START.test(character) ? START : WORD_PART.test(character) ? PART : NOT_WORD;
}

export function countWords(text: string): number {
  return scan(text, null);
}

/**
 * Where the words countWords counts stand in `text`: start and end (UTF-16 offsets, end exclusive,
 * the word's trailing marks included) of each, in pairs. Counting the words of many ranges of one
 * text (Compare's words coded) looks them up here instead of scanning each range again.
 */
export function wordRuns(text: string): Int32Array {
  // Each word takes a unit and all but the last one a unit after it: at most (length + 1) / 2 words.
  const runs = new Int32Array(text.length + 1);
  return runs.slice(0, 2 * scan(text, runs));
}

/** Counts the words of `text`; with `runs`, also writes where each one starts and ends, in pairs. */
function scan(text: string, runs: Int32Array | null): number {
  let words = 0;
  let inWord = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    let kind: number;
    const low = unit >= 0xd800 && unit <= 0xdbff && i + 1 < length ? text.charCodeAt(i + 1) : 0;
    const at = i;
    if (low >= 0xdc00 && low <= 0xdfff) {
      // A surrogate pair is one code point, as the pattern's `u` flag reads it; a lone surrogate is none.
      const codePoint = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      kind = astral.get(codePoint) ?? 0;
      if (kind === 0) astral.set(codePoint, (kind = kindOf(codePoint)));
      i++;
    } else {
      kind = kinds[unit]!;
      if (kind === 0) kinds[unit] = kind = kindOf(unit);
    }
    // A word goes on while its characters may be part of one; every START is also a PART.
    if (inWord) {
      inWord = kind !== NOT_WORD;
      if (!inWord && runs) runs[2 * words - 1] = at;
    } else if (kind === START) {
      if (runs) runs[2 * words] = at;
      words++;
      inWord = true;
    }
  }
  if (inWord && runs) runs[2 * words - 1] = length;
  return words;
}
