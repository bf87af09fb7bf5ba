// When the project cannot be written (the disk is full, the storage was closed under the window), every
// action of the coding screen says so, names what was not done, and changes nothing; the next action
// works once writing works again. A failure nobody waited for is said too, and an error while drawing
// leaves a message and a way to reload, not a blank window.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './app';
import { highlightedTexts, importThroughDialog, openDocument, tabTo } from './actions';
import { pressPaths } from '../fixtures/press';

let app: App | undefined;

const DOC = '01-station-news';
const status = (page: Page) => page.getByRole('status', { name: 'Status' });
const text = (page: Page) => page.getByRole('document', { name: `Text of ${DOC}` });
const NO_ROOM = 'there is no room left to store the project (the disk, or the space the system gives Framewise, is full). Nothing was changed.';

/**
 * From now on (or no longer), every write to IndexedDB in this window fails as it does when the disk
 * is full: the object store refuses the row with a QuotaExceededError. Each refusal is counted
 * (refusedWrites), so that a test can wait for a write to have been tried.
 */
async function diskFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((on) => {
    const proto = IDBObjectStore.prototype as unknown as Record<string, unknown> & { __saved?: Record<string, unknown>; __refused?: number };
    proto.__saved ??= { put: proto.put, add: proto.add, delete: proto.delete };
    proto.__refused ??= 0;
    for (const name of ['put', 'add', 'delete']) {
      proto[name] = on
        ? () => {
            proto.__refused!++;
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
        : proto.__saved[name];
    }
  }, full);
}

/** How many writes diskFull has refused so far in this window. */
function refusedWrites(page: Page): Promise<number> {
  return page.evaluate(() => (IDBObjectStore.prototype as unknown as { __refused?: number }).__refused ?? 0);
}

async function findAndSelect(page: Page, phrase: string): Promise<void> {
  if (!(await text(page).evaluate((el) => el === document.activeElement))) await text(page).focus();
  await page.keyboard.press('Control+F');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(phrase);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(phrase);
}

test('a failed write says what was not done and changes nothing; nudges go on working after one fails', async () => {
  app = await launchApp();
  const { page } = app;
  await importThroughDialog(app, [pressPaths()[1]!]);
  await openDocument(page, DOC);

  // Applying a code.
  await findAndSelect(page, 'numerous challenges');
  await diskFull(page, true);
  await page.keyboard.press('2');
  await expect.poll(() => status(page).innerText()).toBe(`Could not code the passage as claim: ${NO_ROOM}`);
  await expect.poll(() => highlightedTexts(page)).toEqual([]);
  await diskFull(page, false);
  await page.keyboard.press('2');
  await expect.poll(() => status(page).innerText()).toBe('Coded “numerous challenges” as claim.');

  // Creating a code from the palette and applying it.
  await findAndSelect(page, 'takes office in January');
  await diskFull(page, true);
  await page.keyboard.press('Control+K');
  await page.keyboard.type('transition');
  await page.keyboard.press('Enter');
  await expect.poll(() => status(page).innerText()).toBe(`Could not create the code “transition” and code the passage with it: ${NO_ROOM}`);
  expect(await page.getByRole('treegrid', { name: 'Codes' }).getByRole('row', { name: 'transition' }).count()).toBe(0);
  await diskFull(page, false);

  // Moving a coding's end: the failed nudge is taken back on screen, and the next one is written.
  await page.getByRole('listbox', { name: /^Coded passages/ }).getByRole('option', { name: 'claim: numerous challenges' }).click();
  await diskFull(page, true);
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect.poll(() => status(page).innerText()).toBe(`Could not move the ends of the claim coding: ${NO_ROOM}`);
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('numerous challenges');
  expect(await highlightedTexts(page)).toEqual(['numerous challenges']);
  await diskFull(page, false);
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect.poll(() => highlightedTexts(page)).toEqual(['numerous challenges when']);
  await expect.poll(() => status(page).innerText()).toBe('claim now covers “numerous challenges when”.');

  // Removing it.
  const here = page.getByRole('list', { name: 'Codes on this passage' });
  await diskFull(page, true);
  await here.getByRole('button', { name: 'Remove claim from “numerous challenges when”' }).click();
  await expect.poll(() => status(page).innerText()).toBe(`Could not remove claim from “numerous challenges when”: ${NO_ROOM}`);
  expect(await highlightedTexts(page)).toEqual(['numerous challenges when']);

  // Recoding it.
  await here.getByRole('button', { name: 'Recode claim on “numerous challenges when”' }).click();
  await page.getByRole('combobox', { name: 'Recode' }).fill('metric');
  await page.keyboard.press('Enter');
  await expect.poll(() => status(page).innerText()).toBe(`Could not recode “numerous challenges when” as metric: ${NO_ROOM}`);
  expect(await here.innerText()).toContain('claim: “numerous challenges when”');

  // A change to the codebook.
  await page.getByRole('button', { name: 'New code' }).click();
  await page.getByLabel('Name of the new code').fill('framing');
  await page.keyboard.press('Enter');
  await expect.poll(() => status(page).innerText()).toBe(`Could not create the code “framing”: ${NO_ROOM}`);
  await diskFull(page, false);
  await page.keyboard.press('Enter');
  await expect.poll(() => status(page).innerText()).toBe('Created the code “framing”.');

  // Each failure was logged for a bug report, and nothing else went wrong.
  expect(app.pageErrors.filter((e) => !/Could not /.test(e))).toEqual([]);
});

