// Coding stripes: beside the text, each coded extent as a bar in its code's colour, labelled with the
// code, aligned with the lines it covers (as NVivo and MAXQDA draw them). Only the stripes near the
// visible part of a long document are measured and drawn (the codings the screen passes in); they
// follow resizing and every change of the codings. Hovering a stripe emphasises its passage; clicking selects the coding.
//
// The stripes repeat what "Coded passages" offers to the keyboard and screen readers, so they are
// hidden from assistive technology and left out of the tab order.
import { memo, useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { CodeRecord, CodingRecord } from '../../../shared/model';
import { excerpt } from '../../../shared/text/excerpt';
import { layoutLabels, layoutStripes, STRIPE_CLASS, type PlacedStripe } from './stripeLayout';
import { watchTextLayout } from '../../ui/textLayout';

/**
 * What the stripes need of the rendered text (the coding screen's TextDomIndex gives it): the element
 * the text is drawn in, and where a passage of it is on screen. Declared here so that the stripes
 * depend on no more of the coding screen than that.
 */
export interface TextGeometry {
  readonly element: HTMLElement;
  /** The screen rectangle of `[start, end)` (canonical offsets), or null when it is not rendered. */
  boundsOf(start: number, end: number): DOMRect | null;
  /** The first and last characters of `[start, end)` that are drawn (see TextDomIndex), or null. */
  drawnEndsOf(start: number, end: number): { first: { start: number; end: number }; last: { start: number; end: number } } | null;
}

/**
 * The margin has a fixed width (LANES_WIDTH), so that a new lane never reflows the text beside it
 * (reflowing a 150,000-word document costs ~100 ms); lanes are 12 px wide until more than eight are
 * needed, then narrower.
 */
const LANES_WIDTH = 96;
const LANE_WIDTH = 12;
interface CodingStripesProps {
  index: TextGeometry;
  /**
   * The codings to draw: those near the screen (the coding screen passes the ones it highlights).
   * Stripes sit in the scrolled content beside the text, so scrolling moves them with it; they are
   * measured again only when the codings drawn change or the text reflows.
   */
  codings: readonly CodingRecord[];
  codesById: ReadonlyMap<string, CodeRecord>;
  activeId: string | null;
  onHover(coding: CodingRecord | null): void;
  onSelect(coding: CodingRecord): void;
}

export const CodingStripes = memo(function CodingStripes({ index, codings, codesById, activeId, onHover, onSelect }: CodingStripesProps) {
  const [stripes, setStripes] = useState<{ placed: PlacedStripe[]; lanes: number }>({ placed: [], lanes: 0 });
  const layer = useRef<HTMLDivElement>(null);
  const byId = useMemo(() => new Map(codings.map((c) => [c.id, c])), [codings]);
  const labels = useMemo(
    () => layoutLabels(stripes.placed, (id) => codesById.get(byId.get(id)?.codeId ?? '')?.name ?? 'deleted code'),
    [stripes, codesById, byId],
  );

  const measure = useCallback(() => {
    const origin = layer.current?.getBoundingClientRect();
    if (!origin) return;
    const spans = [];
    for (const coding of codings) {
      // From the line of its first drawn character to that of its last: a passage may begin or end in
      // the blank lines between paragraphs, where nothing is drawn to measure.
      const ends = index.drawnEndsOf(coding.start, coding.end);
      const first = ends && index.boundsOf(ends.first.start, ends.first.end);
      const last = ends && index.boundsOf(ends.last.start, ends.last.end);
      if (!first || !last) continue;
      spans.push({ id: coding.id, top: first.top - origin.top, bottom: last.bottom - origin.top });
    }
    const layout = layoutStripes(spans);
    setStripes({ placed: layout.stripes, lanes: layout.lanes });
  }, [index, codings]);

  // The watch of the text's layout is made once per text, not per change of the codings: a new
  // ResizeObserver reports the size as it starts, and each report measured the stripes again.
  const measureLatest = useEffectEvent(measure);
  const measureSoon = useRef<() => void>(() => {});
  useEffect(() => {
    let frame = 0;
    let task: ReturnType<typeof setTimeout> | undefined;
    // Measured in the first task after the next frame, not before that frame is painted: a new
    // highlight shows at once, and its stripe follows a frame later instead of holding it back. (A
    // frame callback alone runs before the very frame that paints the highlight: the measuring, which
    // makes the browser lay out the text, and the stripes' render were all in the key press's frame.)
    const schedule = () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
      frame = requestAnimationFrame(() => {
        task = setTimeout(() => measureLatest(), 0);
      });
    };
    measureSoon.current = schedule;
    const stop = watchTextLayout(index.element, schedule);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
      stop();
      measureSoon.current = () => {};
    };
  }, [index]);
  useEffect(() => measureSoon.current(), [measure]);

  const lane = Math.min(LANE_WIDTH, LANES_WIDTH / Math.max(1, stripes.lanes));
  return (
    <div ref={layer} className="coding-stripes" aria-hidden="true">
      <div className="coding-stripe-lanes" style={{ width: LANES_WIDTH }}>
        {stripes.placed.map((stripe) => {
          const coding = byId.get(stripe.id);
          const code = coding && codesById.get(coding.codeId);
          if (!coding) return null;
          return (
            <div
              key={stripe.id}
              className={`${STRIPE_CLASS}${stripe.id === activeId ? ' active' : ''}`}
              data-code={code?.name ?? ''}
              // Its colour comes from the code's rule for this theme (highlightStyles.ts).
              data-code-id={coding.codeId}
              title={`${code?.name ?? 'deleted code'}: ${excerpt(coding.quote, 80)}`}
              style={{ top: stripe.top, height: Math.max(4, stripe.bottom - stripe.top), left: stripe.lane * lane, width: Math.max(2, lane - 5) }}
              onMouseEnter={() => onHover(coding)}
              onMouseLeave={() => onHover(null)}
              onClick={() => onSelect(coding)}
            />
          );
        })}
      </div>
      <div className="coding-stripe-labels">
        {labels.map((label) => (
          <div key={label.top} className="coding-stripe-label" style={{ top: label.top }}>
            {label.names.join(' · ')}
          </div>
        ))}
      </div>
    </div>
  );
});
