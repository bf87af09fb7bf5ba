// Maps between offsets in a document's canonical text (UTF-16 units) and positions in the DOM that
// the document view renders. Lexical draws each paragraph as one element whose text nodes spell the
// paragraph exactly, line breaks included, the paragraphs in order inside sections (documentNodes.ts),
// so walking them in order gives every character's offset.
import type { Paragraph } from '../../../shared/text/paragraphs';
import { nextGrapheme, previousGrapheme } from '../../../shared/text/graphemes';
import { PARAGRAPH_CLASS } from './documentNodes';

interface Segment {
  /** Canonical offset of the segment's first character. */
  start: number;
  length: number;
  node: Text;
  paragraph: number;
}

export interface TextRange {
  start: number;
  end: number;
}

export class TextDomIndex {
  private readonly segmentByNode: Map<Node, Segment>;
  private readonly paragraphByElement: Map<Node, number>;

  private constructor(
    private readonly root: HTMLElement,
    private readonly paragraphs: readonly Paragraph[],
    /** The paragraphs' elements, in text order (and so in vertical order). */
    readonly paragraphElements: readonly Element[],
    private readonly segments: readonly Segment[],
  ) {
    this.segmentByNode = new Map(segments.map((segment) => [segment.node, segment]));
    this.paragraphByElement = new Map(paragraphElements.map((element, i) => [element, i]));
  }

