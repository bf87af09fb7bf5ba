// @vitest-environment jsdom
// The highlight styles are a constructed stylesheet of rules per code (highlightStyles.ts). jsdom has
// no constructed sheets and no CSS.escape: a sheet that keeps the text it is given stands in, so that
// the rules can be read. How they paint is seen in Chromium (test/e2e/highlightBoxes.test.ts).
import { beforeEach, describe, expect, test, vi } from 'vitest';

const sheets = vi.hoisted(() => {
  const made: Array<{ text: string }> = [];
  class KeptSheet {
    text = '';
    constructor() {
      made.push(this);
    }
    replaceSync(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(globalThis, 'CSSStyleSheet', { value: KeptSheet, writable: true });
  Object.defineProperty(globalThis, 'CSS', { value: { escape: (id: string) => id }, writable: true });
  Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true });
  return made;
});
import { setCodeColors } from '../../../../renderer/features/coding/highlightStyles';
import { codeMarks, HIGHLIGHT_TINTS, type HighlightTheme } from '../../../../shared/codebook/codeHighlight';

const sheetText = () => sheets[0]!.text;

/** The declarations of the rule one of whose selectors is exactly `selector`. */
function rule(selector: string): string {
  const text = sheetText();
  for (const match of text.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    if (match[1]!.split(',').some((one) => one.trim() === selector.trim())) return match[2]!;
  }
  throw new Error(`no rule “${selector}” in:\n${text}`);
}

const CODES = [
  { id: 'pledge', color: '#332288' },
  { id: 'metric', color: '#ddcc77' },
];

describe('the highlight styles', () => {
  beforeEach(() => setCodeColors(CODES));

  const SCOPES: Array<[HighlightTheme, string]> = [
    ['light', ''],
    ['dark', ":root[data-theme='dark'] "],
  ];
  test.each(SCOPES)('in the %s theme, each code is tinted and underlined in the colours worked out for that theme’s page', (theme, scope) => {
    for (const { id, color } of CODES) {
      const { fill, line } = codeMarks(color, theme);
      const body = rule(`${scope}.hl[data-code="${id}"]`);
      expect(body).toContain(`--hl-tint: color-mix(in srgb, ${fill} ${HIGHLIGHT_TINTS[theme] * 100}%, transparent);`);
      expect(body).toContain(`--hl-line: ${line};`);
    }
  });

  test('the boxes take their code’s tint, and the underline its line, whatever the pattern', () => {
    expect(rule('.hl[data-code] > *')).toContain('background-color: var(--hl-tint)');
    expect(rule('.hl[data-code="pledge"] > *::after')).toContain('border-top: 2px solid var(--hl-line)');
    setCodeColors(Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, color: '#332288' })));
    // The twelfth code is the first with a wave, which is a mask over the line's colour.
    expect(rule('.hl[data-code="c11"] > *::after')).toContain('background-color: var(--hl-line)');
  });

  test.each(SCOPES)('in the %s theme, a code’s stripes in the margin are drawn in its line colour', (theme, scope) => {
    for (const { id, color } of CODES) expect(rule(`${scope}.coding-stripe[data-code-id="${id}"]`)).toContain(`--hl-line: ${codeMarks(color, theme).line};`);
    expect(rule('.coding-stripe[data-code-id]')).toContain('background-color: var(--hl-line, #888888)');
  });

  test('a colour the code’s record does not hold as #rrggbb is drawn as grey', () => {
    setCodeColors([{ id: 'odd', color: 'red' }]);
    expect(rule('.hl[data-code="odd"]')).toContain(`--hl-line: ${codeMarks('#888888', 'light').line};`);
  });
});
