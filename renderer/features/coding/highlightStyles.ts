// Styles for the CSS Custom Highlights, one rule per code colour. They go through a constructed
// stylesheet: the Content-Security-Policy forbids inline <style>, and CSSOM sheets are not inline.
import { codeUnderline, HIGHLIGHT_TINT } from '../../../shared/codebook/codeHighlight';

const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

export const ACTIVE_HIGHLIGHT = 'fw-active';

export function highlightName(codeId: string): string {
  return `fw-code-${codeId}`;
}

let current = '';

/**
 * Sets the highlight colours of the codes. Replacing the sheet makes the browser recompute the style
 * of the whole page (~45 ms with a 150,000-word document open), so an unchanged set is left alone,
 * and the workspace sets them as soon as the codebook loads, before any document opens.
 */
export function setCodeColors(codes: ReadonlyArray<{ id: string; color: string }>): void {
  // `codes` in codebook order: a code's place in it gives its underline (shared/codebook/codeHighlight.ts).
  const rules = codes.map((code, position) => {
    const color = safeColor(code.color);
    const underline = codeUnderline(position);
    // The tint is translucent, so that overlapping codings blend into a visibly darker band; each
    // code's underline, on its own rail or in its own pattern, says which codes are there.
    return `::highlight(${highlightName(code.id)}) { background-color: color-mix(in srgb, ${color} ${HIGHLIGHT_TINT * 100}%, transparent); text-decoration: underline ${underline.style} 2px ${color}; text-underline-offset: ${underline.offset}px; }`;
  });
  rules.push(`::highlight(${ACTIVE_HIGHLIGHT}) { text-decoration: underline 3px; text-decoration-color: #111827; }`);
  const next = rules.join('\n');
  if (next === current) return;
  current = next;
  sheet.replaceSync(next);
}

function safeColor(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color : '#888888';
}
