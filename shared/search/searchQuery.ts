// What a corpus search looks for, as plain data (saved, sent to a worker), and its compilation into
// one regular expression. Every mode becomes a RegExp with the `u` flag (so an emoji is one
// character) and `g`:
// - phrase: the text as typed, any run of spaces in it matching any run of whitespace in the
//   documents (a phrase may wrap onto the next line), each apostrophe, quote or hyphen matching its
//   typographic forms (punctuation.ts), never ending before a combining mark;
// - word: the same, but not inside a longer word: no letter, digit or mark just before or after.
//   Chinese, Japanese, Thai and the other scripts written without spaces show no word's edge in
//   the characters around it, so an edge of the word in one of them is not checked (as a phrase);
// - regex: the researcher's own expression (JavaScript syntax), with ^ and $ at each line's start
//   and end, as in text editors and concordancers (a transcript's speaker labels start lines).
// Case-insensitive: the `i` flag, and the texts lower-cased with ß as ss and the Turkish i's as one.
// Accent-insensitive: the texts are searched in their folded form (foldText.ts), and the phrase is
// folded the same way; in a regular expression only its non-ASCII characters are folded (é becomes e,
// ß becomes ss), since folding its ASCII would turn \W into \w. Accents respected, the texts and the
// phrase are compared composed (NFC), so "é" typed finds "e" + U+0301.
// Whatever the options, the texts are searched without the invisible characters every search drops
// (soft hyphens, zero-width characters: shared/text/searchFold.ts), and so is the phrase.
import { FOLD_FOR_FORM } from './foldText';
import { markClass } from './punctuation';

export interface CorpusSearchQuery {
  pattern: string;
  mode: 'phrase' | 'word' | 'regex';
  caseInsensitive: boolean;
  accentInsensitive: boolean;
}

export type TextForm = 'original' | 'case-folded' | 'accents-folded' | 'folded';

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
/** Scripts written without spaces between words (Script_Extensions, so that ー and 々 count). */
const UNSPACED = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;
/** The characters a regular expression gives a meaning to (with the `u` flag no other may be escaped). */
const SYNTAX = /[\^$\\.*+?()[\]{}|/]/u;

export function compileSearch(query: CorpusSearchQuery): CompiledSearch {
  if (query.pattern.trim() === '') return { ok: false, message: 'Type a word, a phrase or an expression to search for.' };
  const form: TextForm = query.accentInsensitive ? (query.caseInsensitive ? 'folded' : 'accents-folded') : query.caseInsensitive ? 'case-folded' : 'original';
  const flags = `gmu${query.caseInsensitive ? 'i' : ''}`;
  let source: string;
  if (query.mode === 'regex') {
    const foldChar = FOLD_FOR_FORM[form];
    // A letter typed with a combining accent is folded with it: composed, as the texts are.
    source = query.pattern.replace(/\P{M}\p{M}+|[^\p{ASCII}]/gu, (char) => foldChar(char));
  } else {
    const phrase = FOLD_FOR_FORM[form](query.pattern).trim();
    // Only accents or invisible characters typed: nothing is left to look for.
    if (phrase === '') return { ok: false, message: 'Type a word, a phrase or an expression to search for.' };
    source = phrase
      .split(/\s+/u)
      .map((part) => Array.from(part, literal).join(''))
      .join('\\s+');
    // A match may not stop before a combining mark: with accents respected, "cafe" is not in "café"
    // written as e + U+0301.
    const chars = Array.from(phrase);
    const before = query.mode === 'word' && !UNSPACED.test(chars[0] ?? '') ? `(?<!${WORD_CHAR})` : '';
    const after = query.mode === 'word' && !UNSPACED.test(chars.at(-1) ?? '') ? `(?!${WORD_CHAR})` : '(?!\\p{M})';
    source = `${before}${source}${after}`;
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

/** One character of a phrase as a regular expression: itself, escaped, or the class of its typographic forms. */
function literal(char: string): string {
  return markClass(char) ?? (SYNTAX.test(char) ? `\\${char}` : char);
}
