// "Coded passages" is one listbox that draws only the rows near its scroll position. Whatever the
// mouse wheel does to that position, the row the list calls current (aria-activedescendant) is there
// for a screen reader to read, and the keys go on from it.
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { importThroughDialog, openDocument, tabTo } from './actions';
import { pressPaths } from '../fixtures/press';

let app: App | undefined;

const DOC = '01-station-news';

test('the current row of a long list of coded passages is always drawn, after scrolling with the wheel too', async () => {
  app = await launchApp();
  const { page } = app;
  await importThroughDialog(app, [pressPaths()[1]!]);
  await openDocument(page, DOC);
  const text = page.getByRole('document', { name: `Text of ${DOC}` });
  await text.focus();
  await page.keyboard.press('Control+Home');
  // The first forty words or so (a word and the punctuation after it count once), each coded as a
  // pledge, from the keyboard.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('1');
    await page.keyboard.press('ArrowRight');
  }
  const heading = page.getByRole('heading', { name: /^Coded passages/ });
  await expect.poll(async () => Number(/\((\d+)\)/u.exec(await heading.innerText())?.[1])).toBeGreaterThanOrEqual(36);

  const list = page.getByRole('listbox', { name: /^Coded passages/ });
  await tabTo(page, list);
  await page.keyboard.press('Home');
  const current = () =>
    list.evaluate((el) => {
      const option = document.getElementById(el.getAttribute('aria-activedescendant') ?? '');
      return option ? `${option.getAttribute('aria-posinset')} ${option.getAttribute('aria-selected')}` : null;
    });
  await expect.poll(current).toBe('1 true');

  // The wheel takes the list to its end, far from the current (first) row.
  const box = (await list.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 5000);
  await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(500);
  // The last row is drawn…
  await expect.poll(() => list.getByRole('option').evaluateAll((os) => os.some((o) => o.getAttribute('aria-posinset') === o.getAttribute('aria-setsize')))).toBe(true);
  // …and so is the current one.
  await expect.poll(current).toBe('1 true');

  // From the keyboard, the next row, and back in view.
  await page.keyboard.press('ArrowDown');
  await expect.poll(current).toBe('2 true');
  await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeLessThan(60);
  expect(app.pageErrors).toEqual([]);
});
