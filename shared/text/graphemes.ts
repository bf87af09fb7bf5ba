// What a reader sees as one character is a grapheme cluster, often several code points: a letter and
// its accent ("e" then U+0301), an emoji with its skin tone, a flag (two regional indicators), a
// family joined by zero-width joiners, an Indic syllable. The browser's caret and selection move by
// clusters; an end of a coding moved "by one character", or a passage cut short for a label, must
// too, or it cuts a flag in two, or leaves an accent to the next passage. Offsets are UTF-16 units.
import { codePointCeil, codePointFloor } from './offsets';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * UTF-16 units read on each side of an offset to find the cluster around it: a slice, not the whole
 * text (a document can be a million units, and a key press asks for one cluster). A cluster that
 * reaches the edge of the slice may go on beyond it, so the slice is widened and read again.
 */
const REACH = 32;

/** The cluster holding the unit at `at` (`0 <= at < text.length`), as `[start, end)`. */
function clusterAt(text: string, at: number): { start: number; end: number } {
  for (let reach = REACH; ; reach *= 4) {
    const lo = codePointFloor(text, Math.max(0, at - reach));
    const hi = codePointCeil(text, Math.min(text.length, at + reach + 1));
    const segment = segmenter.segment(text.slice(lo, hi)).containing(at - lo)!;
    const start = lo + segment.index;
    const end = start + segment.segment.length;
    if ((start > lo || lo === 0) && (end < hi || hi === text.length)) return { start, end };
  }
}

/** The character boundary at or before the offset (the start of the cluster it falls inside). */
export function graphemeFloor(text: string, at: number): number {
  return at <= 0 ? 0 : at >= text.length ? text.length : plainBoundary(text, at) ? at : clusterAt(text, at).start;
}

/** The character boundary at or after the offset (the end of the cluster it falls inside). */
export function graphemeCeil(text: string, at: number): number {
  return at <= 0 ? 0 : at >= text.length ? text.length : plainBoundary(text, at) ? at : clusterAt(text, at - 1).end;
}

/**
 * Letters, digits, punctuation and spaces of scripts whose characters are each a cluster of their own
 * (no combining letters, no syllables built of parts, no prefixed signs), less their marks and format
 * characters: between two of these, the segmenter's rules always find a boundary.
 */
const OWN_CLUSTER = /^[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Armenian}\p{sc=Hebrew}\p{sc=Arabic}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{P}\p{Zs}\p{Nd}]$/u;
const JOINS = /[\p{M}\p{Cf}]/u;

function ownCluster(code: number): boolean {
  if (code < 0x300) return code !== 0x0d && code !== 0x0a;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  const char = String.fromCharCode(code);
  return OWN_CLUSTER.test(char) && !JOINS.test(char);
}

/**
 * Whether `at` (inside the text) is certainly between two characters without asking the segmenter,
 * which costs microseconds a call: a corpus search places tens of thousands of hits, an import the
 * context of every coding (a flag, an emoji sequence, an accent or a syllable is left to it).
 */
function plainBoundary(text: string, at: number): boolean {
  return ownCluster(text.charCodeAt(at - 1)) && ownCluster(text.charCodeAt(at));
}

/** The boundary one whole character after the offset; the text's length at its end. */
export function nextGrapheme(text: string, at: number): number {
  return at >= text.length ? text.length : clusterAt(text, Math.max(0, at)).end;
}

/** The boundary one whole character before the offset; 0 at the start. */
export function previousGrapheme(text: string, at: number): number {
  return at <= 0 ? 0 : clusterAt(text, Math.min(text.length, at) - 1).start;
}
