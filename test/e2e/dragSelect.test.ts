// Selecting with the mouse next to a coding: the drag handles of the coding under the caret sit on
// the coding's ends, and a drag that ends on one of them must still select the words dragged over
// (it used to select to the end of the document, stripe labels included, so that the next code key
// said "Select a passage first").
import { expect, test } from 'vitest';
import { highlightedPassages, phraseBox } from './actions';
import { dragOverTheClaimsEnd, withClaimCoded, type DragScenario } from './dragSelect';
import { PRIMARY_NIGHT } from '../fixtures/reading';

const MAGAZINE: DragScenario = {
  path: PRIMARY_NIGHT,
  doc: 'primary-night',
  claim: 'voters chose civil rights lawyer Dana Whitfield by a nearly 18-point margin',
  figure: 'a nearly 18-point margin',
};

test('a drag that ends where a coding ends selects the words dragged over, and the next code key codes them', async () => {
  const { drawn, pageErrors } = await dragOverTheClaimsEnd(MAGAZINE);
  // Two codes, one passage each: the claim kept its extent (the handle under the pointer did not move
  // it), and the metric is on the figure.
  expect(drawn).toEqual([MAGAZINE.claim, MAGAZINE.figure].sort());
  expect(pageErrors).toEqual([]);
});

test('pressed on its handle, a coding’s end still follows the pointer', async () => {
  const app = await withClaimCoded(MAGAZINE);
  const { page } = app;
  const handle = await page.locator('.boundary-end').boundingBox();
  if (!handle) throw new Error('the claim has no end handle');
  // Just past the last letter of "Whitfield", in the first half of the space after it.
  const to = await phraseBox(page, 'Dana Whitfield');
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x2 + 2, to.y2, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => Object.values(await highlightedPassages(page)).flat()).toEqual(['voters chose civil rights lawyer Dana Whitfield']);
  expect(app.pageErrors).toEqual([]);
});
