// Paragraph numbers of offsets, for "near" (within N paragraphs), co-occurrence in the same paragraph
// and the context shown around a passage. Paragraphs are those the document view shows
// (shared/text/paragraphs.ts: blank lines separate them).
import { splitParagraphs } from '../text/paragraphs';

export interface ParagraphIndex {
  /** UTF-16 offset where each paragraph starts, ascending. */
  starts: Int32Array;
  /** UTF-16 offset where each paragraph ends (exclusive), before the blank line after it. */
  ends: Int32Array;
}

export function paragraphIndex(text: string): ParagraphIndex {
  const paragraphs = splitParagraphs(text);
  return {
    starts: Int32Array.from(paragraphs.map((p) => p.start)),
    ends: Int32Array.from(paragraphs.map((p) => p.start + p.text.length)),
  };
}

/**
 * The paragraph an offset belongs to: the last paragraph starting at or before it. An offset in the
 * blank lines between two paragraphs belongs to the one before; before the first, to the first.
 */
export function paragraphAt(index: ParagraphIndex, offset: number): number {
  const starts = index.starts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/** First and last paragraph a `[start, end)` range touches. */
export function paragraphSpan(index: ParagraphIndex, start: number, end: number): { first: number; last: number } {
  const first = paragraphAt(index, start);
  return { first, last: Math.max(first, paragraphAt(index, Math.max(start, end - 1))) };
}
