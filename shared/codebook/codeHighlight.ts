// How a code marks the text it codes, from its colour alone (the styles in
// renderer/features/coding/highlightStyles.ts follow this): a translucent tint behind the words, and
// an underline on a rail of its own, so that where two codes overlap both still show. Tints blend
// where codings overlap (two tints give a denser mix of both), which alone cannot say which codes are
// there; the underlines can: each code's line is drawn at its own distance below the text, or, when
// it shares that distance with another code, in another pattern whose gaps let the line beneath show.
//
// A code keeps the colour it was given (the codebook shows it, REFI-QDA exports it); what is drawn is
// that colour moved in lightness, only as far as the theme's page needs, so that the line is seen
// (WCAG 1.4.11, 3:1) and the text stays readable on any tint and any two overlapping (1.4.3, 4.5:1):
// on the dark page the palette's dark colours (indigo, brown, wine) would all but vanish, and its
// light ones (sand, cyan) would wash out the text where two overlap.

export type HighlightTheme = 'light' | 'dark';

/**
 * The page highlights are drawn on and the text drawn over them, per theme: --surface and --text of
 * renderer/styles.css (the system's "more contrast" keeps both), which
 * test/shared/codebook/codeColors.test.ts reads to check that these are still theirs.
 */
export const HIGHLIGHT_GROUNDS: Readonly<Record<HighlightTheme, { page: string; text: string }>> = {
  light: { page: '#ffffff', text: '#111827' },
  dark: { page: '#1b1e25', text: '#e5e7eb' },
};

/**
 * The share of a code's fill colour in its highlight, over the page. On the light page a third. On the
 * dark one less: a light tint over a dark page brightens where codings overlap, and light text needs
 * the ground dark; at 22% two overlapping tints of the palette's lightest colour keep it at 4.5:1.
 */
export const HIGHLIGHT_TINTS: Readonly<Record<HighlightTheme, number>> = { light: 0.33, dark: 0.22 };
/** The light theme's share (the repaint probe, test/bench/highlightRepaint.probe.ts, draws with it). */
export const HIGHLIGHT_TINT = HIGHLIGHT_TINTS.light;

/** WCAG 2's least contrast for a mark that must be seen (1.4.11). */
const LINE_CONTRAST = 3;
/**
 * The contrast the text keeps on a fill's tint laid over itself: WCAG's 4.5:1 (1.4.3, AA) and a tenth
 * more, because the tints of two different colours overlapping can be darker (or lighter) than either
 * over itself, by up to 0.06 through the sRGB cube (codeColors.test.ts tries a grid of picked colours).
 */
const TEXT_CONTRAST = 4.6;
/**
 * The least contrast of a tint with the page: that of the palette's palest tint on the light page
 * (sand, 1.17:1), which reads as a highlight. Below it a dark code's tint on the dark page (indigo's
 * was 1.08:1) is not seen.
 */
const TINT_CONTRAST = 1.15;

export interface CodeMarks {
  /** The colour whose HIGHLIGHT_TINTS share, laid over the page, is the code's tint: `#rrggbb`. */
  fill: string;
  /** The colour of the code's underline: `#rrggbb`. */
  line: string;
}

/**
 * What a code of `color` (`#rrggbb`) draws in `theme`. The line: the colour darkened (on the light
 * page) or lightened (on the dark) until it stands 3:1 from the page. The fill: likewise until its
 * tint is seen on the page, then back towards the page as far as the text needs to stay readable on
 * two overlapping tints of it, readability winning. A colour that needs neither is drawn as it is.
 */
export function codeMarks(color: string, theme: HighlightTheme): CodeMarks {
  const page = parseHex(HIGHLIGHT_GROUNDS[theme].page);
  const text = parseHex(HIGHLIGHT_GROUNDS[theme].text);
  const share = HIGHLIGHT_TINTS[theme];
  const away: Rgb = theme === 'light' ? [0, 0, 0] : [1, 1, 1];
  const own = parseHex(color);
  const line = shiftUntil(own, away, (c) => contrast(c, page) >= LINE_CONTRAST);
  const seen = shiftUntil(own, away, (c) => contrast(over(c, share, page), page) >= TINT_CONTRAST);
  const fill = shiftUntil(seen, page, (c) => contrast(over(c, share, over(c, share, page)), text) >= TEXT_CONTRAST);
  return { fill: toHex(fill), line: toHex(line) };
}

/** sRGB channels from 0 to 1, as stored (gamma-encoded): the space the browser blends translucent colours in. */
type Rgb = readonly [number, number, number];

function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [match[1]!, match[2]!, match[3]!].map((channel) => parseInt(channel, 16) / 255) as unknown as Rgb;
}

function toHex(color: Rgb): string {
  return `#${color.map((channel) => Math.round(channel * 255).toString(16).padStart(2, '0')).join('')}`;
}

/** `color` laid at `share` over `under`, as the browser composites a translucent colour. */
function over(color: Rgb, share: number, under: Rgb): Rgb {
  return color.map((channel, i) => share * channel + (1 - share) * under[i]!) as unknown as Rgb;
}

/** WCAG 2's relative luminance and contrast ratio. */
function luminance(color: Rgb): number {
  const [r, g, b] = color.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: Rgb, b: Rgb): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/**
 * `color` mixed with `target` in the least share, in steps of 1%, that passes `enough` once rounded to
 * `#rrggbb` (as drawn); `target` itself when none does. The mix is `color-mix(in srgb, …)`'s: hue kept.
 */
function shiftUntil(color: Rgb, target: Rgb, enough: (color: Rgb) => boolean): Rgb {
  for (let step = 0; step <= 100; step++) {
    const mixed = parseHex(toHex(over(target, step / 100, color)));
    if (enough(mixed)) return mixed;
  }
  return target;
}

/** Distances of the underline rails below the text's baseline, in CSS pixels (lines are 24 px apart). */
export const UNDERLINE_OFFSETS = [2, 5, 8] as const;
export const UNDERLINE_STYLES = ['solid', 'dashed', 'dotted', 'wavy'] as const;

export interface CodeUnderline {
  offset: number;
  style: (typeof UNDERLINE_STYLES)[number];
}

/**
 * The underline of the code at `position` in the codebook's order: rails in turn, then the next
 * pattern, so that the first twelve codes (the palette's twelve colours) all differ in rail or pattern.
 */
export function codeUnderline(position: number): CodeUnderline {
  const rails = UNDERLINE_OFFSETS.length;
  return {
    offset: UNDERLINE_OFFSETS[position % rails]!,
    style: UNDERLINE_STYLES[Math.floor(position / rails) % UNDERLINE_STYLES.length]!,
  };
}
