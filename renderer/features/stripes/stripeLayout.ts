// Where each coding stripe goes in the margin. A stripe spans the lines its passage covers (top and
// bottom in pixels); stripes whose spans overlap go side by side in lanes, as NVivo and MAXQDA draw
// them. Greedy interval colouring: taking spans by their top, each goes into the leftmost lane that
// is free by then, which uses as few lanes as the deepest overlap needs. Pure, so it is tested
// without a browser.

/** The class of a stripe's element, which carries `data-code-id`: the code's colour rules (coding/highlightStyles.ts) colour it. */
export const STRIPE_CLASS = 'coding-stripe';

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

export interface StripeLabel {
  top: number;
  /** Code names of the stripes starting on this line, in lane order, without repeats. */
  names: string[];
}

/**
 * Labels for the stripes, in a column beside the lanes, at the line where each stripe starts.
 * Stripes starting within `lineHeight` of each other share one label ("pledge · metric") rather
 * than printing over each other.
 */
export function layoutLabels(stripes: readonly PlacedStripe[], nameOf: (id: string) => string, lineHeight = 16): StripeLabel[] {
  const ordered = [...stripes].sort((a, b) => a.top - b.top || a.lane - b.lane);
  const labels: StripeLabel[] = [];
  for (const stripe of ordered) {
    const name = nameOf(stripe.id);
    const last = labels.at(-1);
    if (last && stripe.top - last.top < lineHeight) {
      if (!last.names.includes(name)) last.names.push(name);
    } else {
      labels.push({ top: Math.max(stripe.top, last ? last.top + lineHeight : stripe.top), names: [name] });
    }
  }
  return labels;
}
