// Where each coding stripe goes in the margin. A stripe spans the lines its passage covers (top and
// bottom in pixels); stripes whose spans overlap go side by side in lanes, as NVivo and MAXQDA draw
// them. Greedy interval colouring: taking spans by their top, each goes into the leftmost lane that
// is free by then, which uses as few lanes as the deepest overlap needs. Pure, so it is tested
// without a browser.

export interface StripeSpan {
  id: string;
  top: number;
  bottom: number;
}

export interface PlacedStripe extends StripeSpan {
  lane: number;
}

export interface StripeLayout {
  stripes: PlacedStripe[];
  lanes: number;
}

/**
 * Lanes for the spans. `gap` keeps a stripe that starts on the line where another ends out of its
 * lane, so that two bars never touch end to end and read as one.
 */
export function layoutStripes(spans: readonly StripeSpan[], gap = 2): StripeLayout {
  const ordered = [...spans].sort((a, b) => a.top - b.top || b.bottom - a.bottom || a.id.localeCompare(b.id));
  const laneBottoms: number[] = [];
  const stripes: PlacedStripe[] = [];
  for (const span of ordered) {
    let lane = laneBottoms.findIndex((bottom) => bottom + gap <= span.top);
    if (lane < 0) {
      lane = laneBottoms.length;
      laneBottoms.push(span.bottom);
    } else {
      laneBottoms[lane] = span.bottom;
    }
    stripes.push({ ...span, lane });
  }
  return { stripes, lanes: laneBottoms.length };
}
