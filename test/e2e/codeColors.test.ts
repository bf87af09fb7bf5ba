// The code palette as a researcher meets it: a new project's codes in colours of the colour-blind-safe
// palette, and two codes on overlapping words marked so that both show: each highlight has its
// code's tint and an underline in its code's colour, at a depth of its own.
import { expect, test } from 'vitest';
import { launchApp } from './app';
import { importThroughDialog, openDocument, selectWithMouse } from './actions';
import { PRIMARY_NIGHT } from '../fixtures/reading';
import { CODE_COLORS } from '../../shared/codebook/codeColors';
import { codeMarks } from '../../shared/codebook/codeHighlight';

test('criticism and metric coded on overlapping words are drawn in palette colours with underlines at different depths', async () => {
  const app = await launchApp();
  const { page } = app;
  await importThroughDialog(app, [PRIMARY_NIGHT]);
  await openDocument(page, 'primary-night');
  await selectWithMouse(page, 'the city of Eastvale answered with defiance');
  await page.keyboard.press('3');
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as criticism.' }).waitFor();
  await selectWithMouse(page, 'Eastvale answered');
  await page.keyboard.press('4');
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as metric.' }).waitFor();

  // The style of each highlight drawn, as the browser computes it for the boxes behind the text.
  const styles = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.highlight-layer > .hl')].map((group) => {
      const box = group.firstElementChild!;
      const line = getComputedStyle(box, '::after');
      return { background: getComputedStyle(box).backgroundColor, line: line.borderTopColor, depth: line.top };
    }),
  );
  expect(styles).toHaveLength(2);
  const hex = (css: string) => `#${(css.match(/\d+/gu) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
  for (const style of styles) {
    // A palette colour, as the light page draws its line (darkened only where too pale to be seen).
    expect(CODE_COLORS.map((color) => codeMarks(color, 'light').line)).toContain(hex(style.line));
    // A third of the code's colour over the page: translucent.
    expect(style.background).toMatch(/\/ 0\.33\)$/u);
  }
  expect(styles[0]!.line).not.toBe(styles[1]!.line);
  expect(styles[0]!.depth).not.toBe(styles[1]!.depth);
  expect(app.pageErrors).toEqual([]);
});
