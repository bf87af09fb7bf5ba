// The four themes' colour tokens, read from the design tokens themselves (renderer/styles.css, and
// renderer/contrastThemes.css for the system's "more contrast"), and the rules of the renderer's
// style sheets, for the tests that hold colours and the rules that use them to WCAG's levels.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const readStyles = (path: string) => readFileSync(fileURLToPath(new URL(`../../../renderer/${path}`, import.meta.url)), 'utf8');

/** The custom properties declared in the first rule whose selector is exactly `selector`, in `css`. */
function tokens(css: string, selector: string): Record<string, string> {
  return Object.fromEntries([...ruleBody(css, selector).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** The declarations of the first rule whose selector list is exactly `selector`, in `css` (rules of one level, no nesting). */
export function ruleBody(css: string, selector: string): string {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no rule “${selector}”`);
  return css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
}

const styles = readStyles('styles.css');
const moreContrast = readStyles('contrastThemes.css').split('@media (prefers-contrast: more)')[1]!;
const light = tokens(styles, ':root');
const dark = { ...light, ...tokens(styles, ":root[data-theme='dark']") };

export type ThemeName = 'light' | 'dark' | 'light, more contrast' | 'dark, more contrast';

/** Every theme's tokens, by name, and which of the two base themes (data-theme) it is a variant of. */
export const THEMES: Record<ThemeName, { base: 'light' | 'dark'; tokens: Record<string, string> }> = {
  light: { base: 'light', tokens: light },
  dark: { base: 'dark', tokens: dark },
  'light, more contrast': { base: 'light', tokens: { ...light, ...tokens(moreContrast, ':root') } },
  'dark, more contrast': { base: 'dark', tokens: { ...dark, ...tokens(moreContrast, ":root[data-theme='dark']") } },
};
