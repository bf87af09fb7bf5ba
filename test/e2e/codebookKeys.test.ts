// The code tree from the keyboard, where a keyboard user must never lose their place: renaming with
// F2 ends back on the code's row (Enter saved, Escape given up), and Alt+arrows during a search say
// why nothing moved.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { launchApp } from './app';

const status = (page: Page) => page.getByRole('status', { name: 'Status' });
const tree = (page: Page) => page.getByRole('treegrid', { name: 'Codes' });
const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName}: ${document.activeElement?.getAttribute('aria-label') ?? ''}`);

test('F2 renames a code; Enter saves and Escape gives up, each back on the code’s row', async () => {
  const app = await launchApp();
  const { page } = app;
  const item = (name: string) => tree(page).getByRole('row', { name, exact: true });
  await item('claim').focus();
  await page.keyboard.press('F2');
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type('assertion');
  await page.keyboard.press('Enter');
  await expect.poll(() => status(page).innerText()).toBe('Renamed “claim” to “assertion”.');
  await expect.poll(() => focused(page)).toBe('row: assertion');

  // The tree's keys work from there at once: down to the next code, and F2 then Escape.
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focused(page)).toBe('row: criticism');
  await page.keyboard.press('F2');
  await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type('critique');
  await page.keyboard.press('Escape');
  await expect.poll(() => focused(page)).toBe('row: criticism');
  await expect.poll(() => item('criticism').count()).toBe(1);
  expect(await name.inputValue()).toBe('criticism');
  expect(app.pageErrors).toEqual([]);
});

test('Alt+arrows during a search move nothing and say why', async () => {
  const app = await launchApp();
  const { page } = app;
  await page.getByRole('searchbox', { name: 'Search codes' }).fill('c');
  const item = tree(page).getByRole('row', { name: 'criticism', exact: true });
  await item.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => status(page).innerText()).toBe('“criticism” was not moved: codes are not moved while a search hides some of them. Clear the search to move it.');
  await expect.poll(() => focused(page)).toBe('row: criticism');
  expect(app.pageErrors).toEqual([]);
});
