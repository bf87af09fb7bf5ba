// The one rule every search in Framewise folds text by (library, memos, codebook, corpus search):
// case and accents are ignored alike, so "resume" finds "Résumé" wherever a researcher searches.
// Compatibility forms fold too (NFKD): "ﬁ" finds "fi", a full-width "Ａ" finds "a".

/** Lower case without diacritics. */
export function foldForSearch(text: string): string {
  // Greek's word-final "ς" is "σ" (Unicode case folding): lower-casing a phrase gives "ς" at a word's
  // end, lower-casing its "Σ" alone (as foldWithOffsets does) gives "σ", and the two must meet.
  // (Looked for first: corpus search folds every non-ASCII character of every text through here.)
  const lower = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLocaleLowerCase();
  return lower.includes('ς') ? lower.replaceAll('ς', 'σ') : lower;
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
