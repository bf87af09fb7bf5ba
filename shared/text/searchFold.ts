// The one rule every search in Framewise folds text by (library, memos, codebook, corpus search):
// case and accents are ignored alike, so "resume" finds "Résumé" wherever a researcher searches.
// Compatibility forms fold too (NFKD): "ﬁ" finds "fi", a full-width "Ａ" finds "a". Characters that
// draw nothing are dropped (see INVISIBLE), and letters that case or spelling writes two ways are
// one: ß is "ss", Turkish dotless ı is "i", Greek final ς is "σ". A search that respects accents
// still compares texts composed (NFC): "é" typed is the "e" + U+0301 a PDF or a macOS file stores.

/**
 * Characters that draw nothing but sit inside words of HTML and PDF text: soft hyphens (where a line
 * may break), zero-width space, non-joiner and joiner, word joiner, and the byte-order mark. Left in,
 * they hide a word from a search for it ("inter\u00ADview" is not "interview"); every search drops
 * them, even one that respects case and accents.
 */
const INVISIBLE_CLASS = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF';
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]+`, 'gu');
const HAS_INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'u');
const MARKS_AND_INVISIBLE = new RegExp(`[\\p{M}${INVISIBLE_CLASS}]+`, 'gu');

/**
 * Letters lower case writes two ways, each as the one form a search compares. ß is "ss" (German
 * writes "Strasse" in capitals, Swiss German always). Turkish ı (dotless) is "i": "I", "İ", "i" and
 * "ı" are one letter to a search, in every locale (lower-casing "I" gives "ı" in Turkish, "i"
 * elsewhere, so folding cannot hang on the locale the app runs in). Greek's word-final "ς" is "σ"
 * (Unicode case folding): lower-casing a phrase gives "ς" at a word's end, lower-casing its "Σ"
 * alone (as the offset-keeping folds do) gives "σ", and the two must meet.
 */
const SAME_LETTER: Readonly<Record<string, string>> = { ß: 'ss', ı: 'i', ς: 'σ' };
const TWO_FORMS = /[ßıς]/gu;
const HAS_TWO_FORMS = /[ßıς]/u;

/** Lower case without diacritics or invisible characters. */
export function foldForSearch(text: string): string {
  return sameLetters(foldAccents(text).toLowerCase());
}

/**
 * Lower case, composed, without invisible characters, accents kept: for a search that ignores case
 * only. "İ" is "i" here too: lower-casing it gives "i" and a combining dot, which is no accent.
 */
export function foldCase(text: string): string {
  return sameLetters(composed(text).replace(/İ/gu, 'i').toLowerCase());
}

/** Composed (NFC) without invisible characters, all else kept: for a search that respects case and accents. */
export function composed(text: string): string {
  return dropInvisible(text).normalize('NFC');
}

/**
 * Characters that composition (NFC) may join to the one before them: combining marks, and Korean
 * vowel and final-consonant jamo (a syllable stored as jamo composes to one character); and the
 * invisible characters, dropped before composing. Folding a text in pieces that each start before
 * any other character gives what folding it whole gives.
 */
export const FOLDS_WITH_PREVIOUS = new RegExp(`[\\p{M}\\u1161-\\u1175\\u11A8-\\u11C2${INVISIBLE_CLASS}]`, 'u');

/** Lower case already taken (not toLocaleLowerCase: in a Turkish locale "ISTANBUL" would not find "istanbul"). */
function sameLetters(lower: string): string {
  // Looked for first: corpus search folds every non-ASCII character of every text through here.
  return HAS_TWO_FORMS.test(lower) ? lower.replace(TWO_FORMS, (letter) => SAME_LETTER[letter]!) : lower;
}

/** Without diacritics or invisible characters, case kept: for a search that ignores accents but not case. */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(MARKS_AND_INVISIBLE, '');
}

/** Without invisible characters, all else kept. */
function dropInvisible(text: string): string {
  return HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
}

/** Whether the text holds a character every search drops. */
export function hasInvisible(text: string): boolean {
  return HAS_INVISIBLE.test(text);
}

/** A folded text and where each of its UTF-16 units came from in the original. */
export interface FoldedText {
  folded: string;
  /** For each unit of `folded`, the offset in the original of the character it came from; then the original's length. */
  origin: Int32Array;
}

/**
 * Folds a text character by character, remembering where each folded unit came from, so that a match
 * found in the folded text maps back to the passage it covers in the original: that passage is what is
 * shown, coded and exported.
 */
export function foldWithOffsets(text: string): FoldedText {
  const parts: string[] = [];
  const origin: number[] = [];
  let i = 0;
  for (const char of text) {
    const folded = foldForSearch(char);
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) origin.push(i);
    i += char.length;
  }
  origin.push(text.length);
  return { folded: parts.join(''), origin: Int32Array.from(origin) };
}

/**
 * The original `[start, end)` of the folded `[start, end)`: from the first character the match touches
 * to the start of the first character after it, so an accent folded away at the end ("café" for
 * "cafe") is inside, and a match that ends inside one character's expansion ("f" in "ﬁ") covers it.
 */
export function originalRange({ origin }: FoldedText, start: number, end: number): [number, number] {
  const from = origin[start]!;
  if (end <= start) return [from, from];
  const last = origin[end - 1]!;
  let k = end;
  while (k < origin.length - 1 && origin[k]! === last) k++;
  return [from, origin[k]!];
}
