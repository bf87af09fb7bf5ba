// The coding loop with the keyboard alone: no mouse event from start to export.
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { highlightedTexts, tabTo } from './actions';
import { canonicalTextOf, readCsv, seedPaths } from './corpus';

let app: App | undefined;
afterEach(async () => app?.dispose());

test('welcome, import, open, find and extend a passage, code it, inspect and remove it, code again, export', async () => {
  app = await launchApp({ welcome: 'leave-open' });
  const { page } = app;
  const status = page.getByRole('status', { name: 'Status' });

  // First start: the welcome dialog has the focus; name the coder and start empty.
  const welcome = page.getByRole('dialog', { name: 'Welcome to Framewise' });
  await tabTo(page, welcome.getByLabel('Your name as coder'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Kim Keyboard');
  await tabTo(page, welcome.getByRole('button', { name: 'Start with an empty project' }));
  await page.keyboard.press('Enter');
  await welcome.waitFor({ state: 'detached' });

  app.dialog.willOpen(seedPaths().slice(1, 3));
  await tabTo(page, page.getByRole('button', { name: 'Import documents…' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('region', { name: 'Import report' }).innerText()).toContain('Imported 2 documents.');

  await tabTo(page, page.getByRole('button', { name: /^001_7cf2908493edfbbd/ }));
  await page.keyboard.press('Enter');
  const text = page.getByRole('document', { name: 'Text of 001_7cf2908493edfbbd' });
  await tabTo(page, text);

  // Ctrl+F, type a phrase, Enter: the phrase is selected and the focus is back in the text.
  await page.keyboard.press('Control+F');
  await page.keyboard.type('numerous challenges');
  await page.keyboard.press('Enter');
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
  await page.keyboard.type('moving on from Seth Williams');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Apply a code' });
  await menu.waitFor();
  await page.keyboard.press('ArrowDown'); // claim
  await page.keyboard.press('ArrowDown'); // criticism
  await page.keyboard.press('Enter');
  await expect.poll(() => status.innerText()).toBe('Coded “moving on from Seth Williams” as criticism.');

  // Export from the keyboard.
  const csvPath = join(app.dataDir, 'keyboard.csv');
  app.dialog.willSaveTo(csvPath);
  await tabTo(page, page.getByRole('button', { name: 'Export' }));
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Coded segments (CSV)' }).waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => status.innerText()).toContain(`to ${csvPath}`);
  const rows = readCsv(csvPath);
  expect(rows.map((r) => [r.code, r.text, r.coder])).toEqual([['criticism', 'moving on from Seth Williams', 'Kim Keyboard']]);
  const canonical = canonicalTextOf(seedPaths()[1]!);
  expect(canonical.slice(Number(rows[0]!.start_utf16), Number(rows[0]!.end_utf16))).toBe('moving on from Seth Williams');
  expect(app.pageErrors).toEqual([]);
});
