// The form a plain "contains" search compares texts in (the library's search box; the document
// filter's "text contains" can use it too): folded as every search folds (case, accents:
// shared/text/searchFold.ts), each apostrophe, quote and hyphen as its plain mark (punctuation.ts:
// "don't" finds "don’t"), and each run of whitespace as one space (a phrase the text wraps onto the
// next line, or spaces widely, is still found). Not for offsets: lengths change.
import { foldForSearch } from '../text/searchFold';
import { unifyMarks } from './punctuation';

export function foldPhrase(text: string): string {
  return unifyMarks(foldForSearch(text)).replace(/\s+/gu, ' ');
}
