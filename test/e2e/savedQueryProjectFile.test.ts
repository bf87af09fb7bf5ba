// A saved query travels with its project: saved in Retrieve, the project leaves by "Save a copy…" and
// comes back by "Open project file…" on a fresh profile and data folder as a new project; there the
// query is listed by its name, gives the same passages, and is a row of Compare with the same counts.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { launchApp } from './app';
import { openProjectFile } from './actions';
import { codedPressProject } from './analysisProject';
import { scratchFolder } from './teardown';
import { chooseOption } from './choose';

const QUERY = 'Attacks and numbers';

async function retrievePlace(page: Page) {
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Retrieve' }).click();
  return page.getByRole('main', { name: 'Retrieve' });
}

/** The saved query run from its button: the count said and the passages listed (each passage's own text). */
async function runSavedQuery(page: Page): Promise<{ count: string; passages: string[] }> {
  const retrieve = await retrievePlace(page);
  await retrieve.getByRole('list', { name: 'Saved queries' }).getByRole('button', { name: QUERY, exact: true }).click();
  await expect.poll(() => retrieve.getByRole('status').innerText()).toBe('6 passages in 3 documents');
  const list = retrieve.getByRole('list', { name: 'Passages: All documents' });
  await expect.poll(() => list.getByRole('article').count()).toBe(6);
  const passages = (await list.getByRole('article').allInnerTexts()).map((text) => text.split('\n')[0]!.trim()).sort();
  return { count: await retrieve.getByRole('status').innerText(), passages };
}

/** The saved query's row of Compare by leaning: right and left counts. */
async function compareRow(page: Page): Promise<string[]> {
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Compare' }).click();
  const place = page.getByRole('main', { name: 'Compare' });
  await chooseOption(place, 'Columns', 'By leaning');
  await place.getByRole('radio', { name: 'Saved queries' }).check();
  const table = place.getByRole('table', { name: 'Passages' });
  const cell = (group: string) => table.getByRole('button', { name: new RegExp(`^${QUERY}, ${group}: `) });
  await expect.poll(() => cell('right').innerText()).toBe('4');
  return Promise.all(['center', 'left', 'right', 'subject'].map((group) => cell(group).innerText()));
}

test('a query saved in Retrieve travels through a project file: listed, same passages, and a row of Compare', async () => {
  const app = await codedPressProject();
  const { page } = app;
  const retrieve = await retrievePlace(page);
  const codes = retrieve.getByRole('group', { name: 'Codes', exact: true });
  await codes.getByRole('checkbox', { name: 'criticism' }).check();
  await codes.getByRole('checkbox', { name: 'metric' }).check();
  await retrieve.getByRole('textbox', { name: 'Name' }).fill(QUERY);
  await retrieve.getByRole('button', { name: 'Save query' }).click();
  await expect.poll(() => retrieve.getByRole('list', { name: 'Saved queries' }).getByRole('button', { name: QUERY, exact: true }).count()).toBe(1);
  const before = await runSavedQuery(page);
  expect(before.passages).toContain('Carjackings doubled in two years.');
  const rowBefore = await compareRow(page);
  expect(rowBefore).toEqual(['1', '1', '4', '0']);

  const copy = join(await scratchFolder(), 'press.framewise');
  app.dialog.willSaveTo(copy);
  await page.getByRole('button', { name: 'Save a copy…' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: `to ${copy}` }).waitFor();

  // A fresh profile and data folder: nothing there but what the file brings.
  const fresh = await launchApp();
  await openProjectFile(fresh, copy);
  const savedThere = (await retrievePlace(fresh.page)).getByRole('list', { name: 'Saved queries' });
  await expect.poll(() => savedThere.getByRole('button').allInnerTexts()).toEqual(expect.arrayContaining([QUERY]));
  expect(await runSavedQuery(fresh.page)).toEqual(before);
  expect(await compareRow(fresh.page)).toEqual(rowBefore);
  expect(app.pageErrors).toEqual([]);
  expect(fresh.pageErrors).toEqual([]);
});
