// "Show more" around a retrieved passage: the paragraphs it lies in, and as many whole paragraphs
// before and after as the researcher asks for, with the passage's place inside that stretch so the
// view can mark it. Paragraphs as the document view shows them (blank lines separate them).
import { paragraphIndex, paragraphSpan, type ParagraphIndex } from '../analysis/paragraphIndex';

export interface PassageContextView {
  /** UTF-16 `[start, end)` of the stretch shown, in the document's canonical text. */
  start: number;
  end: number;
  text: string;
  /** The passage within `text` (offsets relative to `start`). */
  passageStart: number;
  passageEnd: number;
  /** Whether there is more text before and after the stretch, so the view can offer "more". */
  moreBefore: boolean;
  moreAfter: boolean;
}

/** The passage `[start, end)` with `paragraphs` whole paragraphs of context on each side (0: its own paragraphs). */
export function contextAround(text: string, start: number, end: number, paragraphs: number, index: ParagraphIndex = paragraphIndex(text)): PassageContextView {
  if (index.starts.length === 0) return { start: 0, end: text.length, text, passageStart: start, passageEnd: end, moreBefore: false, moreAfter: false };
  const span = paragraphSpan(index, start, end);
  const reach = Math.max(0, Math.floor(paragraphs));
  const first = Math.max(0, span.first - reach);
  const last = Math.min(index.starts.length - 1, span.last + reach);
  // The passage may run into the blank lines around its paragraphs: never cut it.
  const from = Math.min(index.starts[first]!, start);
  const to = Math.max(index.ends[last]!, end);
  return {
    start: from,
    end: to,
    text: text.slice(from, to),
    passageStart: start - from,
    passageEnd: end - from,
    moreBefore: first > 0,
    moreAfter: last < index.starts.length - 1,
  };
}
