// Every theme's colours, read from the design tokens themselves (renderer/styles.css, and
// renderer/contrastThemes.css for the system's "more contrast"), checked against WCAG 2's AA level
// for each pair the screens really draw: 4.5:1 for text, 3:1 for focus rings and other marks a
// control needs to be seen (1.4.3 and 1.4.11). A token changed by eye that breaks a pair fails here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { wcagContrast } from 'culori';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../../renderer/${path}`, import.meta.url)), 'utf8');

/** The custom properties declared in the first rule whose selector is exactly `selector`, in `css`. */
function tokens(css: string, selector: string): Record<string, string> {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no rule “${selector}”`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const styles = read('styles.css');
const moreContrast = read('contrastThemes.css').split('@media (prefers-contrast: more)')[1]!;
const light = tokens(styles, ':root');
const dark = { ...light, ...tokens(styles, ":root[data-theme='dark']") };
const THEMES: Record<string, Record<string, string>> = {
  light,
  dark,
  'light, more contrast': { ...light, ...tokens(moreContrast, ':root') },
  'dark, more contrast': { ...dark, ...tokens(moreContrast, ":root[data-theme='dark']") },
};

/** The grounds text is drawn on: the page, panels and dialogs, a row under the pointer, a chosen row. */
const GROUNDS = ['--bg', '--surface', '--surface-hover', '--selected', '--selected-strong'];

/**
 * Text colours and the grounds each is drawn on. --text-faint, beside placeholders and disabled
 * controls (which WCAG exempts), names the context codes of a filtered codebook, on rows that are
 * hovered and chosen; --danger is an error's text in dialogs and in the library's cells, and a
 * destructive button's; --focus is the text of the library's title links, on its rows.
 */
const TEXT_PAIRS: Array<[string, string[]]> = [
  ['--text', GROUNDS],
  ['--text-soft', GROUNDS],
  ['--text-muted', GROUNDS],
  ['--text-faint', ['--bg', '--surface', '--surface-hover', '--selected']],
  ['--danger', ['--bg', '--surface', '--surface-hover', '--selected']],
  ['--focus', ['--surface', '--surface-hover', '--selected']],
  ['--on-strong', ['--danger', '--blind']],
  ['--badge-text', ['--badge-bg']],
  ['--tooltip-text', ['--tooltip-bg']],
];

/** The focus ring is drawn on every ground, chosen rows included. */
const MARK_PAIRS: Array<[string, string[]]> = [['--focus', GROUNDS]];

function failures(theme: Record<string, string>, pairs: Array<[string, string[]]>, least: number): string[] {
  return pairs.flatMap(([ink, grounds]) =>
    grounds.flatMap((ground) => {
      const ratio = wcagContrast(theme[ink]!, theme[ground]!);
      return ratio < least ? [`${ink} ${theme[ink]} on ${ground} ${theme[ground]}: ${ratio.toFixed(2)}:1`] : [];
    }),
  );
}

describe('the themes’ colours', () => {
  test('every token the pairs name is a colour in every theme', () => {
    const names = [...TEXT_PAIRS, ...MARK_PAIRS].flatMap(([ink, grounds]) => [ink, ...grounds]);
    for (const [name, theme] of Object.entries(THEMES)) for (const token of names) expect(theme[token], `${name} ${token}`).toMatch(/^#([0-9a-f]{3}){1,2}$/i);
  });

  for (const [name, theme] of Object.entries(THEMES)) {
    test(`${name}: text is readable on every ground it is drawn on (4.5:1)`, () => {
      expect(failures(theme, TEXT_PAIRS, 4.5)).toEqual([]);
    });

    test(`${name}: the focus ring shows on every ground (3:1)`, () => {
      expect(failures(theme, MARK_PAIRS, 3)).toEqual([]);
    });
  }
});
