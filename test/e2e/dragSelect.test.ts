// Selecting with the mouse next to a coding: the drag handles of the coding under the caret sit on
// the coding's ends, and a drag that ends on one of them must still select the words dragged over
// (it used to select to the end of the document, stripe labels included, so that the next code key
// said "Select a passage first").
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { dragAcross, highlightedPassages, importThroughDialog, openDocument, phraseBox, selectWithMouse } from './actions';
import { PRIMARY_NIGHT } from '../fixtures/reading';

const DOC = 'primary-night';
const CLAIM = 'voters chose civil rights lawyer Dana Whitfield by a nearly 18-point margin';
const FIGURE = 'a nearly 18-point margin';

/** The magazine piece open, with a claim coded on the sentence, which is still selected. */
async function withClaimCoded(): Promise<App> {
  const app = await launchApp();
  const { page } = app;
  await importThroughDialog(app, [PRIMARY_NIGHT]);
  await openDocument(page, DOC);
  await selectWithMouse(page, CLAIM);
  await page.getByRole('button', { name: 'Apply claim' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as claim.' }).waitFor();
  // The claim is the coding at the selection: its handles are drawn at its two ends.
  await expect.poll(() => page.locator('.boundary-handle').count()).toBe(2);
  return app;
}

test('a drag that ends where a coding ends selects the words dragged over, and the next code key codes them', async () => {
  const app = await withClaimCoded();
  const { page } = app;

  // A click elsewhere (the selection stays the claim's), then a drag that starts inside the claim and
  // ends on its last character, where its end handle is.
  await page.getByRole('heading', { level: 2 }).first().click();
  await dragAcross(page, FIGURE);
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(FIGURE);
  await page.keyboard.press('4');
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as metric.' }).waitFor();
  // Two codes, one passage each: the claim as it was, the metric on the figure.
  const drawn = Object.values(await highlightedPassages(page));
  expect(drawn.map((texts) => texts.join(' | ')).sort()).toEqual([CLAIM, FIGURE].sort());
  // The claim kept its extent: the handle under the pointer did not move it.
  await expect.poll(() => page.getByRole('heading', { name: /^Coded passages/ }).innerText()).toBe('Coded passages (2)');
  expect(app.pageErrors).toEqual([]);
});

test('pressed on its handle, a coding’s end still follows the pointer', async () => {
  const app = await withClaimCoded();
  const { page } = app;
  const handle = await page.locator('.boundary-end').boundingBox();
  if (!handle) throw new Error('the claim has no end handle');
  // To the right edge of "Whitfield"'s last letter, the first half of the space after it.
  const to = await phraseBox(page, 'Dana Whitfield');
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x2 + 2, to.y2, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => Object.values(await highlightedPassages(page)).flat()).toEqual(['voters chose civil rights lawyer Dana Whitfield']);
  expect(app.pageErrors).toEqual([]);
});
