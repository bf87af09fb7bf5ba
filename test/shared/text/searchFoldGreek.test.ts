// Greek has two lower-case sigmas: "ς" ends a word, "σ" is used elsewhere; upper case has one, "Σ".
// Lower-casing a whole phrase gives "ς" at a word's end, lower-casing "Σ" alone gives "σ", so a query
// folded whole and a text folded character by character (foldWithOffsets) disagreed.
import { expect, test } from 'vitest';
import { foldForSearch, foldWithOffsets, originalRange } from '../../../shared/text/searchFold';
import { foldTextWithOffsets } from '../../../shared/search/foldText';

test('a Greek word ending in sigma is found whichever sigma the query and the text spell it with', () => {
  const text = 'Η ΟΔΟΣ ήταν κλειστή· η οδός άνοιξε.';
  for (const query of ['ΟΔΟΣ', 'οδος', 'οδοσ', 'Οδός']) {
    const needle = foldForSearch(query);
    for (const folded of [foldWithOffsets(text), foldTextWithOffsets(text)]) {
      const first = folded.folded.indexOf(needle);
      const second = folded.folded.indexOf(needle, first + 1);
      expect([first, second].every((at) => at >= 0), query).toBe(true);
      expect(text.slice(...originalRange(folded, first, first + needle.length))).toBe('ΟΔΟΣ');
      expect(text.slice(...originalRange(folded, second, second + needle.length))).toBe('οδός');
    }
  }
});
