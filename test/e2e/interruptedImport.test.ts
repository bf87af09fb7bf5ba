// An import interrupted by a crash: closing asks first while documents are still to be added; after a
// relaunch the import is reported with a Resume that imports what is missing, without duplicates.
import { expect, test } from 'vitest';
import { PRESS_MANIFEST, pressPaths } from '../fixtures/press';
import { launchApp } from './app';
import { killBrowser } from './killBrowser';

test('an import cut short by a crash is offered back, and Resume adds what is missing without duplicates', async () => {
  const app = await launchApp({ holdFilesAfter: 2 });
  const { page } = app;
  app.dialog.willOpen(pressPaths());
  await page.getByRole('button', { name: 'Import documents…' }).click();
  await page.getByRole('region', { name: 'Import progress' }).waitFor();

  // Reloading now would stop the import: the page asks first.
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.evaluate(() => location.reload()).catch(() => {});
  await expect.poll(() => asked).toEqual(['beforeunload']);

  await killBrowser(app);
  const again = await launchApp({ profileDir: app.profileDir, dataDir: app.dataDir });
  const offer = again.page.getByRole('region', { name: 'Interrupted import' });
  await expect.poll(() => offer.innerText()).toMatch(/An import of 5 files and folders, started .*, did not finish/);
  await offer.getByRole('button', { name: 'Resume' }).click();
  const report = again.page.getByRole('region', { name: 'Import report' });
  await expect.poll(() => report.innerText()).toMatch(/^Imported \d documents?\./);
  await again.page.getByRole('button', { name: 'Library' }).click();
  const titles = again.page.getByRole('main', { name: /^Library/ }).getByRole('rowheader');
  await expect.poll(() => titles.count()).toBe(5);
  expect(await offer.count()).toBe(0);

  // Once resumed, it is not offered again.
  const third = await again.relaunch();
  await third.page.getByRole('button', { name: 'Library' }).click();
  await expect.poll(() => third.page.getByRole('main', { name: /^Library/ }).getByRole('rowheader').count()).toBe(5);
  expect(await third.page.getByRole('region', { name: 'Interrupted import' }).count()).toBe(0);
  expect(again.pageErrors).toEqual([]);
});

test('an import with a manifest, resumed after a crash, describes the documents it adds with the same manifest', async () => {
  const app = await launchApp({ holdFilesAfter: 2 });
  const { page } = app;
  app.dialog.willOpen([PRESS_MANIFEST]);
  app.dialog.willOpen(pressPaths());
  await page.getByRole('button', { name: 'More import options' }).click();
  await page.getByRole('menuitem', { name: 'Import with a manifest…' }).click();
  await page.getByRole('region', { name: 'Import progress' }).waitFor();
  await killBrowser(app);

  const again = await launchApp({ profileDir: app.profileDir, dataDir: app.dataDir });
  await again.page.getByRole('region', { name: 'Interrupted import' }).getByRole('button', { name: 'Resume' }).click();
  await expect.poll(() => again.page.getByRole('region', { name: 'Import report' }).innerText()).toMatch(/^Imported \d documents?\./);
  await again.page.getByRole('button', { name: 'Library' }).click();
  const table = again.page.getByRole('main', { name: /^Library/ }).getByRole('grid', { name: 'Documents' });
  await expect.poll(() => table.getByRole('rowheader').count()).toBe(5);
  // Every document has its manifest title and its leaning, those added by the Resume too.
  const titles = (await table.getByRole('rowheader').allInnerTexts()).map((t) => t.trim());
  expect(titles.every((title) => !title.endsWith('.txt'))).toBe(true);
  const leaning = await table.getByRole('columnheader').allInnerTexts();
  const column = leaning.findIndex((name) => name.trim().startsWith('leaning'));
  expect(column).toBeGreaterThan(0);
  const values = await table.getByRole('row').evaluateAll((rows, column) => rows.slice(1).map((row) => row.children[column]?.textContent?.trim() ?? ''), column);
  expect(values.filter((v) => v !== '')).toHaveLength(5);
  expect(again.pageErrors).toEqual([]);
});
