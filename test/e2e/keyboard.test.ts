// The coding loop with the keyboard alone: no mouse event from start to export.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { highlightedTexts, tabTo, welcomeFromKeyboard } from './actions';
import { canonicalTextOf, readCsv } from './corpus';
import { pressPaths } from '../fixtures/press';

let app: App | undefined;

/** Imports the first `count` reference seeds from the keyboard, opens the first and focuses its text. */
async function importAndOpenFirst(app: App, count: number): Promise<Locator> {
  const { page } = app;
  app.dialog.willOpen(pressPaths().slice(1, 1 + count));
  await tabTo(page, page.getByRole('button', { name: 'Import documents…' }));
  await page.keyboard.press('Enter');
  const imported = count === 1 ? 'Imported 1 document.' : `Imported ${count} documents.`;
  await expect.poll(() => page.getByRole('region', { name: 'Import report' }).innerText()).toContain(imported);
  await tabTo(page, page.getByRole('navigation', { name: /Documents/ }).getByRole('row', { name: /^01-station-news/ }));
  await page.keyboard.press('Enter');
  const text = page.getByRole('document', { name: 'Text of 01-station-news' });
  await tabTo(page, text);
  return text;
}

/** Ctrl+F, the phrase, Enter: selects the phrase's first occurrence in the open text. */
async function findByKeyboard(page: Page, phrase: string): Promise<void> {
  await page.keyboard.press('Control+F');
  await page.keyboard.type(phrase);
  await page.keyboard.press('Enter');
}

test('welcome, import, open, find and extend a passage, code it, inspect and remove it, code again, export', async () => {
  app = await launchApp({ welcome: 'leave-open' });
  const { page } = app;
  const status = page.getByRole('status', { name: 'Status' });

  // First start: the welcome dialog has the focus; name the coder and start empty.
  await welcomeFromKeyboard(page, 'Kim Keyboard');

  const text = await importAndOpenFirst(app, 2);

  // Ctrl+F, type a phrase, Enter: the phrase is selected and the focus is back in the text.
  await findByKeyboard(page, 'numerous challenges');
  await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);
  // Extend the selection by two words, then press 2 (claim) at once: the key must see the extended
  // selection even before the browser has reported it.
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('2');
  await expect.poll(() => status.innerText()).toBe('Coded “numerous challenges when he” as claim.');
  await expect.poll(() => highlightedTexts(page)).toEqual(['numerous challenges when he']);

  // Collapse to the passage's start and step one character into it: its code is listed, with a
  // Remove button.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  const here = page.getByRole('list', { name: 'Codes on this passage' });
  await expect.poll(() => here.innerText()).toContain('claim: “numerous challenges when he”');
  await tabTo(page, here.getByRole('button', { name: 'Remove claim from “numerous challenges when he”' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => status.innerText()).toContain('Removed claim');
  await expect.poll(() => highlightedTexts(page)).toEqual([]);

  // Back to the text; select the sentence's first words with Shift+Home from a found phrase, and code it as a pledge with the context menu key.
  await tabTo(page, page.getByRole('searchbox', { name: 'Find in document' }), { backwards: true });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('moving on from Victor Hale');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Apply a code' });
  await menu.waitFor();
  await page.keyboard.press('ArrowDown'); // claim
  await page.keyboard.press('ArrowDown'); // criticism
  await page.keyboard.press('Enter');
  await expect.poll(() => status.innerText()).toBe('Coded “moving on from Victor Hale” as criticism.');

  // Export from the keyboard.
  const csvPath = join(app.dataDir, 'keyboard.csv');
  app.dialog.willSaveTo(csvPath);
  await tabTo(page, page.getByRole('button', { name: 'Export' }));
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Coded segments (CSV)' }).waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => status.innerText()).toContain(`to ${csvPath}`);
  const rows = readCsv(csvPath);
  expect(rows.map((r) => [r.code, r.text, r.coder])).toEqual([['criticism', 'moving on from Victor Hale', 'Kim Keyboard']]);
  const canonical = canonicalTextOf(pressPaths()[1]!);
  expect(canonical.slice(Number(rows[0]!.start_utf16), Number(rows[0]!.end_utf16))).toBe('moving on from Victor Hale');
  expect(app.pageErrors).toEqual([]);
});

test('the focus stays somewhere useful after removing a coding in Codes here and after deleting a code in the tree', async () => {
  app = await launchApp();
  const { page } = app;
  const status = page.getByRole('status', { name: 'Status' });
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
  const text = await importAndOpenFirst(app, 1);
  await findByKeyboard(page, 'numerous challenges');
  await page.keyboard.press('2'); // claim
  await page.keyboard.press('4'); // metric, on the same passage
  await expect.poll(() => highlightedTexts(page)).toEqual(['numerous challenges', 'numerous challenges']);

  // Two codes here: removing the first moves the focus to the other's Remove button…
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  const here = page.getByRole('list', { name: 'Codes on this passage' });
  await expect.poll(() => here.getByRole('button', { name: /^Remove / }).count()).toBe(2);
  const [first, second] = await here.getByRole('button', { name: /^Remove / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')!));
  await tabTo(page, here.getByRole('button', { name: first }));
  await page.keyboard.press('Enter');
  await expect.poll(() => status.innerText()).toContain('Removed');
  await expect.poll(focused).toBe(second);
  await expect.poll(() => here.getByRole('button', { name: /^Remove / }).count()).toBe(1);
  // …and removing the last one takes it back to the text, at the passage.
  await page.keyboard.press('Enter');
  await expect.poll(() => highlightedTexts(page)).toEqual([]);
  await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);

  // Deleting the first code of the tree: the focus goes to the code now first.
  const tree = page.getByRole('treegrid', { name: 'Codes' });
  await tabTo(page, tree.getByRole('row', { name: 'pledge', exact: true }));
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete the code “pledge”?' });
  await tabTo(page, dialog.getByRole('button', { name: 'Delete' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => status.innerText()).toContain('Deleted the code “pledge”');
  await expect.poll(focused).toBe('claim');
  expect(await tree.getByRole('row', { name: 'claim', exact: true }).getAttribute('aria-selected')).toBe('true');
  // The last code: the focus goes to the one before it.
  await page.keyboard.press('End');
  await page.keyboard.press('Delete');
  await tabTo(page, page.getByRole('dialog', { name: 'Delete the code “metric”?' }).getByRole('button', { name: 'Delete' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => status.innerText()).toContain('Deleted the code “metric”');
  await expect.poll(focused).toBe('criticism');
  // The keys go on working from there.
  await page.keyboard.press('ArrowUp');
  await expect.poll(focused).toBe('claim');
  expect(app.pageErrors).toEqual([]);
});
