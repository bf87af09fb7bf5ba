// Importing into the library: a long batch shows its progress and can be cancelled, the size limit
// set in the preferences is applied, and a manifest can describe documents already in the project.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { scratchFolder } from './teardown';
import { importThroughDialog, openDocument } from './actions';
import { filterDocuments } from './documentFilter';
import { makeCorpus } from './corpus';
import { pressPaths } from '../fixtures/press';
import { chooseOption, selectField } from './choose';

let app: App | undefined;

test('a long import shows which file it is on and can be cancelled, keeping the documents that finished', async () => {
  const scratch = await scratchFolder('fw-cancel-');
  makeCorpus(scratch, 600, 400);
  const paths = Array.from({ length: 600 }, (_, i) => join(scratch, `doc-${i + 1}.txt`));
  // Main reads 20 files and holds the rest until the cancel is in: the import is still running when
  // the researcher cancels it, however fast the machine.
  app = await launchApp({ holdFilesAfter: 20 });
  const { page } = app;
  app.dialog.willOpen(paths);
  await page.getByRole('button', { name: 'Import documents…' }).click();

  const progress = page.getByRole('region', { name: 'Import progress' });
  await expect.poll(() => progress.innerText(), { timeout: 30_000 }).toMatch(/Importing \d+ of 600: doc-\d+\.txt/);
  expect(await progress.getByRole('progressbar').getAttribute('max')).toBe('600');
  await progress.getByRole('button', { name: 'Cancel import' }).click();
  await expect.poll(() => app!.handled.includes('cancelImport')).toBe(true);
  app.releaseFiles();

  const report = page.getByRole('region', { name: 'Import report' });
  await expect.poll(() => report.innerText(), { timeout: 60_000 }).toContain('The import was cancelled; the documents finished before that were kept.');
  const imported = Number(/Imported (\d+) documents?\./.exec(await report.innerText())?.[1]);
  expect(imported).toBeGreaterThan(0);
  expect(imported).toBeLessThan(600);
  await page.getByRole('heading', { name: `Documents (${imported})` }).waitFor();
  expect(app.pageErrors).toEqual([]);
});

test('files over the size limit set in the preferences are refused by name; the limit is kept', async () => {
  app = await launchApp();
  const { page } = app;
  await page.getByRole('button', { name: 'More import options' }).click();
  await page.getByRole('menuitem', { name: 'Import preferences…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import preferences' });
  const limit = dialog.getByRole('textbox', { name: 'Largest file to import (MB)' });
  await expect.poll(() => limit.inputValue()).toBe('50');
  await limit.fill('1');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });

  const big = join(app.dataDir, 'transcripts.txt');
  await writeFile(big, 'An interview transcript line.\n'.repeat(60_000)); // 1.8 MB
  const report = await importThroughDialog(app, [big, pressPaths()[1]!]);
  expect(report).toContain('Imported 1 document. 1 could not be imported.');
  await expect.poll(() => page.getByRole('list', { name: 'Files not imported' }).innerText()).toMatch(/^transcripts\.txt: .*over the limit of 1(\.0)? MB/);

  app = await app.relaunch();
  await app.page.getByRole('button', { name: 'More import options' }).click();
  await app.page.getByRole('menuitem', { name: 'Import preferences…' }).click();
  await expect.poll(() => app!.page.getByRole('textbox', { name: 'Largest file to import (MB)' }).inputValue()).toBe('1');
  expect(app.pageErrors).toEqual([]);
});

