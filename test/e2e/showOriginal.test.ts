// "Show original" never hands an imported web page to a browser, where its scripts would run: the
// file is shown in its folder and the researcher is told why. A plain text original still opens.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { importThroughDialog } from './actions';

let app: App | undefined;

test('an imported web page is shown in its folder, not opened, and the status says why; a text file opens', async () => {
  app = await launchApp();
  const { page } = app;
  const pageFile = join(app.dataDir, 'council.html');
  await writeFile(pageFile, '<html><head><title>Council votes</title><script>document.title = "ran"</script></head><body><p>The council voted 7 to 2.</p></body></html>');
  const textFile = join(app.dataDir, 'notes.txt');
  await writeFile(textFile, 'Field notes from the council meeting.');
  expect(await importThroughDialog(app, [pageFile, textFile])).toContain('Imported 2 documents.');
  await page.getByRole('button', { name: 'Dismiss' }).click();

  await page.getByRole('button', { name: 'Library' }).click();
  const table = page.getByRole('main', { name: /^Library/ }).getByRole('grid', { name: 'Documents' });
  await table.getByRole('button', { name: 'Show original of Council votes' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'The original is a web page (.html): opening it would run any scripts it holds' }).waitFor();
  expect(app.revealedOriginals).toEqual([expect.stringMatching(/[0-9a-f]{64}\.html$/)]);
  expect(app.openedOriginals).toEqual([]);

  await table.getByRole('button', { name: 'Show original of notes' }).click();
  await expect.poll(() => app!.openedOriginals).toEqual([expect.stringMatching(/[0-9a-f]{64}\.txt$/)]);
  expect(app.revealedOriginals).toHaveLength(1);
  expect(app.pageErrors).toEqual([]);
});
