// The code palette and its highlights, checked as a colour-blind reader would see them: every colour
// and every highlight tint simulated for deuteranopia and protanopia (Machado, Oliveira and Fernandes
// 2009, full severity, as culori implements it), and told apart by the CIEDE2000 colour difference
// (ΔE00: about 2 is the smallest difference seen side by side, 10 and more reads as another colour).
// The document text must stay readable (WCAG 2 AA, 4.5:1) on any tint and any two tints overlapping.
import { describe, expect, test } from 'vitest';
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, rgb, wcagContrast, type Rgb } from 'culori';
import { CODE_COLORS, CODE_PALETTE, nextCodeColor } from '../../../shared/codebook/codeColors';
import { codeUnderline, HIGHLIGHT_TINT } from '../../../shared/codebook/codeHighlight';
import { DEFAULT_CODEBOOK } from '../../../shared/codebook/defaultCodebook';

/** The document text's colour (renderer/styles.css, :root). */
const TEXT = '#111827';
const WHITE: Rgb = { mode: 'rgb', r: 1, g: 1, b: 1 };

const deltaE = differenceCiede2000();
const VISIONS = {
  'normal vision': (color: Rgb) => color,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
};

function parse(hex: string): Rgb {
  const color = rgb(hex);
  if (!color) throw new Error(`not a colour: ${hex}`);
  return color;
}

/** `color` laid at `alpha` over `under`, as the browser composites a translucent highlight (in sRGB). */
function over(color: Rgb, alpha: number, under: Rgb): Rgb {
  const mix = (a: number, b: number) => alpha * a + (1 - alpha) * b;
  return { mode: 'rgb', r: mix(color.r, under.r), g: mix(color.g, under.g), b: mix(color.b, under.b) };
}

const tint = (hex: string) => over(parse(hex), HIGHLIGHT_TINT, WHITE);

/** The smallest ΔE00 between two of `colors` as a reader with `vision` sees them, and which pair. */
function closestPair(colors: readonly string[], vision: (c: Rgb) => Rgb, paint: (hex: string) => Rgb) {
  let closest = { difference: Infinity, pair: ['', ''] };
  for (let i = 0; i < colors.length; i++)
    for (let j = i + 1; j < colors.length; j++) {
      const difference = deltaE(vision(paint(colors[i]!)), vision(paint(colors[j]!)));
      if (difference < closest.difference) closest = { difference, pair: [colors[i]!, colors[j]!] };
    }
  return closest;
}

describe('the code palette', () => {
  test('holds twelve distinct colours, each #rrggbb', () => {
    expect(CODE_COLORS).toHaveLength(12);
    expect(new Set(CODE_COLORS).size).toBe(12);
    for (const color of CODE_COLORS) expect(color).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(CODE_PALETTE.map((c) => c.name)).size).toBe(12);
  });

  test('every two colours read as different colours (ΔE00 ≥ 10) with normal vision, deuteranopia and protanopia', () => {
    for (const [vision, simulate] of Object.entries(VISIONS)) {
      const { difference, pair } = closestPair(CODE_COLORS, simulate, parse);
      expect(difference, `${vision}: ${pair.join(' and ')}`).toBeGreaterThanOrEqual(10);
    }
  });

  test('with tritanopia (blue-yellow, rare) every two colours still differ visibly (ΔE00 ≥ 4.5)', () => {
    // Tol's scheme is made for red-green deficiencies; its closest pair for tritanopes is purple and raspberry.
    const { difference, pair } = closestPair(CODE_COLORS, filterDeficiencyTrit(1), parse);
    expect(difference, pair.join(' and ')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('highlights', () => {
  test('every two codes’ tints differ visibly (ΔE00 ≥ 3) with normal vision, deuteranopia and protanopia', () => {
    for (const [vision, simulate] of Object.entries(VISIONS)) {
      const { difference, pair } = closestPair(CODE_COLORS, simulate, tint);
      expect(difference, `${vision}: ${pair.join(' and ')}`).toBeGreaterThanOrEqual(3);
    }
  });

  test('the text is readable (WCAG AA, 4.5:1) on every tint, and where any two codes overlap', () => {
    for (const lower of CODE_COLORS) {
      expect(wcagContrast(tint(lower), TEXT), lower).toBeGreaterThanOrEqual(4.5);
      for (const upper of CODE_COLORS) expect(wcagContrast(over(parse(upper), HIGHLIGHT_TINT, tint(lower)), TEXT), `${upper} over ${lower}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('the first twelve codes each have their own underline (rail or pattern), so overlapping codes all show', () => {
    const underlines = Array.from({ length: 12 }, (_, position) => JSON.stringify(codeUnderline(position)));
    expect(new Set(underlines).size).toBe(12);
    // The default codebook's four codes each have a rail of their own but one: then a pattern of its own.
    expect(new Set([0, 1, 2].map((p) => codeUnderline(p).offset)).size).toBe(3);
    expect(codeUnderline(3)).not.toEqual(codeUnderline(0));
  });
});

describe('the default codebook', () => {
  test('takes its colours from the palette, criticism and metric far apart even for colour-blind readers', () => {
    const colors = DEFAULT_CODEBOOK.map((code) => code.color);
    for (const color of colors) expect(CODE_COLORS).toContain(color);
    const color = (name: string) => DEFAULT_CODEBOOK.find((code) => code.name === name)!.color;
    for (const [vision, simulate] of Object.entries(VISIONS)) {
      expect(deltaE(simulate(tint(color('criticism'))), simulate(tint(color('metric')))), vision).toBeGreaterThanOrEqual(8);
      expect(closestPair(colors, simulate, tint).difference, vision).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('a new code in a new project takes the first palette colour the codebook does not use', () => {
    expect(nextCodeColor(DEFAULT_CODEBOOK.map((code) => code.color))).toBe('#88ccee');
  });

  test('in a codebook coloured from an earlier palette, the next code takes this palette’s first colour', () => {
    expect(nextCodeColor(['#2563eb', '#16a34a', '#dc2626', '#b45309'])).toBe(CODE_COLORS[0]);
  });
});
