// Drag handles at the two ends of the active coding: a mouse user drags one to move that boundary,
// and sees the new extent before letting go. (From the keyboard, Alt+Shift+arrows do the same; see
// KeyboardPlugin.) The handles are positioned from the document's DOM index and live in the scrolling
// container, so they scroll with the text; they are hidden from assistive technology, which has the
// keys.
//
// While the reader drags a selection over the text, the handles let the pointer through to the text
// beneath: a selection that ended on a handle (where a coding ends, the handle straddling its last
// character) was extended to the handle's place in the page, after the whole text and the stripe
// labels, instead of to the character under the pointer.
import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { CodingRecord } from '../../../shared/model';
import type { TextDomIndex } from './textDomIndex';
import type { Edge } from './boundaryNudge';
import { draggedExtent } from './boundaryDrag';
import { watchTextLayout } from '../../ui/textLayout';

interface BoundaryHandlesPluginProps {
  index: TextDomIndex;
  /** The document's canonical text: ends move by whole characters of it. */
  text: string;
  container: HTMLElement | null;
  coding: CodingRecord | null;
  color: string;
  onResize(coding: CodingRecord, start: number, end: number): void;
}

interface Box {
  left: number;
  top: number;
  height: number;
}

const PREVIEW_HIGHLIGHT = 'fw-boundary-preview';
/**
 * Letters drawn right to left (bidi classes R and AL: the letters of these scripts, not their digits,
 * which are drawn left to right within a number).
 */
