// Bad files in a batch: each is named with its reason, the good ones import, and nothing already in
// the project changes. Files dropped on the window import too.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { importThroughDialog, openDocument } from './actions';
import { pressPaths } from '../fixtures/press';
import { chooseOption } from './choose';

let app: App | undefined;

test('a batch with an empty file, a binary file named .txt and broken UTF-8 reports each and imports the rest', async () => {
  app = await launchApp();
  const { page } = app;
  await importThroughDialog(app, [pressPaths()[1]!]);
  await page.getByRole('button', { name: 'Dismiss' }).click();

  const dir = app.dataDir;
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'scan.txt'), Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0, 1, 2, 3]));
  await writeFile(join(dir, 'broken.txt'), Uint8Array.from([...new TextEncoder().encode('déjà vu '), 0xc3, 0x28]));
  const report = await importThroughDialog(app, [join(dir, 'empty.txt'), pressPaths()[1]!, join(dir, 'scan.txt'), join(dir, 'broken.txt'), pressPaths()[2]!]);

  expect(report).toContain('Imported 1 document. 1 already in the project. 3 could not be imported.');
  const refused = page.getByRole('list', { name: 'Files not imported' }).getByRole('listitem');
  await expect.poll(() => refused.allInnerTexts()).toEqual([
    'empty.txt: the file is empty.',
    'scan.txt: it is not a text file (it contains binary data, as images and programs do).',
    expect.stringMatching(/^broken\.txt: it is not valid UTF-8/),
  ]);
  await expect.poll(() => page.getByRole('list', { name: 'Duplicate files' }).innerText()).toContain('01-station-news.txt');
  const documents = page.getByRole('navigation', { name: /Documents/ }).getByRole('button');
  expect(await documents.allInnerTexts()).toEqual([expect.stringMatching(/^01-station-news/), expect.stringMatching(/^02-watchdog-profile/)]);
  expect(app.pageErrors).toEqual([]);
});

test('files dropped on the window are imported', async () => {
  const seeds = pressPaths();
  app = await launchApp({ dropDir: seeds[0]!.slice(0, seeds[0]!.lastIndexOf('/')) });
  const { page } = app;
  const names = [seeds[3]!, seeds[4]!].map((p) => p.split('/').at(-1)!);
  await page.evaluate((fileNames) => {
    const transfer = new DataTransfer();
    for (const name of fileNames) transfer.items.add(new File(['(bytes are read by the main process)'], name));
    const target = document.querySelector('main')!;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, names);
  await expect.poll(() => page.getByRole('region', { name: 'Import report' }).innerText()).toContain('Imported 2 documents.');
  await openDocument(page, '04-progressive-magazine');
  await expect.poll(() => page.getByRole('document', { name: 'Text of 04-progressive-magazine' }).innerText()).toContain('The progressive movement just scored a huge win');
});

test('a spreadsheet dropped on the window is previewed for its column choice and imported (the drop grants main its path)', async () => {
  app = await launchApp();
  const { page } = app;
  await writeFile(join(app.dataDir, 'answers.tsv'), 'id\tanswer\r\nC1\tMore bike lanes, please.\r\n');
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['(bytes are read by the main process)'], 'answers.tsv'));
    const target = document.querySelector('main')!;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  const dialog = page.getByRole('dialog', { name: 'Choose the text column of each spreadsheet' });
  await dialog.getByRole('group', { name: 'answers.tsv (1 row)' }).waitFor();
  await chooseOption(dialog, 'Title column of answers.tsv', 'id');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect.poll(() => page.getByRole('region', { name: 'Import report' }).innerText()).toContain('Imported 1 document.');
  await openDocument(page, 'C1');
  await expect.poll(() => page.getByRole('document', { name: 'Text of C1' }).innerText()).toContain('More bike lanes, please.');
  expect(app.pageErrors).toEqual([]);
});
