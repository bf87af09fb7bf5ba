// A coding keeps its quote with a little of the text around it, so that a re-imported (corrected)
// document can re-anchor it and an export reader can check it. 32 UTF-16 units is what annotation
// tools commonly keep (W3C TextQuoteSelector practice): enough to tell repeats of a phrase apart.
import { graphemeCeil, graphemeFloor } from './graphemes';

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
  // Whole characters as a reader sees them: half an emoji is not valid text in a CSV or XML export,
  // and half a family, a flag's second letter or an accent without its letter reads as another one.
  const prefixStart = Math.min(start, graphemeCeil(text, Math.max(0, start - length)));
  const suffixEnd = Math.max(end, graphemeFloor(text, Math.min(text.length, end + length)));
  return {
    quote: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}
