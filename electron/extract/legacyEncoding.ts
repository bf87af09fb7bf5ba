// Text that is neither marked nor valid UTF-8 was saved in one of the 8-bit code pages, and the bytes
// do not say which: the same byte is é in Windows-1252, и in Windows-1251 and Ž in Mac Roman. Every
// reading "works", so a wrong guess puts mojibake under the researcher's codings without a word. We
// read a file only in an encoding we can tell with confidence, and otherwise refuse it:
// - chardet (ICU's statistical detector) names Cyrillic, Greek, Hebrew, Arabic, Central European and
//   other code pages when it is sure of them;
// - Western European Windows-1252, the most common legacy encoding, is read when its reading looks
//   like Western text (chardet alone is unsure of short texts such as "Zürich" or "“Café” costs €5");
// - Mac Roman likewise, since chardet does not know it.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { DecodedText } from './extracted';
import { UnreadableFileError } from './unreadableFileError';

/**
 * chardet's confidence (0-100) from which its guess is taken, and its lead over the next guess. Its
 * figures are modest even when it is right (37 against 8 for a sentence of Russian), so the lead
 * counts as much as the figure; a short CSV header of Russian names scores 23 and is refused.
 */
const SURE = 30;
const LEAD = 20;
/** Below this many bytes beyond ASCII chardet's figures are noise: it gives “Ça va” to Baltic at 98. */
const EVIDENCE = 4;
const SAMPLE = 64 * 1024;
const WESTERN = new Set(['windows-1252', 'ISO-8859-1']);
/**
 * ICU names the ISO code page when a text has no byte in 0x80-0x9F, though its Windows sibling is
 * the one editors write; the two differ in a few letters (Polish ą ś ź, Greek Ά), so a text is only
 * read when both readings agree.
 */
const WINDOWS_SIBLING: Record<string, string> = { 'ISO-8859-2': 'windows-1250', 'ISO-8859-7': 'windows-1253', 'ISO-8859-8': 'windows-1255', 'ISO-8859-9': 'windows-1254' };
const SINGLE_BYTE = /^(windows-\d+|ISO-8859-\d+|KOI8-R)$/u;

export function decodeLegacy(bytes: Uint8Array): DecodedText {
  const detected = confidentGuess(bytes);
  if (detected) return detected;
  // iconv-lite, not TextDecoder: Node's 'windows-1252' decoder is Latin-1 in disguise and turns curly
  // quotes and the euro sign (0x80-0x9F) into invisible control characters.
  const western = decode(bytes, 'windows-1252');
  if (readsAsWesternText(western)) return { text: western, encoding: 'Windows-1252' };
  const macRoman = decode(bytes, 'macintosh');
  if (readsAsWesternText(macRoman)) return { text: macRoman, encoding: 'Mac Roman (detected)' };
  throw new UnreadableFileError(
    'its encoding cannot be told with confidence: it is not UTF-8, and its letters do not read as Western European text. Open it in a text editor, save it as UTF-8, and import it again.',
  );
}

/** The text in chardet's single-byte encoding when it is sure of one, other than Windows-1252 (judged apart). */
function confidentGuess(bytes: Uint8Array): DecodedText | null {
  // The start is enough to tell the code page, and chardet's passes over a long file would cost seconds.
  const sample = bytes.subarray(0, SAMPLE);
  if (sample.filter((b) => b >= 0x80).length < EVIDENCE) return null;
  const [best, next] = chardet.analyse(sample);
  if (!best || best.confidence < SURE || best.confidence - (next?.confidence ?? 0) < LEAD) return null;
  if (WESTERN.has(best.name) || !SINGLE_BYTE.test(best.name) || !iconv.encodingExists(best.name)) return null;
  const encoding = WINDOWS_SIBLING[best.name] ?? best.name;
  const text = decode(bytes, encoding);
  if (text.includes('\ufffd') || (encoding !== best.name && decode(bytes, best.name) !== text)) return null;
  return { text, encoding: `${encoding.replace(/^windows/u, 'Windows')} (detected)` };
}

function decode(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

// Letters beyond ASCII that Western European languages write, as Windows-1252 and Mac Roman have them.
// Left out: Icelandic ð þ ý (Ð Þ Ý), because in a file these bytes are far more often Turkish ğ ş ı
// (İ Ş Ğ) or Cyrillic р ю э read in the wrong code page; an Icelandic file is refused, not garbled.
const WESTERN_LETTER = /[À-ÏÑ-ÖØ-Üß-ïñ-öø-üÿŒœŸŠšŽž]/u;
// Punctuation and signs of Western text. Left out: ƒ ˆ ˜, which no one types but which Mac Roman's
// É à ò become in Windows-1252; and the replacement character of bytes the code page leaves undefined.
const WESTERN_SIGN = /[\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿×÷€‚„…†‡‰‹›‘’“”•–—™]/u;
// Signs that sit between two letters in real text (l’été, word—word); any other one there is a letter
// of another code page (Polish ż ł ą are ¿ ³ ¹ in Windows-1252, Ż Ł Ą are ¯ £ ¥).
const INSIDE_WORD_SIGN = /[’\u00ad·–—]/u;
/** Signs that open a word or amount, never close one (Za¿, Po¯). */
const OPENING_SIGN = /[¿¡£¥§¯]/u;
/** Superscripts close a unit (m², cm³) or a footnote mark, not a longer word (opowiada³, mog¹). */
const SUPERSCRIPT = /[¹²³]/u;
const LETTER = /\p{L}/u;

/**
 * True when every character beyond ASCII is a Western letter or sign in a plausible place. Cyrillic or
 * Greek read as Windows-1252 is words of accented Latin letters (Ïðèâåò, ìèð), which no Western
 * language writes: three such letters in a row, or more than a third of a text's letters, are refused.
 */
function readsAsWesternText(text: string): boolean {
  let letters = 0;
  let accented = 0;
  let run = 0;
  let word = 0;
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const before = chars[i - 1] ?? ' ';
    const after = chars[i + 1] ?? ' ';
    const isLetter = LETTER.test(c);
    if (c < '\u0080') {
      run = 0;
    } else if (WESTERN_LETTER.test(c)) {
      accented++;
      if (++run >= 3) return false;
      // A capital after a small letter (cafŽ) is Mac Roman's é read as Windows-1252, or the reverse.
      if (c !== c.toLowerCase() && before !== before.toUpperCase()) return false;
    } else if (WESTERN_SIGN.test(c)) {
      run = 0;
      const afterLetter = LETTER.test(before);
      if (afterLetter && LETTER.test(after) && !INSIDE_WORD_SIGN.test(c)) return false;
      if (afterLetter && (OPENING_SIGN.test(c) || (SUPERSCRIPT.test(c) && word > 2))) return false;
    } else return false;
    if (isLetter) letters++;
    word = isLetter ? word + 1 : 0;
  }
  // The one letter of slack lets a word such as “Ça” stand alone.
  return accented * 3 <= letters + 1;
}
