// What a corpus search looks for, as plain data (saved, sent to a worker), and its compilation into
// one regular expression. Every mode becomes a RegExp with the `u` flag (so an emoji is one
// character) and `g`:
// - phrase: the text as typed, any run of spaces in it matching any run of whitespace in the
//   documents (a phrase may wrap onto the next line), never ending before a combining mark;
// - word: the same, but not inside a longer word: no letter, digit or mark just before or after;
// - regex: the researcher's own expression (JavaScript syntax).
// Case-insensitive: the `i` flag. Accent-insensitive: the texts are searched in their folded form
// (foldText.ts), and the phrase is folded the same way; in a regular expression only its non-ASCII
// characters are folded (é becomes e), since folding its ASCII would turn \W into \w.
import { foldForSearch } from '../text/searchFold';

export interface CorpusSearchQuery {
  pattern: string;
  mode: 'phrase' | 'word' | 'regex';
  caseInsensitive: boolean;
  accentInsensitive: boolean;
}

export type TextForm = 'original' | 'accents-folded' | 'folded';

export type CompiledSearch =
  | {
      ok: true;
      regex: RegExp;
      /** Which form of the texts the expression runs on. */
      form: TextForm;
      /** Said to the researcher beside the results (an expression that also matches empty text). */
      notice: string | null;
    }
  | { ok: false; message: string };

export const EMPTY_MATCH_NOTICE = 'This expression also matches empty text; empty matches are not listed as hits.';

const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';

export function compileSearch(query: CorpusSearchQuery): CompiledSearch {
  if (query.pattern.trim() === '') return { ok: false, message: 'Type a word, a phrase or an expression to search for.' };
  const form: TextForm = !query.accentInsensitive ? 'original' : query.caseInsensitive ? 'folded' : 'accents-folded';
  const flags = `gu${query.caseInsensitive ? 'i' : ''}`;
  let source: string;
  if (query.mode === 'regex') {
    source = query.accentInsensitive ? query.pattern.replace(/[^\p{ASCII}]/gu, (char) => foldAccents(char)) : query.pattern;
  } else {
    let phrase = query.pattern.trim();
    if (form === 'folded') phrase = foldForSearch(phrase);
    else if (form === 'accents-folded') phrase = foldAccents(phrase);
    source = phrase
      .split(/\s+/u)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
      .join('\\s+');
    // A match may not stop before a combining mark: with accents respected, "cafe" is not in "café"
    // written as e + U+0301.
    source = query.mode === 'word' ? `(?<!${WORD_CHAR})${source}(?!${WORD_CHAR})` : `${source}(?!\\p{M})`;
  }
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /u, '') : String(error);
    return { ok: false, message: `“${query.pattern}” is not a regular expression Framewise can read: ${reason}. Check brackets and backslashes, or search for it as a phrase.` };
  }
  // Matching empty text (a*, x?) is found here or while searching; either way such matches are skipped.
  const matchesEmpty = regex.exec('')?.[0] === '';
  regex.lastIndex = 0;
  return { ok: true, regex, form, notice: matchesEmpty ? EMPTY_MATCH_NOTICE : null };
}

function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}
