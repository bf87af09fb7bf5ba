// The part of a long document near the screen, as canonical offsets: highlights and stripes are
// drawn for the codings in it only. Chromium repaints every registered highlight range when one
// changes, so registering 5,000 ranges made each coding action of a 150,000-word document cost a
// third of a second of paint work; a window around the viewport keeps that to the few hundred that
// can be seen. Updated on scroll and resize (of the pane, or of the text: a new reading width or a
// reflow moves every paragraph), once per frame, and only when the window moves by at least a paragraph.
import { useLayoutEffect, useState } from 'react';
import { overlaps } from '../../../shared/codings/overlap';
import { visibleTextRange } from './visibleTextRange';
import type { TextDomIndex, TextRange } from './textDomIndex';

/**
 * How far beyond the viewport (in pixels, each way) codings are drawn: a scroll by up to a screen
 * (Page Down) shows them at once. Not more: every frame that changes anything (a key's new highlight,
 * a list row, a count) makes Chromium repaint all the highlighted text in the window; at 2,000 px the
 * big document's paint and paint invalidation took ~20 ms a frame, at 600 px ~12 ms
 * (applyProfile.probe.ts, trace mode).
 */
export const DRAW_MARGIN = 800;

export function useVisibleTextWindow(index: TextDomIndex | null, scroller: HTMLElement | null, margin = DRAW_MARGIN): TextRange | null {
  const [window, setWindow] = useState<TextRange | null>(null);
  // Measured before the document's first paint: until the window is known nothing is drawn, and a
  // frame drawn without it would either lack its highlights or register all of them (thousands of
  // live ranges, each of which the browser then updates on every later DOM change).
  useLayoutEffect(() => {
    if (!index || !scroller) return;
    let frame = 0;
    const measure = () => {
      const next = visibleTextRange(index, scroller, margin);
      setWindow((previous) => (previous && next && previous.start === next.start && previous.end === next.end ? previous : next));
    };
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    measure();
    scroller.addEventListener('scroll', schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(scroller);
    resize.observe(index.element);
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', schedule);
      resize.disconnect();
    };
  }, [index, scroller, margin]);
  return window;
}

/** The codings overlapping the window (none until it is known). */
export function codingsInWindow<T extends { start: number; end: number }>(codings: readonly T[], window: TextRange | null): readonly T[] {
  if (!window) return NOTHING;
  return codings.filter((coding) => overlaps(coding, window));
}

const NOTHING: readonly never[] = [];
