// A large import is written into the project batch by batch while main reads on. When the project
// cannot take a batch (the disk is full, say), the import stops and says so, the batches before it
// stay, and importing the same files again adds the rest.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { scratchFolder } from './teardown';
import { importThroughDialog } from './actions';
import { makeCorpus } from './corpus';

let app: App | undefined;

const DOCS = 500;

test('a batch the project cannot store stops the import with the reason; the batches before it stay, and importing again adds the rest', async () => {
  const scratch = await scratchFolder('fw-batches-');
  makeCorpus(scratch, DOCS, 100);
  const paths = (await readdir(scratch)).filter((f) => f.endsWith('.txt')).map((f) => join(scratch, f));
  expect(paths).toHaveLength(DOCS);
  app = await launchApp();
  const { page } = app;

  // The disk fills up during the second batch: IndexedDB refuses its texts, as it does when over quota.
  await page.evaluate(() => {
    const writes = new Set<IDBTransaction>();
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
      if (this.name === 'texts') {
        writes.add(this.transaction);
        if (writes.size >= 2) throw new DOMException('The disk is full.', 'QuotaExceededError');
      }
      return add.apply(this, args);
    };
    (window as unknown as { restoreDisk(): void }).restoreDisk = () => (IDBObjectStore.prototype.add = add);
  });

  app.dialog.willOpen(paths);
  await page.getByRole('button', { name: 'Import documents…' }).click();
  const alert = page.getByRole('alert');
  await expect.poll(() => alert.innerText(), { timeout: 60_000 }).toMatch(/^The import stopped: /);
  const message = await alert.innerText();
  expect(message).toMatch(
    /^The import stopped: \d+ of the \d+ documents read could not be written to the project “[^”]+” \(the disk has no room left for it\)\. The \d+ documents added before that are kept\. Free some disk space, then import the same files again to add the rest: those already in the project are recognised as duplicates\./,
  );
  const kept = Number(/The (\d+) documents added before that are kept/.exec(message)![1]);
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThan(DOCS);
  await page.getByRole('heading', { name: `Documents (${kept})` }).waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();

  // With room again, the same files: the rest is added, what is there is recognised.
  await page.evaluate(() => (window as unknown as { restoreDisk(): void }).restoreDisk());
  const report = await importThroughDialog(app, paths);
  expect(report).toContain(`Imported ${DOCS - kept} documents. ${kept} already in the project.`);
  await page.getByRole('heading', { name: `Documents (${DOCS})` }).waitFor();
  // The import had no error of its own: only the refused writes, which the app reported.
  expect(app.pageErrors.filter((e) => !/disk is full/i.test(e))).toEqual([]);
});
