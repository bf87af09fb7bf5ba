// Which part of a document's text is on screen: the canonical offsets of the first and last paragraph
// that intersect the scroller's viewport (widened by `margin` pixels). Paragraph elements are in text
// order and so in vertical order, so a binary search finds them without measuring every paragraph.
import type { TextDomIndex } from './textDomIndex';

export function visibleTextRange(index: TextDomIndex, scroller: HTMLElement, margin: number): { start: number; end: number } | null {
  const paragraphs = index.element.children;
  if (paragraphs.length === 0) return null;
  const view = scroller.getBoundingClientRect();
  const top = view.top - margin;
  const bottom = view.bottom + margin;
  const first = firstBelow(paragraphs, top);
  let last = first;
  while (last + 1 < paragraphs.length && paragraphs[last + 1]!.getBoundingClientRect().top < bottom) last++;
  return { start: index.paragraphStart(first), end: index.paragraphEnd(last) };
}

/** Index of the first paragraph whose bottom is below `y` (viewport coordinates). */
function firstBelow(paragraphs: HTMLCollection, y: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.getBoundingClientRect().bottom < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
