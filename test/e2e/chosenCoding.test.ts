// Choosing one coding among several on the same words: a phrase coded inside a longer coded passage,
// and one passage carrying two codes. Whichever way it is chosen (from "Coded passages", by clicking
// its stripe), the chosen coding stays the one the memo panel, the emphasis and the stripes follow,
// so that a memo is written on the coding the researcher meant.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './app';
import { emphasisedPassages, importThroughDialog, nextFrames, openDocument, selectWithMouse } from './actions';
import { pressPaths } from '../fixtures/press';

let app: App | undefined;

const DOC = '02-watchdog-profile';
const LONG = 'Eastvale set a new record for homicides in 2021, with 312 in total';
const INNER = 'a new record for homicides';
const SHARED = 'prepared to arrest federal law enforcement officers';

const passages = (page: Page) => page.getByRole('listbox', { name: /^Coded passages/ });
// The memo panel names a coding by its first 40 characters.
const shortQuote = (quote: string) => (quote.length <= 40 ? quote : `${quote.slice(0, 39)}…`);
const memoOn = (page: Page, code: string, quote: string) => page.getByRole('textbox', { name: `Memo on the ${code} coding “${shortQuote(quote)}”` });
const activeStripe = (page: Page) => page.locator('.coding-stripe.active').getAttribute('data-code');
// Stripes are a mouse-only aid hidden from assistive technology: found by their title.
const stripeOf = (page: Page, codeName: string, quote: string) => page.locator(`.coding-stripe[title="${codeName}: ${quote}"]`);

async function code(page: Page, phrase: string, codeName: string): Promise<void> {
  await selectWithMouse(page, phrase);
  await page.getByRole('button', { name: `Apply ${codeName}` }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: `as ${codeName}.` }).waitFor();
}

/** The chosen coding is `codeName` on `quote` everywhere the screen shows the chosen coding, and stays so. */
async function expectChosen(page: Page, codeName: string, quote: string): Promise<void> {
  await memoOn(page, codeName, quote).waitFor();
  await expect.poll(() => activeStripe(page)).toBe(codeName);
  await expect.poll(() => emphasisedPassages(page)).toEqual([quote]);
  await expect.poll(() => passages(page).locator('[aria-current="true"]').innerText()).toBe(`${codeName}: ${quote}`);
  // The selection change that follows choosing it must not take it back: once the page has drawn two
  // more frames, the selectionchange it queued and the commit it caused have run.
  await nextFrames(page);
  expect(await memoOn(page, codeName, quote).count()).toBe(1);
  expect(await activeStripe(page)).toBe(codeName);
}

test('a phrase coded inside a coded passage, and a passage with two codes: the coding chosen is the one the memo is on', async () => {
  app = await launchApp();
  const { page } = app;
  await importThroughDialog(app, [pressPaths()[2]!]);
  await openDocument(page, DOC);
  await code(page, LONG, 'metric');
  await code(page, INNER, 'claim');
  await code(page, SHARED, 'claim');
  // The passage is still selected: a second code on it.
  await page.getByRole('button', { name: 'Apply criticism' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as criticism.' }).waitFor();
  await expect.poll(() => page.getByRole('heading', { name: /^Coded passages/ }).innerText()).toBe('Coded passages (4)');

  // From "Coded passages": the inner phrase, not the passage around it.
  await passages(page).getByRole('option', { name: `claim: ${INNER}` }).click();
  await expectChosen(page, 'claim', INNER);
  // The memo written now is on the inner coding.
  await memoOn(page, 'claim', INNER).click();
  await page.keyboard.type('Record, but per capita?');
  await passages(page).getByRole('option', { name: `metric: ${LONG}` }).click();
  await expectChosen(page, 'metric', LONG);
  await expect.poll(async () => (await memoOn(page, 'metric', LONG).innerText()).trim()).toBe('');

  // Each of the two codes on one passage, from the list and then from its stripe.
  for (const name of ['claim', 'criticism', 'claim']) {
    await passages(page).getByRole('option', { name: `${name}: ${SHARED}` }).click();
    await expectChosen(page, name, SHARED);
  }
  for (const name of ['criticism', 'claim', 'criticism']) {
    await stripeOf(page, name, SHARED).click();
    await expectChosen(page, name, SHARED);
  }

  // The inner phrase from its stripe, and its memo is the one written above.
  await stripeOf(page, 'claim', INNER).click();
  await expectChosen(page, 'claim', INNER);
  await expect.poll(async () => (await memoOn(page, 'claim', INNER).innerText()).trim()).toBe('Record, but per capita?');

  // Moving its end by key keeps it the chosen coding as its extent changes. (The pointer leaves the
  // stripes first: hovering one emphasises its coding instead.)
  await page.mouse.move(5, 5);
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'claim now covers' }).waitFor();
  await expectChosen(page, 'claim', `${INNER} in`);
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expectChosen(page, 'claim', `${INNER} in 2021`);
  expect(app.pageErrors).toEqual([]);
});
