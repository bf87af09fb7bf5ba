// The form a plain "contains" search compares texts in (the library's search box, the document
// filter's "text contains" and "title contains", memos, the codebook's search and the quick-code
// palette): folded as every search folds (case, accents, invisible characters, ß:
// shared/text/searchFold.ts), each apostrophe, quote and hyphen as its plain mark (punctuation.ts:
// "don't" finds "don’t"), and each run of whitespace as one space (a phrase the text wraps onto the
// next line, or spaces widely, is still found). Not for offsets: lengths change (Find in document
// and the corpus search fold with offsets, foldText.ts, and match marks by class, searchQuery.ts).
import { foldForSearch } from '../text/searchFold';
import { unifyMarks } from './punctuation';

/** Whitespace that is not already one plain space: a run, or a line break, tab or other space alone. */
const NOT_ONE_SPACE = /\s{2,}|[^\S ]/gu;

export function foldPhrase(text: string): string {
  // Single spaces are left alone (not replaced by themselves): on a whole document that is many
  // times faster, and the document filter folds every text it searches.
  return unifyMarks(foldForSearch(text)).replace(NOT_ONE_SPACE, ' ');
}
