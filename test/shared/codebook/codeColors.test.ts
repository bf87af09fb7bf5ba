// The code palette and its highlights, checked as a colour-blind reader would see them: every colour
// and every highlight tint simulated for deuteranopia and protanopia (Machado, Oliveira and Fernandes
// 2009, full severity, as culori implements it), and told apart by the CIEDE2000 colour difference
// (ΔE00: about 2 is the smallest difference seen side by side, 10 and more reads as another colour).
// In every theme (light, dark, and each with the system's "more contrast") the document text must stay
// readable (WCAG 2 AA, 4.5:1) on any tint and any two tints overlapping, and each code's underline
// must be seen on the page (3:1, WCAG 1.4.11), its tint too.
import { describe, expect, test } from 'vitest';
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, rgb, wcagContrast, type Rgb } from 'culori';
import { CODE_COLORS, CODE_PALETTE, nextCodeColor, normalizeColor } from '../../../shared/codebook/codeColors';
import { codeMarks, codeUnderline, HIGHLIGHT_GROUNDS, HIGHLIGHT_TINTS, type HighlightTheme } from '../../../shared/codebook/codeHighlight';
import { DEFAULT_CODEBOOK } from '../../../shared/codebook/defaultCodebook';
import { THEMES } from '../../renderer/shell/themeTokens';

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

/** What a theme draws highlights with: its page and text, and a code's tint and line on that page. */
function paints(theme: HighlightTheme) {
  const page = parse(HIGHLIGHT_GROUNDS[theme].page);
  const share = HIGHLIGHT_TINTS[theme];
  const tintOver = (hex: string, under: Rgb) => over(parse(codeMarks(hex, theme).fill), share, under);
  return {
    page,
    text: parse(HIGHLIGHT_GROUNDS[theme].text),
    tint: (hex: string) => tintOver(hex, page),
    /** `upper`'s tint laid over `lower`'s, where two codings overlap. */
    overlap: (upper: string, lower: string) => tintOver(upper, tintOver(lower, page)),
    line: (hex: string) => parse(codeMarks(hex, theme).line),
  };
}

const tint = paints('light').tint;

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

/** Text on a code's tint and on every two codes' tints overlapping, below 4.5:1. */
function unreadable(theme: HighlightTheme, colors: readonly string[]): string[] {
  const { text, tint, overlap } = paints(theme);
  const low = (ground: Rgb, where: string) => (wcagContrast(ground, text) < 4.5 ? [`${where}: ${wcagContrast(ground, text).toFixed(2)}:1`] : []);
  return colors.flatMap((lower) => [...low(tint(lower), lower), ...colors.flatMap((upper) => low(overlap(upper, lower), `${upper} over ${lower}`))]);
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

  test('on the light page a palette colour is drawn as it is, but for a line too pale to be seen', () => {
    for (const color of CODE_COLORS) {
      const marks = codeMarks(color, 'light');
      expect(marks.fill, color).toBe(color);
      if (wcagContrast(color, '#ffffff') >= 3) expect(marks.line, color).toBe(color);
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

/** Colours a researcher may pick for a code beyond the palette: a grid through the sRGB cube, black and white included. */
const PICKED = [0, 0x33, 0x66, 0x99, 0xcc, 0xff].flatMap((r) => [0, 0x66, 0xcc, 0xff].flatMap((g) => [0, 0x33, 0x99, 0xff].map((b) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`)));

for (const [name, { base, tokens }] of Object.entries(THEMES)) {
  describe(`highlights in the ${name} theme`, () => {
    const { page, tint, line } = paints(base);

    test('are worked out for the page and text this theme draws the document with', () => {
      expect(HIGHLIGHT_GROUNDS[base]).toEqual({ page: normal(tokens['--surface']!), text: normal(tokens['--text']!) });
    });

    test('keep the text readable (4.5:1) on every code’s tint and where any two codes overlap', () => {
      expect(unreadable(base, CODE_COLORS)).toEqual([]);
    });

    test('show every code on the page: its underline at 3:1, its tint as plainly as the light theme’s palest (1.15:1)', () => {
      for (const color of CODE_COLORS) {
        expect(wcagContrast(line(color), page), `${color}’s line`).toBeGreaterThanOrEqual(3);
        expect(wcagContrast(tint(color), page), `${color}’s tint`).toBeGreaterThanOrEqual(1.15);
      }
    });

    test('draw every two codes’ underlines in colours that differ visibly (ΔE00 ≥ 3), for colour-blind readers too', () => {
      for (const [vision, simulate] of Object.entries(VISIONS)) {
        const { difference, pair } = closestPair(CODE_COLORS, simulate, line);
        expect(difference, `${vision}: ${pair.join(' and ')}`).toBeGreaterThanOrEqual(3);
      }
    });

    test('keep any colour a researcher picks readable and seen, black and white included', () => {
      for (const color of PICKED) expect(wcagContrast(line(color), page), `${color}’s line`).toBeGreaterThanOrEqual(3);
      expect(unreadable(base, PICKED)).toEqual([]);
    });
  });
}

/** `#rgb` or `#rrggbb` as `#rrggbb`, lower case. */
function normal(hex: string): string {
  const h = hex.toLowerCase();
  return h.length === 4 ? `#${h[1]}${h[1]}${h[2]}${h[2]}${h[3]}${h[3]}` : h;
}

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

describe('colours read from files and typed', () => {
  test.each([
    ['#AA4466', '#aa4466'],
    [' #a46 ', '#aa4466'],
    ['#AA4466FF', '#aa4466'], // an alpha channel, as some tools and spreadsheets write it, keeps the colour
    ['#a46f', '#aa4466'],
    ['#aa446', null],
    ['aa4466', null],
    ['red', null],
  ])('%j is %j', (value, expected) => {
    expect(normalizeColor(value)).toBe(expected);
  });
});