const RIGHT_TO_LEFT = /^(?!\p{Nd})[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
const sheet = new CSSStyleSheet();
// In a contrast theme (forced colours), in the system's selection colours: the text it is drawn over
// keeps the system's colours by the app's own rule (contrastThemes.css), so the browser forces nothing here.
sheet.replaceSync(
  `::highlight(${PREVIEW_HIGHLIGHT}) { background-color: rgb(17 24 39 / 0.18); text-decoration: underline 2px dashed #111827; }\n` +
    `@media (forced-colors: active) { ::highlight(${PREVIEW_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; text-decoration-color: HighlightText; } }`,
);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

export function BoundaryHandlesPlugin({ index, text, container, coding, color, onResize }: BoundaryHandlesPluginProps) {
  // The drag under way: of which coding, which end, and the extent it gives so far.
  const [drag, setDrag] = useState<{ codingId: string; edge: Edge; start: number; end: number } | null>(null);
  const [boxes, setBoxes] = useState<{ start: Box; end: Box } | null>(null);
  const dragRef = useRef(drag);
  dragRef.current = drag;
  const selecting = useTextSelectionDrag(index);

  const start = drag?.start ?? coding?.start;
  const end = drag?.end ?? coding?.end;

  const measure = useCallback(() => {
    if (!container || start === undefined || end === undefined || start >= end) return setBoxes(null);
    // Beside the first and last characters drawn, whole (an emoji is two UTF-16 units): a passage may
    // begin or end in the blank lines between paragraphs, where nothing is drawn to measure.
    const ends = index.drawnEndsOf(start, end);
    const first = ends && index.clientRectsOf(ends.first.start, ends.first.end)?.[0];
    const lastRects = ends && index.clientRectsOf(ends.last.start, ends.last.end);
    const last = lastRects?.[lastRects.length - 1];
    if (!first || !last) return setBoxes(null);
    const origin = container.getBoundingClientRect();
    const at = (x: number, rect: DOMRect): Box => ({
      left: x - origin.left + container.scrollLeft,
      top: rect.top - origin.top + container.scrollTop,
      height: rect.height,
    });
    // A passage starts on its first character's leading side: the right, in a word of Hebrew or Arabic.
    const rightToLeft = (range: { start: number; end: number }) => RIGHT_TO_LEFT.test(text.slice(range.start, range.end));
    setBoxes({
      start: at(rightToLeft(ends.first) ? first.right : first.left, first),
      end: at(rightToLeft(ends.last) ? last.left : last.right, last),
    });
  }, [index, text, container, start, end]);

  useLayoutEffect(measure, [measure]);
  // Watched once per text and pane, not per coding chosen: a new ResizeObserver reports the sizes as it
  // starts, and each report measured the handles a second time in the frame of every application.
  const measureLatest = useEffectEvent(measure);
  useEffect(() => {
    if (!container) return;
    // The text's lines move inside an unchanged pane when the reading width changes or lines are reflowed.
    return watchTextLayout(index.element, () => measureLatest(), [container]);
  }, [container, index]);

  // The extent being dragged to, drawn over the text until the handle is let go.
  useEffect(() => {
    if (!drag) return;
    const range = index.rangeOf(drag.start, drag.end);
    if (range) CSS.highlights.set(PREVIEW_HIGHLIGHT, new Highlight(range));
    return () => {
      CSS.highlights.delete(PREVIEW_HIGHLIGHT);
    };
  }, [index, drag]);

  // The coding dragged went away before the button was let go (undone, removed in another window), or
  // another was chosen: the drag ends there, and its extent is given to no coding.
  const draggedId = drag?.codingId;
  const chosenId = coding?.id;
  useEffect(() => {
    if (draggedId !== undefined && draggedId !== chosenId) setDrag(null);
  }, [draggedId, chosenId]);

  const dragging = drag !== null;
  useEffect(() => {
    if (!dragging || !coding || dragRef.current?.codingId !== coding.id) return;
    const move = (event: PointerEvent) => {
      const offset = offsetAtPoint(index, event.clientX, event.clientY);
      const current = dragRef.current;
      if (offset === null || !current) return;
      setDrag({ ...current, ...draggedExtent(text, current, current.edge, offset) });
    };
    const up = () => {
      const current = dragRef.current;
      setDrag(null);
      if (current && current.codingId === coding.id && (current.start !== coding.start || current.end !== coding.end)) onResize(coding, current.start, current.end);
    };
    const cancel = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDrag(null);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up, { once: true });
    window.addEventListener('keydown', cancel);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('keydown', cancel);
    };
    // Registered once per drag (`dragging`, not `drag`): re-registering on every move could miss
    // the pointerup in between. The current extent is read from dragRef.
  }, [dragging, coding, index, text, onResize]);

  if (!coding || !boxes) return null;
  const begin = (edge: Edge) => (event: ReactPointerEvent) => {
    if (event.button !== 0) return;
    // No text selection starts under a handle.
    event.preventDefault();
    setDrag({ codingId: coding.id, edge, start: coding.start, end: coding.end });
  };
  return (
    <>
      {(['start', 'end'] as const).map((edge) => (
        <div
          key={edge}
          className={`boundary-handle boundary-${edge}${drag?.edge === edge ? ' dragging' : ''}${selecting ? ' passive' : ''}`}
          aria-hidden="true"
          title={edge === 'start' ? 'Drag to move the start of this coding' : 'Drag to move the end of this coding'}
          style={{ left: boxes[edge].left, top: boxes[edge].top, height: boxes[edge].height, borderColor: color }}
          onPointerDown={begin(edge)}
        />
      ))}
    </>
  );
}

/** True from a press of the main button in the text until it is let go: the reader is selecting. */
function useTextSelectionDrag(index: TextDomIndex): boolean {
  const [selecting, setSelecting] = useState(false);
  useEffect(() => {
    const text = index.element;
    const down = (event: PointerEvent) => {
      if (event.button === 0) setSelecting(true);
    };
    const up = () => setSelecting(false);
    text.addEventListener('pointerdown', down);
    window.addEventListener('pointerup', up);
    // A press inside the selection drags the selected text instead, which ends in a pointercancel.
    window.addEventListener('pointercancel', up);
    return () => {
      text.removeEventListener('pointerdown', down);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    };
  }, [index]);
  return selecting;
}

/** The canonical offset under a point of the screen, or null outside the text. */
function offsetAtPoint(index: TextDomIndex, x: number, y: number): number | null {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return index.offsetOf(position.offsetNode, position.offset);
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? index.offsetOf(range.startContainer, range.startOffset) : null;
}
