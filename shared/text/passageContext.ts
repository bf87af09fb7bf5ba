// A coding keeps its quote with a little of the text around it, so that a re-imported (corrected)
// document can re-anchor it and an export reader can check it. 32 UTF-16 units is what annotation
// tools commonly keep (W3C TextQuoteSelector practice): enough to tell repeats of a phrase apart.
import { isCodePointBoundary } from './offsets';

export const CONTEXT_LENGTH = 32;

export interface PassageContext {
  quote: string;
  prefix: string;
  suffix: string;
}

/** Quote and context of `[start, end)` in UTF-16 units; context stops at the document's edges. */
export function capturePassage(text: string, start: number, end: number, length = CONTEXT_LENGTH): PassageContext {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
    throw new RangeError(`passage [${start}, ${end}) is outside a text of ${text.length} UTF-16 units`);
  }
  let prefixStart = Math.max(0, start - length);
  // Never cut an emoji in half: a lone surrogate is not valid text in a CSV or XML export.
  if (!isCodePointBoundary(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, end + length);
  if (!isCodePointBoundary(text, suffixEnd)) suffixEnd--;
  return {
    quote: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}
