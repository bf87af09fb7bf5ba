// Blind mode keeps the other coders' work from a coder in every place, not only beside the text:
// Retrieve's passages and memos, Compare's counts and columns, and Agreement, which lays every coder's
// codings side by side, until blind mode is turned off.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './app';
import { importThroughDialog, openDocument, selectWithMouse } from './actions';
import { pressPaths } from '../fixtures/press';
import { chooseOption } from './choose';

let app: App | undefined;

const NEWS = '01-station-news';
const KIMS = 'implementing promised reforms';
const LEES = 'moving on from Victor Hale';

async function applyClaim(page: Page, phrase: string): Promise<void> {
  await selectWithMouse(page, phrase);
  await page.getByRole('button', { name: 'Apply claim' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as claim' }).waitFor();
}

async function place(page: Page, name: 'Code' | 'Retrieve' | 'Compare' | 'Agreement') {
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name }).click();
  return page.getByRole('main', { name: new RegExp(`^${name}`) });
}

test('in blind mode Retrieve and Compare show only the coder’s own passages, and Agreement waits for blind mode to end', async () => {
  app = await launchApp();
  const { page } = app;
  await importThroughDialog(app, pressPaths().slice(1, 2));
  await openDocument(page, NEWS);
  await applyClaim(page, KIMS);

  // Lee joins, in blind mode, and codes another passage with the same code.
  await page.getByRole('button', { name: /^Coder: / }).click();
  await page.getByRole('dialog', { name: 'Coders' }).getByRole('button', { name: 'New coder…' }).click();
  const form = page.getByRole('dialog', { name: 'New coder' });
  await form.getByLabel('Coder name').fill('Lee');
  await form.getByRole('button', { name: 'Add coder and switch' }).click();
  await page.getByRole('button', { name: 'Blind mode' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Blind mode' }).getAttribute('aria-pressed')).toBe('true');
  await applyClaim(page, LEES);

  const retrieve = await place(page, 'Retrieve');
  await retrieve.getByRole('form', { name: 'Query' }).getByRole('group', { name: 'Codes', exact: true }).getByRole('checkbox', { name: 'claim' }).check();
  await expect.poll(() => retrieve.getByRole('status').innerText()).toBe('1 passage in 1 document');
  const passages = retrieve.getByRole('list', { name: 'Passages: All documents' });
  await expect.poll(() => passages.innerText()).toContain(LEES);
  expect(await passages.innerText()).not.toContain(KIMS);
  expect(await retrieve.getByRole('checkbox', { name: 'Coder 1' }).count()).toBe(0);

  const compare = await place(page, 'Compare');
  await chooseOption(compare, 'Columns', 'By coder');
  const table = compare.getByRole('table', { name: 'Passages' });
  await expect.poll(() => table.getByRole('columnheader').allInnerTexts()).toEqual(['Code', expect.stringMatching(/^Lee/)]);
  await expect.poll(() => table.getByRole('button', { name: /^claim, Lee: / }).innerText()).toBe('1');

  const agreement = await place(page, 'Agreement');
  await expect.poll(() => agreement.getByRole('note').innerText()).toMatch(/^Blind mode is on\./);
  expect(await agreement.getByRole('form', { name: 'Agreement choices' }).count()).toBe(0);

  // Blind mode off: both coders' passages, in Retrieve as in Compare.
  await agreement.getByRole('button', { name: 'Turn blind mode off' }).click();
  await agreement.getByRole('form', { name: 'Agreement choices' }).waitFor();
  await place(page, 'Retrieve');
  await expect.poll(() => retrieve.getByRole('status').innerText()).toBe('2 passages in 1 document');
  await place(page, 'Compare');
  await expect.poll(() => table.getByRole('button', { name: /^claim, Coder 1: / }).innerText()).toBe('1');
  expect(app.pageErrors).toEqual([]);
});
