// Coding stripes: each coded extent as a bar beside the lines it covers, side by side where codings
// overlap, updated as soon as a coding changes; hovering a stripe emphasises its passage, clicking it
// selects the coding. (Stripes are a visual aid hidden from assistive technology — "Coded passages"
// offers the same to the keyboard — so this test finds them by their class.)
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './app';
import { emphasisedPassages, importThroughDialog, linesOf, openDocument, selectWithMouse } from './actions';
import { pressPaths } from '../fixtures/press';

let app: App | undefined;

async function stripes(page: Page) {
  return page.locator('.coding-stripes .coding-stripe').evaluateAll((elements) =>
    elements.map((el) => {
      const box = el.getBoundingClientRect();
      return { code: el.getAttribute('data-code'), top: box.top, bottom: box.bottom, left: box.left };
    }),
  );
}

test('stripes follow the codings: aligned with their lines, side by side when they overlap, hover and click', async () => {
  app = await launchApp();
  const { page } = app;
  await importThroughDialog(app, [pressPaths()[2]!]);
  await openDocument(page, '02-watchdog-profile');
  const long = 'Eastvale set a new record for homicides in 2021, with 312 in total';
  const inner = 'a new record for homicides';
  await selectWithMouse(page, long);
  await page.getByRole('button', { name: 'Apply metric' }).click();
  await expect.poll(async () => (await stripes(page)).map((s) => s.code)).toEqual(['metric']);

  // A second, overlapping coding gets its own lane beside the first, as soon as it is applied.
  await selectWithMouse(page, inner);
  await page.getByRole('button', { name: 'Apply claim' }).click();
  await expect.poll(async () => (await stripes(page)).length).toBe(2);
  const drawn = await stripes(page);
  const m = drawn.find((s) => s.code === 'metric')!;
  const c = drawn.find((s) => s.code === 'claim')!;
  expect(m.left).not.toBe(c.left);

  // Labelled with their codes, beside the lanes.
  const labels = (await page.locator('.coding-stripe-label').allInnerTexts()).join(' · ');
  expect(labels.split(' · ').sort()).toEqual(['claim', 'metric']);

  // Each stripe spans the lines of its passage.
  for (const [stripe, phrase] of [
    [m, long],
    [c, inner],
  ] as const) {
    const lines = await linesOf(page, phrase);
    expect(Math.abs(stripe.top - lines.top)).toBeLessThan(4);
    expect(Math.abs(stripe.bottom - lines.bottom)).toBeLessThan(4);
  }

  // Hovering the claim stripe emphasises its passage; clicking it selects the coding.
  const claimStripe = page.locator('.coding-stripe[data-code="claim"]');
  await claimStripe.hover();
  await expect
    .poll(() => emphasisedPassages(page))
    .toEqual([inner]);
  await claimStripe.click();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(inner);
  await expect.poll(() => page.getByRole('list', { name: 'Codes on this passage' }).innerText()).toContain(`claim: “${inner}”`);

  // Removing the coding removes its stripe at once.
  await page.getByRole('button', { name: `Remove claim from “${inner}”` }).click();
  await expect.poll(async () => (await stripes(page)).map((s) => s.code)).toEqual(['metric']);
  expect(app.pageErrors).toEqual([]);
});
