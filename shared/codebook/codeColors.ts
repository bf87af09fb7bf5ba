// Code colours: `#rrggbb`, what <input type="color"> gives and what highlight styles accept.
import type { NamedColor } from '../coders/coderColors';

/**
 * The palette new codes take their colours from, in the order they are handed out: Paul Tol's
 * qualitative scheme of 12 colours (P. Tol, "Colour Schemes", SRON technical note SRON/EPS/TN/09-002,
 * issue 2.2, 2012; nine of them are the "muted" scheme of the note's later issues). Tol chose them to
 * stay distinct for readers with red-green colour blindness (deuteranopia, protanopia), the common
 * kinds, and against black text. The order is the note's: its advice for a palette of n colours is
 * the first n of these (from five on), so the codes of a small codebook are as far apart as can be.
 * The colour-difference tests in test/shared/codebook/codeColors.test.ts hold this palette to that.
 */
export const CODE_PALETTE: readonly NamedColor[] = [
  { name: 'Indigo', color: '#332288' },
  { name: 'Cyan', color: '#88ccee' },
  { name: 'Green', color: '#117733' },
  { name: 'Sand', color: '#ddcc77' },
  { name: 'Rose', color: '#cc6677' },
  { name: 'Purple', color: '#aa4499' },
  { name: 'Teal', color: '#44aa99' },
  { name: 'Olive', color: '#999933' },
  { name: 'Wine', color: '#882255' },
  { name: 'Brown', color: '#661100' },
  { name: 'Steel blue', color: '#6699cc' },
  { name: 'Raspberry', color: '#aa4466' },
];

export const CODE_COLORS: readonly string[] = CODE_PALETTE.map((c) => c.color);

/**
 * `#rrggbb` in lower case for a CSS hex colour (`#rgb` is widened), or null for anything else. A colour
 * with an alpha channel (`#rrggbbaa`, `#rgba`, as some tools and spreadsheets write it) keeps its
 * colour: a code's highlight has its own transparency per theme (codeHighlight.ts).
 */
export function normalizeColor(value: string): string | null {
  const hex = value.trim().toLowerCase();
  const full = /^(#[0-9a-f]{6})(?:[0-9a-f]{2})?$/.exec(hex);
  if (full) return full[1]!;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])[0-9a-f]?$/.exec(hex);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : null;
}

/**
 * The first palette colour no code has yet; when all are taken, the one fewest codes have (the first
 * in palette order among those), so that a colour a researcher picked again by hand is not handed out
 * a third time while others are on one code. Codes keep the colour they were given: a project made
 * with an earlier palette keeps its colours, and its new codes take this palette's.
 */
export function nextCodeColor(used: readonly string[]): string {
  const uses = new Map(CODE_COLORS.map((color) => [color, 0]));
  for (const color of used) {
    const key = color.toLowerCase();
    const count = uses.get(key);
    if (count !== undefined) uses.set(key, count + 1);
  }
  let next = CODE_COLORS[0]!;
  for (const color of CODE_COLORS) if (uses.get(color)! < uses.get(next)!) next = color;
  return next;
}
