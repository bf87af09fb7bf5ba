// Memos beside the text: rich text on a coding, a document and the project; the editor's own undo;
// search across documents; the Markdown export; still there after a restart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { highlightedTexts, importThroughDialog, openDocument, selectWithMouse } from './actions';
import { pressPaths } from '../fixtures/press';

let app: App | undefined;

/** What an editor shows, one line per paragraph or list item. */
const shownText = async (editor: Locator) => (await editor.innerText()).replace(/\n+/gu, '\n').trim();

const NEWS = '01-station-news';
const PROFILE = '02-watchdog-profile';
const PASSAGE = 'implementing promised reforms';

test('memos on a coding, a document and the project: own undo in the editor, search across documents, Markdown export, kept after a restart', async () => {
  app = await launchApp();
  const { page } = app;
  const status = page.getByRole('status', { name: 'Status' });
  await importThroughDialog(app, pressPaths().slice(1, 3));
  // Before any document is open, the project's memo is there beside the codebook.
  const tabs = page.getByRole('tablist', { name: 'Memo on' });
  await expect.poll(() => tabs.getByRole('tab').allInnerTexts()).toEqual(['Code', 'Project']);
  await page.getByRole('textbox', { name: 'Memo on the project “My project”' }).click();
  await page.keyboard.type('Research question: who promised what?');
  await openDocument(page, NEWS); // leaving the editor saves the memo
  await selectWithMouse(page, PASSAGE);
  await page.getByRole('button', { name: 'Apply pledge' }).click();
  await expect.poll(() => highlightedTexts(page)).toEqual([PASSAGE]);

  // The memo panel follows the coding under the cursor.
  const codingMemo = page.getByRole('textbox', { name: `Memo on the pledge coding “${PASSAGE}”` });
  await codingMemo.click();
  await page.keyboard.type('A first thought');
  // Ctrl+Z inside the editor takes back typing, not the coding.
  await page.keyboard.press('Control+Z');
  await expect.poll(() => shownText(codingMemo)).not.toBe('A first thought');
  for (let i = 0; i < 5 && (await shownText(codingMemo)) !== ''; i++) await page.keyboard.press('Control+Z');
  await expect.poll(() => shownText(codingMemo)).toBe('');
  // Once the save delay has passed, the editor saves what it holds: nothing (it says so), so no memo
  // is written and Undo still names the coding.
  await expect.poll(() => page.locator('.memo-save-state').innerText()).toBe('Saved');
  await expect.poll(() => page.getByRole('button', { name: /^Undo / }).getAttribute('aria-label')).toBe('Undo Code “pledge” applied');
  await expect.poll(() => highlightedTexts(page)).toEqual([PASSAGE]);

  // Rich text: a bold word, then a bulleted list.
  await page.keyboard.type('Budget ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('figures');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(' look inflated.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type('check the 2029 plan');
  await expect.poll(() => codingMemo.locator('strong, b, .memo-bold').first().innerText()).toBe('figures');

  await tabs.getByRole('tab', { name: 'Document' }).click();
  const documentMemo = page.getByRole('textbox', { name: `Memo on the document “${NEWS}”` });
  await documentMemo.click();
  await page.keyboard.type('Local TV news, centrist.');
  await tabs.getByRole('tab', { name: 'Project' }).click(); // saves the document memo (the editor loses the focus)
  await expect.poll(() => shownText(page.getByRole('textbox', { name: 'Memo on the project “My project”' }))).toBe('Research question: who promised what?');

  // From another document, the search finds the coding memo and opens its passage.
  await openDocument(page, PROFILE);
  await page.getByRole('searchbox', { name: 'Search memos' }).fill('INFLATED');
  const found = page.getByRole('list', { name: 'Memos found' }).getByRole('button');
  await expect.poll(() => found.allInnerTexts()).toEqual([expect.stringContaining(`Memo on the pledge coding “${PASSAGE}” in “${NEWS}”`)]);
  await found.click();
  await page.getByRole('document', { name: `Text of ${NEWS}` }).waitFor();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(PASSAGE);
  await expect.poll(() => shownText(codingMemo)).toBe('Budget figures look inflated.\ncheck the 2029 plan');

  // The Markdown export, grouped by target, rich text kept.
  const mdPath = join(app.dataDir, 'memos.md');
  app.dialog.willSaveTo(mdPath);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Memos (Markdown)' }).click();
  await expect.poll(() => status.innerText()).toBe(`Exported 3 memos to ${mdPath}.`);
  const markdown = readFileSync(mdPath, 'utf8');
  expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual([
    '# Memos: My project',
    '## The project',
    '## Documents',
    `### ${NEWS}`,
    '## Coded passages',
    `### ${NEWS}`,
    '#### pledge, coded by Coder 1',
  ]);
  expect(markdown).toContain('Research question: who promised what?');
  expect(markdown).toContain(`> ${PASSAGE}`);
  // Typed over a minute's boundary, the memo is also dated "edited" (by the minute, memosMarkdown.ts).
  expect(markdown).toMatch(/\*\*Coder 1\*\*, written \d{4}-\d\d-\d\d \d\d:\d\d UTC(, edited \d{4}-\d\d-\d\d \d\d:\d\d UTC)?\n\nBudget \*\*figures\*\* look inflated\.\n\n- check the 2029 plan/u);

  // After a restart, the memos are still there.
  app = await app.relaunch();
  await openDocument(app.page, NEWS);
  await app.page.getByRole('tablist', { name: 'Memo on' }).getByRole('tab', { name: 'Document' }).click();
  await expect.poll(() => shownText(app!.page.getByRole('textbox', { name: `Memo on the document “${NEWS}”` }))).toBe('Local TV news, centrist.');
  expect(app.pageErrors).toEqual([]);
});
