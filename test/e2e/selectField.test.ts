// The app's one select (renderer/ui/SelectField.tsx) from the keyboard alone: Tab to it, open it,
// move and type to an option, Enter; Escape closes it unchanged; the list opens inside the window.
import { expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { tabTo } from './actions';
import { pressProject } from './analysisProject';
import { selectField, selectList } from './choose';

const hasFocus = (target: Locator) => target.evaluate((el) => el === document.activeElement);

test('a researcher sets a search to read its pattern as a regular expression with the keyboard alone, and the search does', async () => {
  const app = await pressProject();
  const { page } = app;
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Retrieve' }).click();
  const place = page.getByRole('main', { name: 'Retrieve' });
  await place.getByRole('tablist', { name: 'Find' }).getByRole('tab', { name: 'Search the texts' }).click();
  const form = place.getByRole('search', { name: 'Search the texts' });
  const field = selectField(form, 'Search as');
  expect(await field.innerText()).toBe('Whole word');
  await tabTo(page, field);

  // Enter opens the list (named as the field) on the option chosen now, inside the window.
  const list = selectList(page, 'Search as');
  await page.keyboard.press('Enter');
  await list.waitFor();
  expect(await list.getByRole('option').allInnerTexts()).toEqual(['Whole word', 'Phrase', 'Regular expression']);
  await expect.poll(() => hasFocus(list.getByRole('option', { name: 'Whole word' }))).toBe(true);
  const box = (await list.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true);

  // Escape closes it as it was, the focus back on the field.
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => hasFocus(list.getByRole('option', { name: 'Phrase' }))).toBe(true);
  await page.keyboard.press('Escape');
  await list.waitFor({ state: 'hidden' });
  expect(await field.innerText()).toBe('Whole word');
  expect(await hasFocus(field)).toBe(true);

  // The arrow opens it too; typing the first letters moves to the option; Enter takes it.
  await page.keyboard.press('ArrowDown');
  await list.waitFor();
  await page.keyboard.type('reg');
  await expect.poll(() => hasFocus(list.getByRole('option', { name: 'Regular expression' }))).toBe(true);
  await page.keyboard.press('Enter');
  await list.waitFor({ state: 'hidden' });
  await form.getByRole('button', { name: 'Regular expression Search as', exact: true }).waitFor();
  expect(await hasFocus(field)).toBe(true);

  // The search now reads its pattern as a regular expression: "prosecutors?" finds both forms.
  await form.getByRole('searchbox', { name: 'Search for' }).fill('prosecutors?');
  await form.getByRole('button', { name: 'Search', exact: true }).click();
  const kwic = place.getByRole('table', { name: 'Hits in context' });
  await expect.poll(() => kwic.getByRole('cell').filter({ hasText: /^prosecutors?$/i }).count()).toBeGreaterThanOrEqual(3);
  expect(app.pageErrors).toEqual([]);
});
