// Where a passage lies, in the words the Agreement place says it: in characters as a reader counts
// them (grapheme clusters, as the report's character figures: characterIndex.ts), its first and last
// character numbered from 1, as Retrieve numbers paragraphs. Offsets are stored in UTF-16 units, in
// which a flag is 4 and a decomposed "é" 2: said as they are, a passage after an emoji would seem to
// start further on than a reader counts, and "characters 25–51" would start one before it.
import type { CharacterIndex } from '../text/characterIndex';

/** "characters 26–51" (or "character 26") for the UTF-16 extent `[start, end)` of the index's text. */
export function characterPlace(index: CharacterIndex, start: number, end: number): string {
  const first = index.floor(start) + 1;
  const last = Math.max(first, index.ceil(end));
  return last === first ? `character ${first}` : `characters ${first}–${last}`;
}

/** "1 character", "24 characters": a text's length as the report counts it. */
export function characterCount(index: CharacterIndex): string {
  return `${index.length.toLocaleString('en-US')} ${index.length === 1 ? 'character' : 'characters'}`;
}