  /** Indexes the rendered paragraphs; null when the DOM does not (yet) spell the paragraphs. */
  static build(root: HTMLElement, paragraphs: readonly Paragraph[]): TextDomIndex | null {
    const elements = [...root.getElementsByClassName(PARAGRAPH_CLASS)];
    if (elements.length !== paragraphs.length) return null;
    const segments: Segment[] = [];
    for (let i = 0; i < paragraphs.length; i++) {
      const paragraph = paragraphs[i]!;
      const element = elements[i]!;
      let position = paragraph.start;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const length = node.data.length;
        if (length === 0) continue;
        segments.push({ start: position, length, node, paragraph: i });
        position += length;
      }
      if (position !== paragraph.start + paragraph.text.length) return null;
    }
    return new TextDomIndex(root, paragraphs, elements, segments);
  }

  get element(): HTMLElement {
    return this.root;
  }

  /** Canonical offset where paragraph `i` (the i-th element of the text) starts, and ends. */
  paragraphStart(i: number): number {
    return this.paragraphs[i]?.start ?? this.textEnd();
  }

  paragraphEnd(i: number): number {
    const p = this.paragraphs[i];
    return p ? p.start + p.text.length : this.textEnd();
  }

  /** True when the DOM position lies inside the document's text. */
  contains(node: Node | null): boolean {
    return node !== null && this.root.contains(node);
  }

  /** Canonical offset of a DOM boundary point inside the document, or null outside it. */
  offsetOf(node: Node, offset: number): number | null {
    if (!this.contains(node)) return null;
    if (node.nodeType === Node.TEXT_NODE) {
      const segment = this.segmentByNode.get(node);
      if (segment) return segment.start + Math.min(offset, segment.length);
    }
    const paragraph = this.paragraphAt(node);
    const point = document.createRange();
    point.setStart(node, offset);
    const next = this.firstSegmentAtOrAfter(point);
    if (paragraph === null) return next ? next.start : this.textEnd();
    if (next && next.paragraph === paragraph) return next.start;
    const p = this.paragraphs[paragraph]!;
    return p.start + p.text.length;
  }

  /**
   * Canonical offsets of a DOM range, ordered. An end outside the document (a selection dragged past
   * the text's top or its end, over the title or the margin) is taken to the text's edge on its side:
   * the part of the text the selection covers is what the reader sees selected. Null when neither end
   * lies inside the document.
   */
  offsetsOf(range: Range): TextRange | null {
    const inStart = this.offsetOf(range.startContainer, range.startOffset);
    const inEnd = this.offsetOf(range.endContainer, range.endOffset);
    if (inStart === null && inEnd === null) return null;
    // A range's start is never after its end: an end outside the text lies beyond the text's edge on its side.
    const start = inStart ?? 0;
    const end = inEnd ?? this.textEnd();
    return start <= end ? { start, end } : { start: end, end: start };
  }

  /** A DOM range covering `[start, end)`; ends falling between paragraphs snap to the nearest text. */
  rangeOf(start: number, end: number): Range | null {
    return this.placeRange(document.createRange(), start, end);
  }

  /** The bounding box of `[start, end)` on screen (see clientRectsOf). */
  boundsOf(start: number, end: number): DOMRect | null {
    return this.placeRange(this.measuringRange(), start, end)?.getBoundingClientRect() ?? null;
  }

  /**
   * The line boxes of `[start, end)` on screen, measured with the one Range the index keeps for it: a
   * Range stays registered with the document until it is garbage-collected, and the browser updates
   * every registered Range on each DOM change. Measuring thousands of codings with new ranges made
   * every later removal of a stripe or a list row pay for them.
   */
  clientRectsOf(start: number, end: number): DOMRectList | null {
    return this.placeRange(this.measuringRange(), start, end)?.getClientRects() ?? null;
  }

  /**
   * The boxes of the text of `[start, end)` on screen, a box per line of each paragraph it covers:
   * only text, never the box of an element the passage wholly contains (a range's own client rects
   * include those, a paragraph's full width among them). Measured with the index's one Range (see
   * clientRectsOf); empty boxes (a line break's) are left out.
   */
  lineBoxesOf(start: number, end: number): DOMRect[] {
    const boxes: DOMRect[] = [];
    const range = this.measuringRange();
    for (let i = this.segmentAt(start); i < this.segments.length; i++) {
      const segment = this.segments[i]!;
      if (segment.start >= end) break;
      const from = Math.max(start, segment.start) - segment.start;
      const to = Math.min(end, segment.start + segment.length) - segment.start;
      if (to <= from) continue;
      range.setStart(segment.node, from);
      range.setEnd(segment.node, to);
      for (const box of range.getClientRects()) if (box.width > 0 && box.height > 0) boxes.push(box);
    }
    return boxes;
  }

  /**
   * The first and the last character of `[start, end)` that the text draws, each as its offsets (a
   * whole character: an emoji is two units), to place what marks a passage's ends (its stripe, its
   * drag handles). The blank lines between paragraphs are not drawn, and a line break draws nothing
   * to measure, yet a passage may begin or end on them (its start moved back by a character from a
   * paragraph's first letter); measured there, it has no box. Null when nothing of it is drawn.
   */
  drawnEndsOf(start: number, end: number): { first: TextRange; last: TextRange } | null {
    const first = this.firstDrawn(start, end);
    const last = first && this.lastDrawn(start, end);
    return first && last ? { first, last } : null;
  }

  private firstDrawn(start: number, end: number): TextRange | null {
    for (let i = this.segmentAt(start); i < this.segments.length && this.segments[i]!.start < end; i++) {
      const { start: base, node } = this.segments[i]!;
      const data = node.data;
      for (let at = Math.max(0, start - base); at < data.length && base + at < end; at = nextGrapheme(data, at)) {
        if (data[at] !== '\n') return { start: base + at, end: Math.min(end, base + nextGrapheme(data, at)) };
      }
    }
    return null;
  }

  private lastDrawn(start: number, end: number): TextRange | null {
    for (let i = this.segmentAt(end - 1); i >= 0 && this.segments[i]!.start + this.segments[i]!.length > start; i--) {
      const { start: base, node } = this.segments[i]!;
      const data = node.data;
      for (let at = Math.min(data.length, end - base); at > 0 && base + at > start; ) {
        const from = previousGrapheme(data, at);
        if (data[from] !== '\n') return { start: Math.max(start, base + from), end: base + at };
        at = from;
      }
    }
    return null;
  }

  private measuring: Range | null = null;

  private measuringRange(): Range {
    return (this.measuring ??= document.createRange());
  }

  private placeRange(range: Range, start: number, end: number): Range | null {
    const from = this.boundary(start, 'forward');
    const to = this.boundary(end, 'backward');
    if (!from || !to) return null;
    // Collapse first: setting a start beyond the current end (or the reverse) would move both.
    range.setStart(from.node, from.offset);
    range.collapse(true);
    range.setEnd(to.node, to.offset);
    if (range.collapsed && start !== end) return null;
    return range;
  }

  private boundary(offset: number, snap: 'forward' | 'backward'): { node: Node; offset: number } | null {
    const segments = this.segments;
    if (segments.length === 0) return null;
    const lo = this.segmentAt(offset);
    let segment = segments[lo]!;
    let within = offset - segment.start;
    if (within < 0) within = 0; // before the first paragraph
    if (within > segment.length) {
      // Between paragraphs: snap to the next text going forward, or stay at this text's end.
      const next = segments[lo + 1];
      if (snap === 'forward' && next) {
        segment = next;
        within = 0;
      } else {
        within = segment.length;
      }
    }
    return { node: segment.node, offset: within };
  }

  /** The index of the last segment starting at or before `offset` (0 when none does). */
  private segmentAt(offset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.segments[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }

  /** First segment whose first character is at or after the collapsed range `point`. */
  private firstSegmentAtOrAfter(point: Range): Segment | undefined {
    let lo = 0;
    let hi = this.segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (point.comparePoint(this.segments[mid]!.node, 0) < 0) lo = mid + 1;
      else hi = mid;
    }
    return this.segments[lo];
  }

  /** Index of the paragraph element containing the boundary, or null for a boundary between paragraphs (on the root or a section). */
  private paragraphAt(node: Node): number | null {
    for (let at: Node | null = node; at && at !== this.root; at = at.parentNode) {
      const paragraph = this.paragraphByElement.get(at);
      if (paragraph !== undefined) return paragraph;
    }
    return null;
  }

  private textEnd(): number {
    const last = this.paragraphs[this.paragraphs.length - 1];
    return last ? last.start + last.text.length : 0;
  }
}