test('a manifest applied to documents already in the project says what it did not match; a broken one changes nothing', async () => {
  app = await launchApp();
  const { page } = app;
  const seeds = pressPaths();
  await importThroughDialog(app, [seeds[1]!, seeds[2]!, seeds[4]!]);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: 'Library' }).click();
  const columns = page.getByRole('group', { name: 'Columns' });

  const broken = join(app.dataDir, 'broken.json');
  await writeFile(broken, '{"documents": [{"file": "01-station-news.txt",');
  app.dialog.willOpen([broken]);
  await page.getByRole('button', { name: 'More import options' }).click();
  await page.getByRole('menuitem', { name: 'Apply a manifest…' }).click();
  await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/^“broken\.json” is not valid JSON \(.*\)\. Fix the file, or save the manifest as CSV\. Nothing was changed\./);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  // No attribute was declared: the columns offered are the four fields every document has.
  expect(await columns.getByRole('checkbox').allInnerTexts()).toHaveLength(4);

  const manifest = join(app.dataDir, 'outlets.csv');
  await writeFile(
    manifest,
    'filename;source;leaning\r\n01-STATION-NEWS.TXT;Channel 6;center\r\n02-watchdog-profile.txt;The Watchdog;right\r\nmissing.txt;Nowhere;left\r\n',
  );
  app.dialog.willOpen([manifest]);
  await page.getByRole('button', { name: 'More import options' }).click();
  await page.getByRole('menuitem', { name: 'Apply a manifest…' }).click();
  const report = page.getByRole('region', { name: 'Manifest report' });
  await expect.poll(() => report.getByRole('listitem').allInnerTexts()).toEqual([
    'The manifest described 2 of 3 documents.',
    'No document for 1 manifest entry: missing.txt.',
    'No manifest entry for 1 document: 04-progressive-magazine.txt.',
  ]);

  const table = page.getByRole('main', { name: /^Library/ }).getByRole('grid', { name: 'Documents' });
  await expect.poll(() => columns.getByRole('checkbox').count()).toBe(5);
  await columns.getByRole('checkbox', { name: 'Source' }).check();
  await expect.poll(() => table.getByRole('button', { name: /^Edit Source of 02-watchdog-profile, now / }).getAttribute('aria-label')).toBe(
    'Edit Source of 02-watchdog-profile, now The Watchdog',
  );
  await expect.poll(() => table.getByRole('button', { name: /^Edit leaning of 04-progressive-magazine/ }).getAttribute('aria-label')).toBe(
    'Edit leaning of 04-progressive-magazine, empty',
  );
  expect(app.pageErrors).toEqual([]);
});

test('a spreadsheet of survey answers: the researcher picks the text and title columns, each row becomes a document', async () => {
  app = await launchApp();
  const { page } = app;
  const survey = join(app.dataDir, 'survey.csv');
  await writeFile(
    survey,
    'respondent,age,district,why\r\n' +
      'R1,34,North,"The DA should focus on violent crime, not on small possession cases."\r\n' +
      'R2,51,South,"I want the diversion programs to continue; they kept my nephew out of jail."\r\n' +
      'R3,29,North,\r\n' +
      'R4,62,East,"Too lenient. Crime went up."\r\n',
  );
  app.dialog.willOpen([survey, pressPaths()[1]!]);
  await page.getByRole('button', { name: 'Import documents…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Choose the text column of each spreadsheet' });
  await dialog.getByRole('group', { name: 'survey.csv (4 rows)' }).waitFor();
  // The first rows are shown, so the choice is made on the data; the longest answers are proposed.
  await expect.poll(() => dialog.getByRole('table', { name: 'First rows of survey.csv' }).getByRole('row').count()).toBe(5);
  expect(await selectField(dialog, 'Text column of survey.csv').innerText()).toBe('why');
  await chooseOption(dialog, 'Title column of survey.csv', 'respondent');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  const report = page.getByRole('region', { name: 'Import report' });
  await expect.poll(() => report.innerText()).toContain('Imported 4 documents.');
  await page.getByRole('button', { name: 'Library' }).click();
  const table = page.getByRole('main', { name: /^Library/ }).getByRole('grid', { name: 'Documents' });
  await expect.poll(() => table.getByRole('rowheader').allInnerTexts()).toEqual(['R1', 'R2', 'R4', expect.stringMatching(/^01-station-news/)]);
  // The other columns are attributes, typed by their values: age sorts as a number.
  const age = table.getByRole('columnheader', { name: 'age' });
  await age.click();
  await age.click();
  await expect.poll(() => table.getByRole('rowheader').allInnerTexts()).toEqual(['R4', 'R2', 'R1', expect.stringMatching(/^01-station-news/)]);
  await filterDocuments(page, 'district', ['North']);
  await expect.poll(() => table.getByRole('rowheader').allInnerTexts()).toEqual(['R1']);
  expect(app.pageErrors).toEqual([]);
});

