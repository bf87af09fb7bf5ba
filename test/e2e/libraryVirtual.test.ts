// A library of a thousand documents draws only the rows in view (the grid is virtualised), and the
// researcher still reaches every document by scrolling: the last one shows at the end.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { importThroughDialog } from './actions';

let app: App | undefined;

const COUNT = 1000;

test('a library of a thousand documents renders only the visible rows and scrolls to the last one', async () => {
  app = await launchApp();
  const { page } = app;
  const folder = join(app.dataDir, 'many');
  await mkdir(folder);
  const paths: string[] = [];
  for (let i = 1; i <= COUNT; i++) {
    const path = join(folder, `note-${String(i).padStart(4, '0')}.txt`);
    await writeFile(path, `Field note number ${i}. The tenants met on the corner.`);
    paths.push(path);
  }
  const report = await importThroughDialog(app, paths);
  expect(report).toContain(`Imported ${COUNT} documents.`);

  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Library' }).click();
  await page.getByRole('heading', { name: `Library (${COUNT})` }).waitFor();
  const grid = page.getByRole('main', { name: /^Library/ }).getByRole('grid', { name: 'Documents' });
  // Sorted by title, so that the last document is known.
  const title = grid.getByRole('columnheader', { name: 'Title' });
  await title.click();
  await expect.poll(() => title.getAttribute('aria-sort')).toBe('ascending');
  await grid.getByRole('rowheader', { name: 'note-0001' }).waitFor();
  // The grid tells assistive technology how many rows there are, while far fewer are in the page.
  expect(await grid.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
  const drawn = await grid.getByRole('rowheader').count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(COUNT / 10);

  await grid.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await grid.getByRole('rowheader', { name: `note-${COUNT}` }).waitFor();
  expect(await grid.getByRole('rowheader', { name: 'note-0001' }).count()).toBe(0);
  expect(await grid.getByRole('rowheader').count()).toBeLessThan(COUNT / 10);
  expect(app.pageErrors).toEqual([]);
});
