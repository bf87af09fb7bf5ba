// The issue's question on the reference corpus: "Do right-leaning outlets use more criticism than
// center and left ones? Show me the criticism passages from the right beside those from the left."
// Passages are coded as a researcher does; Compare answers by leaning, and a row opens its passages
// side by side in Retrieve. Both places are saved as pictures for the lead's note, to FW_SCREENSHOTS or
// else test-results/corpus-screens/ (ignored by git: the corpus is third-party text, not the repo's).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { launchApp } from './app';
import { openDocument, selectWithMouse } from './actions';
import { CORPUS_MANIFEST, seedPaths } from '../fixtures/referenceCorpus';
import { chooseOption } from './choose';

const RIGHT = 'Critical profile: donor-backed, anti-police DA';
const LEFT = "Progressive magazine: the movement's win in the DA primary";
const CENTER = 'TV station news: the DA-elect met other big-city progressive prosecutors';

const SCREENS = process.env.FW_SCREENSHOTS ?? join(import.meta.dirname, '..', '..', 'test-results', 'corpus-screens');

const PASSAGES = [
  { doc: RIGHT, code: 'criticism', text: 'looking for a wider array of excuses to NOT prosecute actual criminals' },
  { doc: RIGHT, code: 'criticism', text: 'fired 31 prosecutors' },
  { doc: LEFT, code: 'criticism', text: 'It was a failure that continued to damage his ability' },
  { doc: LEFT, code: 'claim', text: 'was a referendum on Trump' },
  { doc: CENTER, code: 'claim', text: 'Krasner faces numerous challenges when he takes office in January' },
];

test('criticism by leaning on the reference corpus, and the right’s criticism beside the left’s', async () => {
  const app = await launchApp();
  const { page } = app;
  app.dialog.willOpen([CORPUS_MANIFEST]);
  app.dialog.willOpen(seedPaths());
  await page.getByRole('button', { name: 'More import options' }).click();
  await page.getByRole('menuitem', { name: 'Import with a manifest…' }).click();
  await page.getByRole('region', { name: 'Import report' }).waitFor();
  await page.getByRole('region', { name: 'Import report' }).getByRole('button', { name: 'Dismiss' }).click();
  await page.setViewportSize({ width: 1280, height: 800 });
  mkdirSync(SCREENS, { recursive: true });
  for (const passage of PASSAGES) {
    await openDocument(page, passage.doc);
    await selectWithMouse(page, passage.text);
    await page.getByRole('button', { name: `Apply ${passage.code}` }).click();
    await page.getByRole('status', { name: 'Status' }).filter({ hasText: `as ${passage.code}` }).waitFor();
  }

  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Compare' }).click();
  const compare = page.getByRole('main', { name: 'Compare' });
  await chooseOption(compare, 'Columns', 'By leaning');
  const table = compare.getByRole('table', { name: 'Passages' });
  const cell = (code: string, group: string) => table.getByRole('button', { name: new RegExp(`^${code}, ${group}: `) });
  await expect.poll(() => cell('criticism', 'right').innerText()).toBe('2');
  expect(await cell('criticism', 'left').innerText()).toBe('1');
  expect(await cell('criticism', 'center').innerText()).toBe('0');
  expect(await cell('claim', 'center').innerText()).toBe('1');
  await expect.poll(() => table.getByRole('columnheader').allInnerTexts()).toEqual([
    'Code',
    expect.stringMatching(/^center\n?2 docs · 986 words$/),
    expect.stringMatching(/^left\n?1 doc · 644 words$/),
    expect.stringMatching(/^right\n?1 doc · 488 words$/),
    expect.stringMatching(/^subject\n?1 doc · 3,034 words$/),
  ]);
  await screenshot(page, 'compare.png');

  await compare.getByRole('button', { name: 'criticism', exact: true }).click();
  const retrieve = page.getByRole('main', { name: 'Retrieve' });
  await expect.poll(() => retrieve.getByRole('region', { name: 'right', exact: true }).getByRole('article').count()).toBe(2);
  expect(await retrieve.getByRole('region', { name: 'left', exact: true }).innerText()).toContain('It was a failure that continued to damage his ability');
  await screenshot(page, 'retrieve.png');
  expect(app.pageErrors).toEqual([]);
});

async function screenshot(page: Page, name: string): Promise<void> {
  const path = join(SCREENS, name);
  await page.mouse.move(1279, 799);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  console.log(`Reference-corpus screenshot: ${path}`);
}
