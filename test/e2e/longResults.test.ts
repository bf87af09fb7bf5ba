// A long result table, as a researcher meets one: every word of the press corpus searched as a
// regular expression gives thousands of hits in context. They are one table (no "Show more"), drawn a
// screenful at a time: scrolling reaches the last hit, the arrow keys walk the rows beyond those drawn,
// the words after sort the whole list, and hits ticked out of view, or all of them, are coded.
import { expect, test } from 'vitest';
import { pressProject, regexSearch } from './analysisProject';
import { chooseOption } from './choose';

test('thousands of hits in context scroll to the last, sort by the word after, and every hit (drawn or not) can be coded', async () => {
  const app = await pressProject();
  const { page } = app;
  const { place, form } = await regexSearch(page);
  await form.getByRole('searchbox', { name: 'Search for' }).fill('\\w+');
  await form.getByRole('button', { name: 'Search', exact: true }).click();
  const status = place.getByRole('status');
  await expect.poll(() => status.innerText()).toMatch(/^\d+ hits in 5 of 5 documents$/);
  const hits = Number(/^(\d+)/.exec(await status.innerText())![1]);
  expect(hits).toBeGreaterThan(1000);

  const kwic = place.getByRole('table', { name: 'Hits in context' });
  const rows = kwic.getByRole('row');
  // The table says how many rows it has in all, though it draws only those in view.
  expect(await kwic.getAttribute('aria-rowcount')).toBe(String(hits + 1));
  await expect.poll(() => rows.count()).toBeGreaterThan(1);
  expect(await rows.count()).toBeLessThan(hits / 4);
  expect(await place.getByRole('button', { name: /^Show .* more/ }).count()).toBe(0);

  // Scrolling to the bottom shows the last hit.
  const scrollTo = (where: 'top' | 'bottom') => kwic.evaluate((table, where) => table.parentElement!.scrollTo({ top: where === 'top' ? 0 : table.parentElement!.scrollHeight }), where);
  await scrollTo('bottom');
  await expect.poll(() => rows.last().getAttribute('aria-rowindex')).toBe(String(hits + 1));
  // Tick the last hit, then go back to the top: it stays ticked.
  await rows.last().getByRole('checkbox').check();
  await scrollTo('top');
  await expect.poll(() => rows.nth(1).getAttribute('aria-rowindex')).toBe('2');

  // From the keyboard: arrow down from the first hit walks past the rows first drawn; Space ticks.
  await rows.nth(1).getByRole('checkbox').focus();
  for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowDown');
  const focusedRow = () => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'));
  await expect.poll(focusedRow).toBe('62');
  await page.keyboard.press('Space');
  await chooseOption(place, 'Code to apply', 'claim');
  await expect.poll(() => place.getByText(/ to code/).innerText()).toBe('2 to code');
  await place.getByRole('button', { name: 'Code the ticked hits' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'applied to 2 search hits' }).waitFor();

  // Every other hit, most of them never drawn, is coded in one step; the two coded are skipped.
  await expect.poll(() => place.getByText(/ to code/).innerText()).toBe(`${hits - 2} to code, 2 already coded (skipped)`);
  await place.getByRole('button', { name: 'Code all hits' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: `applied to ${hits - 2} search hits` }).waitFor();

  // Sorted by the word after, the rows in view follow each other in the order of that word.
  await chooseOption(place, 'Sort hits', 'By the words after');
  const firstWordsAfter = () => kwic.locator('td.kwic-right').allInnerTexts().then((texts) => texts.map((t) => /\p{L}[\p{L}\p{N}'’-]*|\p{N}+/u.exec(t)?.[0] ?? ''));
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  await expect.poll(async () => {
    const words = await firstWordsAfter();
    return words.length > 10 && words.every((w, i) => i === 0 || collator.compare(words[i - 1]!, w) <= 0);
  }).toBe(true);
  expect(app.pageErrors).toEqual([]);
});
