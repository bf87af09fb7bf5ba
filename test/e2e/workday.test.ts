// A day of real work, from the keyboard alone: create a code from the quick-code palette, code passages
// in two reference documents, write a memo on a coding, undo and redo both, switch to a second coder
// and code the same passage, turn blind mode on and see the first coder's codings hidden, then export:
// the CSV holds both coders' rows for that passage.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { highlightedTexts, tabTo, welcomeFromKeyboard } from './actions';
import { canonicalTextOf, readCsv } from './corpus';
import { pressPaths } from '../fixtures/press';

let app: App | undefined;

const NEWS = '01-station-news';
const PROFILE = '02-watchdog-profile';
const NEWS_PASSAGE = 'implementing promised reforms';
const PROFILE_PASSAGE = 'promises to end cash bail';

async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** Opens a document from the list and puts the focus in its text. */
async function openWithKeyboard(page: Page, title: string): Promise<Locator> {
  await press(page, page.getByRole('navigation', { name: /Documents/ }).getByRole('row', { name: new RegExp(`^${title}`) }));
  const text = page.getByRole('document', { name: `Text of ${title}` });
  await tabTo(page, text);
  return text;
}

/** Ctrl+F, the phrase, Enter: the phrase is selected and the focus is back in the text. */
async function findAndSelect(page: Page, text: Locator, phrase: string): Promise<void> {
  await page.keyboard.press('Control+F');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(phrase);
  await page.keyboard.press('Enter');
  await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);
}

/** From the selected passage: the palette, the code's name, Enter (creating the code when it is new). */
async function quickCode(page: Page, name: string, create = false): Promise<void> {
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('combobox', { name: 'Quick code' });
  await palette.waitFor();
  await page.keyboard.type(name);
  const option = page.getByRole('option', { name: create ? `Create code “${name}”` : new RegExp(`^${name}`) }).first();
  await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('Enter');
}