test('a failure nobody waited for is said in the status line', async () => {
  app = await launchApp();
  const { page } = app;
  await page.evaluate(() => {
    void Promise.reject(new Error('The backup folder is not there.'));
  });
  await expect
    .poll(() => status(page).innerText())
    .toBe('Something failed and was not finished: The backup folder is not there. Check that your last action took effect, and try it again.');
});

test('an error while drawing a place shows what failed there, with Try again, and the rest of the window goes on', async () => {
  app = await launchApp();
  const { page } = app;
  await importThroughDialog(app, [pressPaths()[1]!]);
  await openDocument(page, DOC);
  await findAndSelect(page, 'numerous challenges');
  await page.keyboard.press('2');
  await expect.poll(() => highlightedTexts(page)).toEqual(['numerous challenges']);

  // A coding damaged outside Framewise (its quote lost), as a broken merge could leave it.
  await page.evaluate(async () => {
    const name = (await indexedDB.databases()).map((d) => d.name!).find((n) => n.startsWith('framewise-project-'))!;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('codings', 'readwrite').objectStore('codings');
    const all = await new Promise<Array<Record<string, unknown>>>((resolve) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result as Array<Record<string, unknown>>);
    });
    for (const row of all) store.put({ ...row, quote: undefined });
    await new Promise((resolve) => (store.transaction.oncomplete = resolve));
    db.close();
  });
  await page.reload();
  await page.getByRole('navigation', { name: /Documents/ }).getByRole('row', { name: DOC }).click();
  const alert = page.getByRole('alert');
  await expect.poll(() => alert.innerText()).toMatch(/^Code could not be shown\n+Something failed while drawing it: .+\.\n+Your project is stored/u);
  // The focus is on what it says, and Try again is the next stop.
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Code could not be shown');
  await tabTo(page, page.getByRole('button', { name: 'Try again' }));
  // The rest of the window goes on: the rail takes the researcher to another place.
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Library' }).click();
  await page.getByRole('main', { name: /^Library/ }).waitFor();
  expect(await alert.count()).toBe(0);
});

test('a memo that cannot be saved stays in the editor, is saved once writing works again, and is not lost when it closes', async () => {
  app = await launchApp();
  const { page } = app;
  await importThroughDialog(app, [pressPaths()[1]!]);
  await openDocument(page, DOC);
  await findAndSelect(page, 'numerous challenges');
  await page.keyboard.press('2');
  await expect.poll(() => status(page).innerText()).toBe('Coded “numerous challenges” as claim.');
  const memo = page.getByRole('textbox', { name: 'Memo on the claim coding “numerous challenges”' });
  await memo.waitFor();
  const saveState = page.locator('.memo-save-state'); // seen, not spoken (the status line speaks)
  const leave = () => page.getByRole('heading', { name: 'Memos' }).click();

  await diskFull(page, true);
  await memo.click();
  await page.keyboard.type('Check the budget figures');
  await leave();
  await expect
    .poll(() => status(page).innerText())
    .toBe(
      'Your memo on the claim coding “numerous challenges” could not be saved: there is no room left to store the project (the disk, or the space the system gives Framewise, is full). Its text stays in the editor, and Framewise tries again when you leave it or in a few seconds.',
    );
  await expect.poll(() => saveState.innerText()).toBe('Not saved');
  // Leaving it again while the disk is still full: the save is tried again (a write is refused), and
  // the memo is still not saved, not "Saved".
  const refused = await refusedWrites(page);
  await memo.click();
  await leave();
  await expect.poll(() => refusedWrites(page)).toBeGreaterThan(refused);
  expect(await saveState.innerText()).toBe('Not saved');
  expect((await memo.innerText()).trim()).toBe('Check the budget figures');

  // Once there is room again, leaving the editor saves it.
  await diskFull(page, false);
  await memo.click();
  await leave();
  await expect.poll(() => saveState.innerText()).toBe('Saved');

  // Typed, then closed (another tab) while the disk is full: the status line keeps the text.
  await memo.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' again');
  await diskFull(page, true);
  await page.getByRole('tablist', { name: 'Memo on' }).getByRole('tab', { name: 'Document' }).click();
  await expect.poll(() => status(page).innerText()).toMatch(/could not be saved: there is no room left .*Its text, to copy somewhere safe: “Check the budget figures again”$/u);
  await diskFull(page, false);

  // What was saved is there after a restart.
  app = await app.relaunch();
  await openDocument(app.page, DOC);
  await app.page.getByRole('listbox', { name: /^Coded passages/ }).getByRole('option', { name: 'claim: numerous challenges' }).click();
  await expect.poll(async () => (await app!.page.getByRole('textbox', { name: 'Memo on the claim coding “numerous challenges”' }).innerText()).trim()).toBe('Check the budget figures');
});
