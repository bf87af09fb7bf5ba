// Which part of a document's text is on screen: the canonical offsets of the first and last paragraph
// that intersect the scroller's viewport (widened by `margin` pixels). Sections and paragraphs are in
// text order and so in vertical order, so binary searches find them without measuring every one: the
// sections first, then the paragraphs of the one found. A section far from the screen is not laid out
// (content-visibility, documentNodes.ts); measuring a paragraph inside it would lay it out.
import { SECTION_PARAGRAPHS } from './documentNodes';
import type { TextDomIndex } from './textDomIndex';

export function visibleTextRange(index: TextDomIndex, scroller: HTMLElement, margin: number): { start: number; end: number } | null {
  const paragraphs = index.paragraphElements;
  if (paragraphs.length === 0) return null;
  const view = scroller.getBoundingClientRect();
  const top = view.top - margin;
  const bottom = view.bottom + margin;
  const section = firstBelow(index.element.children, 0, index.element.children.length - 1, top);
  const from = Math.min(section * SECTION_PARAGRAPHS, paragraphs.length - 1);
  const first = firstBelow(paragraphs, from, Math.min(from + SECTION_PARAGRAPHS, paragraphs.length) - 1, top);
  let last = first;
  while (last + 1 < paragraphs.length && paragraphs[last + 1]!.getBoundingClientRect().top < bottom) last++;
  return { start: index.paragraphStart(first), end: index.paragraphEnd(last) };
}

/** Index of the first of elements[lo..hi] whose bottom is below `y` (viewport coordinates); `hi` when none is. */
function firstBelow(elements: ArrayLike<Element>, lo: number, hi: number, y: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (elements[mid]!.getBoundingClientRect().bottom < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
