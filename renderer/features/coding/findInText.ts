// Where "Find in document" finds a phrase: as every search in Framewise does (shared/text/searchFold.ts),
// case and accents ignored, whichever Unicode form the text or the phrase is typed in ("resume" finds
// "Résumé", and "é" typed as one character finds "é" stored as "e" with a combining accent). The match
// is found in the folded text and mapped back, so that it covers the passage as stored, accents and
// all: that passage is what is selected, and coded with the next key. Pure: text in, offsets out.
// The phrase is read as the corpus search reads one (compileSearch), so a straight apostrophe finds a
// curly one ("mayor's" finds "mayor’s") here as there.
import { compileSearch } from '../../../shared/search/searchQuery';
import { originalRange, type FoldedText } from '../../../shared/text/searchFold';
import { graphemeCeil, graphemeFloor } from '../../../shared/text/graphemes';
import type { TextRange } from './textDomIndex';

/**
 * The first match of `query` at or after `from` (a UTF-16 offset of `text`), else the first from the
 * text's start; null when there is none. `folded` is `text` folded (foldTextWithOffsets), made once
 * per text by the caller. Spaces typed match any run of white space, line breaks included: a
 * hard-wrapped phrase reads (and, reflowed, is drawn) with a space where the text has "\n".
 */
export function findInText(text: string, folded: FoldedText, query: string, from: number): TextRange | null {
  const compiled = compileSearch({ pattern: query, mode: 'phrase', caseInsensitive: true, accentInsensitive: true });
  if (!compiled.ok) return null;
  const pattern = compiled.regex;
  pattern.lastIndex = foldedOffset(folded, from);
  const match = pattern.exec(folded.folded) ?? ((pattern.lastIndex = 0), pattern.exec(folded.folded));
  if (!match) return null;
  const [start, end] = originalRange(folded, match.index, match.index + match[0].length);
  // Whole characters: "👍" typed finds "👍🏽" with its skin tone, not the thumb without it.
  return { start: graphemeFloor(text, start), end: graphemeCeil(text, end) };
}

/** The first unit of the folded text that comes from `offset` of the original or after it. */
function foldedOffset({ origin }: FoldedText, offset: number): number {
  let lo = 0;
  let hi = origin.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (origin[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
