// Screenshot baselines of the analysis places, light and dark, at 1280x800, each with what a
// researcher reads there: Retrieve's criticism passages side by side by leaning, Compare's codes by
// leaning (numbers and shading), and the Agreement report of two coders. A layout or colour
// regression in these places fails here; `UPDATE_SCREENSHOTS=1` rewrites the pictures (look at them).
//
// Deterministic: the press fixtures with their manifest and fixed codings (analysisProject.ts), a
// second coder's fixed codings, the agreement's bootstrap at its fixed seed, the mouse parked, no
// animation, no caret. The project is built once; both colour schemes are taken from it.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openDocument, selectWithMouse } from './actions';
import { codedPressProject, CENTER, LEFT, RIGHT } from './analysisProject';
import { matchesBaseline } from './screenshotBaseline';
import { chooseOption } from './choose';

/** Lee agrees on two criticism passages, misses one, and codes one Coder 1 did not. */
const LEE_CODES = [
  { doc: RIGHT, code: 'criticism', text: 'Carjackings doubled in two years.' },
  { doc: RIGHT, code: 'criticism', text: 'He has not blamed his own policies.' },
  { doc: LEFT, code: 'criticism', text: 'The police union spent heavily against him' },
  { doc: CENTER, code: 'pledge', text: 'He did not give a date or say which drugs would be covered.' },
];

async function place(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name }).click();
  return page.getByRole('main', { name });
}

async function scheme(page: Page, colorScheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
}

test('Retrieve, Compare and Agreement look as their baselines, light and dark', async () => {
  const app = await codedPressProject();
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  // The import report is the import's, not these places': dismissed as a researcher does.
  await page.getByRole('region', { name: 'Import report' }).getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => page.getByRole('region', { name: 'Import report' }).count()).toBe(0);

  await page.getByRole('button', { name: /^Coder: / }).click();
  await page.getByRole('dialog', { name: 'Coders' }).getByRole('button', { name: 'New coder…' }).click();
  const form = page.getByRole('dialog', { name: 'New coder' });
  await form.getByLabel('Coder name').fill('Lee');
  await form.getByRole('button', { name: 'Add coder and switch' }).click();
  await expect.poll(() => page.getByRole('button', { name: /^Coder: Lee/ }).count()).toBe(1);
  for (const passage of LEE_CODES) {
    await openDocument(page, passage.doc);
    await selectWithMouse(page, passage.text);
    await page.getByRole('button', { name: `Apply ${passage.code}` }).click();
    await page.getByRole('status', { name: 'Status' }).filter({ hasText: `as ${passage.code}` }).waitFor();
  }

  // Retrieve: Coder 1's five criticism passages and Lee's three, side by side by leaning.
  const retrieve = await place(page, 'Retrieve');
  await retrieve.getByRole('form', { name: 'Query' }).getByRole('group', { name: 'Codes', exact: true }).getByRole('checkbox', { name: 'criticism' }).check();
  await chooseOption(retrieve, 'Show', 'By leaning');
  await expect.poll(() => retrieve.getByRole('region', { name: 'right', exact: true }).getByRole('article').count()).toBeGreaterThanOrEqual(3);
  await expect.poll(() => retrieve.getByRole('region', { name: 'left', exact: true }).innerText()).toContain('The police union spent heavily against him');
  const retrieveStatus = await retrieve.getByRole('status').first().innerText();

  // Compare: codes by leaning, numbers and shading.
  const compare = await place(page, 'Compare');
  await chooseOption(compare, 'Columns', 'By leaning');
  const table = compare.getByRole('table', { name: 'Passages' });
  await expect.poll(() => table.getByRole('button', { name: /^criticism, right: / }).innerText()).not.toBe('');
  const criticismRight = await table.getByRole('button', { name: /^criticism, right: / }).innerText();

  // Agreement: Coder 1 and Lee, by document.
  const agreement = await place(page, 'Agreement');
  const choices = agreement.getByRole('form', { name: 'Agreement choices' });
  await expect.poll(() => choices.getByRole('checkbox', { name: 'Lee' }).isChecked()).toBe(true);
  await choices.getByRole('radio', { name: 'Documents' }).check();
  await choices.getByRole('button', { name: 'Compute agreement' }).click();
  const report = page.getByRole('region', { name: 'Agreement report' });
  await expect.poll(() => report.innerText()).toContain('1,000 resamples of documents, seed 1');

  for (const colorScheme of ['light', 'dark'] as const) {
    await scheme(page, colorScheme);
    await place(page, 'Retrieve');
    await expect.poll(() => retrieve.getByRole('status').first().innerText()).toBe(retrieveStatus);
    await matchesBaseline(page, `retrieve-${colorScheme}`);
    await place(page, 'Compare');
    await expect.poll(() => table.getByRole('button', { name: /^criticism, right: / }).innerText()).toBe(criticismRight);
    await matchesBaseline(page, `compare-${colorScheme}`);
    await place(page, 'Agreement');
    await expect.poll(() => report.innerText()).toContain('1,000 resamples of documents, seed 1');
    // The report's figures, not the choices above them, are what this picture keeps.
    await report.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await matchesBaseline(page, `agreement-${colorScheme}`);
  }
  expect(app.pageErrors).toEqual([]);
});
