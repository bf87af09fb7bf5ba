// Styles of the boxes the highlight layer draws behind the text (highlightLayer.ts), one rule per
// code colour. They go through a constructed stylesheet: the Content-Security-Policy forbids inline
// <style>, and CSSOM sheets are not inline.
import { STRIPE_CLASS } from '../stripes/stripeLayout';
import { codeMarks, codeUnderline, HIGHLIGHT_TINTS, type CodeUnderline, type HighlightTheme } from '../../../shared/codebook/codeHighlight';

const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

/** The class of a coding's group of boxes, and of the chosen coding's emphasis. */
export const HIGHLIGHT_CLASS = 'hl';
export const ACTIVE_HIGHLIGHT_CLASS = 'hl-active';
/** The custom property, set on the layer, that says where the text's baseline is in a line's box. */
export const BASELINE_PROPERTY = '--hl-baseline';

const UNDERLINE_PX = 2;
/** Where each theme's colours of a code apply: data-theme on <html> (renderer/shell/theme.ts) is always set. */
const THEME_SCOPES: Record<HighlightTheme, string> = { light: '', dark: ":root[data-theme='dark'] " };

let current = '';

/**
 * Sets the highlight colours of the codes. Only the layer's boxes and the margin's stripes match these
 * rules, so replacing the sheet restyles them and nothing else of the page; an unchanged set is left alone all the same.
 */
export function setCodeColors(codes: ReadonlyArray<{ id: string; color: string }>): void {
  // `codes` in codebook order: a code's place in it gives its underline (shared/codebook/codeHighlight.ts).
  const rules = codes.flatMap((code, position) => {
    const color = safeColor(code.color);
    const id = CSS.escape(code.id);
    const group = `.${HIGHLIGHT_CLASS}[data-code="${id}"]`;
    // Each theme's tint and line of the code, as custom properties of its group, which its boxes read,
    // and of its stripes in the margin (drawn in the line's colour: seen on the page at 3:1 as it is).
    // The tint is translucent, so that overlapping codings blend into a denser band; each code's
    // underline, on its own rail or in its own pattern, says which codes are there.
    const colours = (Object.keys(THEME_SCOPES) as HighlightTheme[]).map((theme) => {
      const { fill, line } = codeMarks(color, theme);
      const scope = THEME_SCOPES[theme];
      return `${scope}${group}, ${scope}.${STRIPE_CLASS}[data-code-id="${id}"] { --hl-tint: color-mix(in srgb, ${fill} ${HIGHLIGHT_TINTS[theme] * 100}%, transparent); --hl-line: ${line}; }`;
    });
    return [...colours, `${group} > *::after { ${underlineStyle(codeUnderline(position))} }`];
  });
  rules.push(`.${HIGHLIGHT_CLASS}[data-code] > * { background-color: var(--hl-tint); }`);
  // A deleted code's stripe (no rule of its own) in a neutral grey.
  rules.push(`.${STRIPE_CLASS}[data-code-id] { background-color: var(--hl-line, #888888); }`);
  // In the text's own colour, so that it shows on the dark theme's page as on the light one's.
  rules.push(`.${ACTIVE_HIGHLIGHT_CLASS} > *::after { top: calc(var(${BASELINE_PROPERTY}) + 1px); border-top: 3px solid var(--text); }`);
  rules.push(FORCED_COLORS_RULES);
  const next = rules.join('\n');
  if (next === current) return;
  current = next;
  sheet.replaceSync(next);
}

/**
 * The wave, which borders cannot draw: a mask over the box's background, so that its colour is the
 * background's, set like any other colour (the code's, or the system's in a contrast theme).
 */
const WAVE = `url("data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns='http://www.w3.org/2000/svg' width='6' height='4'><path d='M0 2 Q1.5 0 3 2 T6 2' fill='none' stroke='black' stroke-width='1.5'/></svg>`,
)}") repeat-x`;

/** A line `offset` px below the baseline, in the code's pattern and its line colour (--hl-line). */
function underlineStyle({ offset, style }: CodeUnderline): string {
  const top = `top: calc(var(${BASELINE_PROPERTY}) + ${offset}px);`;
  if (style !== 'wavy') return `${top} border-top: ${UNDERLINE_PX}px ${style} var(--hl-line);`;
  return `${top} height: 4px; background-color: var(--hl-line); mask: ${WAVE};`;
}

/**
 * Windows' contrast themes (forced colours) replace every background with the page's own colour,
 * keeping only its transparency: the tints would vanish, and the wave with them. There the codings
 * keep their place and patterns in the system's colours, which the researcher chose to read by:
 * a tint of the selection colour behind the passage, each code's underline in the text's colour (its
 * rail and pattern still say which code), and the chosen coding's in the selection colour. Same
 * specificity as the rules per code and after them, so these win.
 */
const FORCED_COLORS_RULES = `@media (forced-colors: active) {
  .${HIGHLIGHT_CLASS}[data-code] > * { forced-color-adjust: none; background-color: color-mix(in srgb, Highlight 30%, transparent); }
  .${HIGHLIGHT_CLASS}[data-code] > *::after { forced-color-adjust: none; border-top-color: CanvasText; background: CanvasText content-box; }
  .${ACTIVE_HIGHLIGHT_CLASS} > *::after { forced-color-adjust: none; border-top-color: Highlight; }
}`;

function safeColor(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color : '#888888';
}