test('tab-separated exports (.tsv, in any case) go through the column picker like .csv and import one document per row', async () => {
  app = await launchApp();
  const { page } = app;
  const lower = join(app.dataDir, 'wave1.tsv');
  const upper = join(app.dataDir, 'WAVE2.TSV');
  await writeFile(lower, 'id\tanswer\r\nA1\tSchools need more counsellors.\r\nA2\tLower the rents first.\r\n');
  await writeFile(upper, 'id\tanswer\r\nB1\tThe buses never come on time.\r\n');
  app.dialog.willOpen([lower, upper]);
  await page.getByRole('button', { name: 'Import documents…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Choose the text column of each spreadsheet' });
  await dialog.getByRole('group', { name: 'wave1.tsv (2 rows)' }).waitFor();
  await dialog.getByRole('group', { name: 'WAVE2.TSV (1 row)' }).waitFor();
  for (const name of ['wave1.tsv', 'WAVE2.TSV']) {
    expect(await selectField(dialog, `Text column of ${name}`).innerText()).toBe('answer');
    await chooseOption(dialog, `Title column of ${name}`, 'id');
  }
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  const report = page.getByRole('region', { name: 'Import report' });
  await expect.poll(() => report.innerText()).toContain('Imported 3 documents.');
  expect(await report.innerText()).not.toContain('could not be imported');
  const documents = page.getByRole('navigation', { name: /Documents/ }).getByRole('row');
  await expect.poll(() => documents.allInnerTexts()).toEqual([expect.stringMatching(/^A1/), expect.stringMatching(/^A2/), expect.stringMatching(/^B1/)]);
  await openDocument(page, 'B1');
  await expect.poll(() => page.getByRole('document', { name: 'Text of B1' }).innerText()).toContain('The buses never come on time.');
  expect(app.pageErrors).toEqual([]);
});

test('cancelling the column choice imports nothing', async () => {
  app = await launchApp();
  const { page } = app;
  const survey = join(app.dataDir, 'survey.csv');
  await writeFile(survey, 'id,answer\r\n1,Yes we can\r\n');
  app.dialog.willOpen([survey]);
  await page.getByRole('button', { name: 'Import documents…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose the text column of each spreadsheet' });
  await dialog.getByRole('button', { name: 'Cancel import' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'Import cancelled: nothing was added.' }).waitFor();
  await page.getByRole('heading', { name: 'Documents (0)' }).waitFor();
});

test('a folder is imported with its subfolders, from the button and by dropping it; hidden and other files are not documents', async () => {
  const scratch = await scratchFolder('fw-folder-');
  const seeds = pressPaths();
  const folder = join(scratch, 'Fieldwork');
  await mkdir(join(folder, 'press', 'tv'), { recursive: true });
  await copyFile(seeds[0]!, join(folder, 'questionnaire.txt'));
  await copyFile(seeds[1]!, join(folder, 'press', 'tv', 'station.txt'));
  await copyFile(seeds[3]!, join(folder, 'press', 'local.md'));
  await writeFile(join(folder, '.notes.txt'), 'private notes, hidden');
  await writeFile(join(folder, 'press', 'photo.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47]));

  app = await launchApp({ dropDir: scratch });
  const { page } = app;
  app.dialog.willChooseFolder(folder);
  await page.getByRole('button', { name: 'Import folder…' }).click();
  const report = page.getByRole('region', { name: 'Import report' });
  await expect.poll(() => report.innerText()).toContain('Imported 3 documents. 1 file of other formats skipped.');
  await expect.poll(() => page.getByRole('navigation', { name: /Documents/ }).getByRole('row').count()).toBe(3);
  await page.getByRole('button', { name: 'Dismiss' }).click();

  // The same folder dropped on the window: its documents are already there, and said so.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([], 'Fieldwork'));
    const target = document.querySelector('main')!;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await expect.poll(() => report.innerText()).toContain('Imported 0 documents. 3 already in the project.');
  expect(app.pageErrors).toEqual([]);
});
