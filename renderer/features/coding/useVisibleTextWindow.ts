// The part of a long document near the screen, as canonical offsets: highlights and stripes are
// drawn for the codings in it only. Each drawn coding is measured and drawn as boxes, and a resized
// text measures them all again; a window around the viewport keeps that to the few hundred that can
// be seen, where all of a 150,000-word document's 5,000 would cost the browser laying out text it
// otherwise skips (its sections off screen). Updated on scroll and whenever the lines move (the pane
// or the text resized, the lines reflowed: ui/textLayout.ts), once per frame, and only when the window
// moves by at least a paragraph.
import { useLayoutEffect, useState } from 'react';
import { overlaps } from '../../../shared/codings/overlap';
import { visibleTextRange } from './visibleTextRange';
import type { TextDomIndex, TextRange } from './textDomIndex';
import { watchTextLayout } from '../../ui/textLayout';

/**
 * How far beyond the viewport (in pixels, each way) codings are drawn: a scroll by up to a screen
 * (Page Down) shows them at once. Not more: a wider window is more passages to measure whenever the
 * text is resized. (When highlights were CSS Custom Highlights, every frame that changed anything
 * repainted all the highlighted text in the window: at 2,000 px ~20 ms a frame in the big document,
 * at 600 px ~12 ms; applyProfile.probe.ts, trace mode.)
 */
export const DRAW_MARGIN = 800;

export function useVisibleTextWindow(index: TextDomIndex | null, scroller: HTMLElement | null, margin = DRAW_MARGIN): TextRange | null {
  const [window, setWindow] = useState<TextRange | null>(null);
  // Measured before the document's first paint: until the window is known nothing is drawn, and a
  // frame drawn without it would either lack its highlights or measure and draw all of them.
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
    const stop = watchTextLayout(index.element, schedule, [scroller]);
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', schedule);
      stop();
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
