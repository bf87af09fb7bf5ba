// Every theme's colours, read from the design tokens themselves (renderer/styles.css, and
// renderer/contrastThemes.css for the system's "more contrast"), checked against WCAG 2's AA level
// for each pair the screens really draw: 4.5:1 for text, 3:1 for focus rings, the edges of fields and
// the marks of what is chosen (1.4.3 and 1.4.11). A token changed by eye that breaks a pair fails
// here, and so does a field or a chosen row whose rule stops drawing its edge or mark in such a token.
import { describe, expect, test } from 'vitest';
import { wcagContrast } from 'culori';
import { readStyles, ruleBody, THEMES } from './themeTokens';

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

/**
 * Marks a control needs to be seen, on every ground: the focus ring (which also marks what is
 * chosen), and the edge of a field (a text field, a select, a combo box, the memo box), which is all
 * that shows where a field is, on the page, a panel, a hovered or a chosen row (a cell's editor).
 */
const MARK_PAIRS: Array<[string, string[]]> = [
  ['--focus', GROUNDS],
  ['--control-border', GROUNDS],
];

type Tokens = Record<string, string>;

function failures(theme: Tokens, pairs: Array<[string, string[]]>, least: number): string[] {
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
    for (const [name, { tokens }] of Object.entries(THEMES)) for (const token of names) expect(tokens[token], `${name} ${token}`).toMatch(/^#([0-9a-f]{3}){1,2}$/i);
  });

  for (const [name, { tokens }] of Object.entries(THEMES)) {
    test(`${name}: text is readable on every ground it is drawn on (4.5:1)`, () => {
      expect(failures(tokens, TEXT_PAIRS, 4.5)).toEqual([]);
    });

    test(`${name}: the focus ring and the edges of fields show on every ground (3:1)`, () => {
      expect(failures(tokens, MARK_PAIRS, 3)).toEqual([]);
    });
  }
});

/** The rules that draw the edge of a field, by style sheet: the edge is the field's only boundary. */
const FIELD_EDGES: Array<[string, string]> = [
  ['styles.css', ':where(input:not([type]), input[type=\'text\'], input[type=\'search\'], input[type=\'number\'], textarea)'],
  ['styles.css', '.memo-text'],
  ['ui/comboBoxField.css', '.combo-group'],
  ['ui/selectField.css', '.select-field .select-trigger[data-rac]'],
];

describe('the edges of fields', () => {
  test.each(FIELD_EDGES)('%s: %s is edged in --control-border', (sheet, selector) => {
    expect(ruleBody(readStyles(sheet), selector)).toMatch(/(^|;)\s*border:\s*1px solid var\(--control-border\)/);
  });
});

/**
 * What is chosen or under the keys in a list, a tree, a table, a menu or a row of tabs, by style sheet.
 * Each is filled in --selected or --selected-strong, which a panel's ground is barely apart from
 * (about 1.1:1): each must also carry a mark (an edge, a bar, a ring) that is seen on that fill and
 * on the panel (3:1), so that what is chosen shows without telling two pale fills apart.
 */
const CHOSEN: Array<[string, string]> = [
  ['styles.css', ".passage-option[aria-current='true']"],
  ['styles.css', '.menu-item:focus'],
  ['styles.css', ".memo-tabs [role='tab'][aria-selected='true']"],
  ['styles.css', ".memo-toolbar button[aria-pressed='true']"],
  ['styles.css', ".quick-code-options [role='option'][aria-selected='true']"],
  ['styles.css', ".reflow-toggle[aria-pressed='true']"],
  ['features/codebook/codeTree.css', '.code-tree-row[data-selected] .code-tree-line'],
  ['features/codebook/codeTree.css', '.code-tree-row[data-drop-target] .code-tree-line'],
  ['features/library/library.css', ".library-table [role='row'][data-selected]"],
  ['features/library/library.css', ".sets-panel button[aria-pressed='true']"],
  ['features/library/library.css', '.table-preview th.chosen'],
  ['features/library/documentList.css', ".document-row[aria-current='page']"],
  ['shell/shell.css', '.menu-entry[data-focused], .palette-item[data-focused]'],
  ['shell/shell.css', ".rail-button[aria-current='page']"],
  ['ui/panelTabs.css', '.panel-tab[data-selected]'],
];

/** The fill and the mark a rule draws: the token of its background, and of its edge, bar or ring. */
function chosenLook(body: string): { fill: string; mark: string | undefined } {
  const fill = /(?:^|;)\s*background(?:-color)?:\s*var\((--[\w-]+)\)/.exec(body)?.[1];
  const mark = /(?:^|;)\s*(?:border(?:-\w+)?(?:-color)?|outline|box-shadow):[^;]*var\((--[\w-]+)\)/.exec(body)?.[1];
  if (!fill) throw new Error(`no fill in “${body}”`);
  return { fill, mark };
}

describe('what is chosen', () => {
  test.each(CHOSEN)('%s: %s has a mark seen on its fill and on the panel in every theme (3:1)', (sheet, selector) => {
    const { fill, mark } = chosenLook(ruleBody(readStyles(sheet), selector));
    expect(mark, 'a mark beside the fill').toBeDefined();
    for (const [name, { tokens }] of Object.entries(THEMES))
      for (const ground of [fill, '--surface', '--bg']) {
        expect(wcagContrast(tokens[mark!]!, tokens[ground]!), `${name}: ${mark} on ${ground}`).toBeGreaterThanOrEqual(3);
      }
  });
});