test('a day of coding from the keyboard: palette, two documents, a memo, undo and redo, a second coder, blind mode, export', async () => {
  app = await launchApp({ welcome: 'leave-open' });
  const { page } = app;
  const status = page.getByRole('status', { name: 'Status' });

  // First start: name and colour of the coder (Teal, the colour after the Violet proposed).
  await welcomeFromKeyboard(page, 'Kim Keyboard', 'Teal');
  await expect.poll(() => page.getByRole('button', { name: /^Coder: Kim Keyboard/ }).count()).toBe(1);

  app.dialog.willOpen(pressPaths().slice(1, 3));
  await press(page, page.getByRole('button', { name: 'Import documents…' }));
  await expect.poll(() => page.getByRole('region', { name: 'Import report' }).innerText()).toContain('Imported 2 documents.');

  // A new code from the palette, on a passage of the news report.
  let text = await openWithKeyboard(page, NEWS);
  await findAndSelect(page, text, NEWS_PASSAGE);
  await quickCode(page, 'reform promise', true);
  await expect.poll(() => status.innerText()).toContain('reform promise');
  await expect.poll(() => highlightedTexts(page)).toEqual([NEWS_PASSAGE]);

  // The same code, from the palette, on a passage of the critical profile.
  text = await openWithKeyboard(page, PROFILE);
  await findAndSelect(page, text, PROFILE_PASSAGE);
  await quickCode(page, 'reform');
  await expect.poll(() => status.innerText()).toBe(`Coded “${PROFILE_PASSAGE}” as reform promise.`);
  await expect.poll(() => highlightedTexts(page)).toEqual([PROFILE_PASSAGE]);

  // A memo on that coding: with the cursor in the passage, the memo panel follows it.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  const memo = page.getByRole('textbox', { name: `Memo on the reform promise coding “${PROFILE_PASSAGE}”` });
  await tabTo(page, memo);
  await page.keyboard.type('Framed as a promise by its critics.');
  // Leaving the editor saves the memo at once: one operation, which Undo names.
  await tabTo(page, page.getByRole('tab', { name: 'Memos' }), { backwards: true });
  const undo = page.getByRole('button', { name: /^Undo / });
  await expect.poll(() => undo.getAttribute('aria-label')).toBe(`Undo Memo written on the reform promise coding “${PROFILE_PASSAGE}”`);

  // Undo both (the memo, then the coding), from the keyboard, outside any text field.
  await page.keyboard.press('Control+Z');
  await expect.poll(() => status.innerText()).toBe(`Undone: Memo written on the reform promise coding “${PROFILE_PASSAGE}” in “${PROFILE}”.`);
  await page.keyboard.press('Control+Z');
  await expect.poll(() => status.innerText()).toBe(`Undone: Code “reform promise” applied in “${PROFILE}”.`);
  await expect.poll(() => highlightedTexts(page)).toEqual([]);
  await expect.poll(() => page.getByRole('heading', { name: /^Coded passages/ }).innerText()).toBe('Coded passages (0)');

  // Redo both: the coding is back, and so is its memo.
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => status.innerText()).toBe(`Redone: Code “reform promise” applied in “${PROFILE}”.`);
  await page.keyboard.press('Control+Y');
  await expect.poll(() => status.innerText()).toBe(`Redone: Memo written on the reform promise coding “${PROFILE_PASSAGE}” in “${PROFILE}”.`);
  await expect.poll(() => highlightedTexts(page)).toEqual([PROFILE_PASSAGE]);
  // The cursor is still in the passage: the memo panel shows the coding's memo again.
  await expect.poll(() => memo.innerText()).toBe('Framed as a promise by its critics.');

  // The audit trail of the document lists all of it, with who did it.
  // History is the last of the side's tabs: End on the tab list shows it.
  await tabTo(page, page.getByRole('tab', { name: 'Memos' }), { backwards: true });
  await page.keyboard.press('End');
  await press(page, page.getByRole('button', { name: 'History' }));
  const trail = page.getByRole('list', { name: 'Changes to this document' });
  await expect.poll(async () => (await trail.getByRole('listitem').allInnerTexts()).map((t) => t.replace(/ by Kim Keyboard, .+$/su, ' by Kim Keyboard'))).toEqual([
    `Redo: Memo written on the reform promise coding “${PROFILE_PASSAGE}” by Kim Keyboard`,
    'Redo: Code “reform promise” applied by Kim Keyboard',
    'Undo: Code “reform promise” applied by Kim Keyboard',
    `Undo: Memo written on the reform promise coding “${PROFILE_PASSAGE}” by Kim Keyboard`,
    `Memo written on the reform promise coding “${PROFILE_PASSAGE}” by Kim Keyboard`,
    'Code “reform promise” applied by Kim Keyboard',
  ]);

  // A second coder codes the same passage.
  await press(page, page.getByRole('button', { name: /^Coder: Kim Keyboard/ }));
  const coders = page.getByRole('dialog', { name: 'Coders' });
  await press(page, coders.getByRole('button', { name: 'New coder…' }));
  const newCoder = page.getByRole('dialog', { name: 'New coder' });
  await expect.poll(() => newCoder.getByLabel('Coder name').evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type('Lee Second');
  await expect.poll(() => newCoder.getByRole('radio', { name: 'Violet' }).isChecked()).toBe(true); // the first colour no one has (Kim took Teal)
  await press(page, newCoder.getByRole('button', { name: 'Add coder and switch' }));
  await expect.poll(() => status.innerText()).toContain('Added coder Lee Second.');
  await expect.poll(() => page.getByRole('button', { name: /^Coder: Lee Second/ }).count()).toBe(1);
  // Undo is the new coder's now: nothing of Kim's to take back.
  await expect.poll(() => page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);

  await tabTo(page, text);
  await findAndSelect(page, text, PROFILE_PASSAGE);
  await quickCode(page, 'reform');
  await expect.poll(() => status.innerText()).toBe(`Coded “${PROFILE_PASSAGE}” as reform promise.`);
  await expect.poll(() => highlightedTexts(page)).toEqual([PROFILE_PASSAGE, PROFILE_PASSAGE]);
  await expect.poll(() => page.getByRole('heading', { name: /^Coded passages/ }).innerText()).toBe('Coded passages (2)');

  // Blind mode: Kim's coding (and memo) are hidden from Lee, and the window says so.
  await press(page, page.getByRole('button', { name: 'Blind mode' }));
  await expect.poll(() => page.getByRole('button', { name: 'Blind mode' }).getAttribute('aria-pressed')).toBe('true');
  await expect.poll(() => page.getByRole('note').innerText()).toBe('Blind mode is on: only Lee Second’s codings and memos are shown');
  await expect.poll(() => highlightedTexts(page)).toEqual([PROFILE_PASSAGE]);
  await expect.poll(() => page.getByRole('heading', { name: /^Coded passages/ }).innerText()).toBe('Coded passages (1)');
  // Back to the Memos tab (Home on the side's tab list), then its search.
  await tabTo(page, page.getByRole('tab', { name: 'History' }));
  await page.keyboard.press('Home');
  await tabTo(page, page.getByRole('searchbox', { name: 'Search memos' }));
  await page.keyboard.type('critics');
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'No memo contains' }).count()).toBe(1);

  // The export holds every coder's work, blind mode or not: two rows for the one passage.
  const csvPath = join(app.dataDir, 'workday.csv');
  app.dialog.willSaveTo(csvPath);
  await press(page, page.getByRole('button', { name: 'Export' }));
  await page.getByRole('menuitem', { name: 'Coded segments (CSV)' }).waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => status.innerText()).toContain(`to ${csvPath}`);
  const rows = readCsv(csvPath);
  expect(rows.map((r) => [r.document_title, r.code, r.text, r.coder, r.memo]).sort()).toEqual(
    [
      [NEWS, 'reform promise', NEWS_PASSAGE, 'Kim Keyboard', ''],
      [PROFILE, 'reform promise', PROFILE_PASSAGE, 'Kim Keyboard', 'Framed as a promise by its critics.'],
      [PROFILE, 'reform promise', PROFILE_PASSAGE, 'Lee Second', ''],
    ].sort(),
  );
  const profileText = canonicalTextOf(pressPaths()[2]!);
  for (const row of rows.filter((r) => r.document_title === PROFILE)) {
    expect(profileText.slice(Number(row.start_utf16), Number(row.end_utf16))).toBe(PROFILE_PASSAGE);
  }
  expect(app.pageErrors).toEqual([]);
});
