// The codebook and the coding tools, as a researcher uses them through a day of coding: the quick-code
// palette from the keyboard, nesting and reordering codes from the keyboard, merging, deleting, the
// codebook as CSV between projects, in-vivo coding, recoding and moving a coding's boundaries.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { createProject, describedText, exportCsv, highlightedPassages, highlightedTexts, importThroughDialog, openDocument, tabTo } from './actions';
import { canonicalTextOf, readCsv } from './corpus';
import { DEFAULT_CODEBOOK } from '../../shared/codebook/defaultCodebook';
import { pressPaths } from '../fixtures/press';
import { chooseOption } from './choose';

let app: App | undefined;

const DOC = '01-station-news';

async function openWithText(seeds: string[]): Promise<App> {
  const launched = await launchApp();
  await importThroughDialog(launched, seeds);
  await openDocument(launched.page, DOC);
  return launched;
}

/** Ctrl+F, a phrase, Enter: the phrase is selected and the text has the focus again. */
async function findAndSelect(page: Page, phrase: string): Promise<void> {
  const text = page.getByRole('document', { name: `Text of ${DOC}` });
  if (!(await text.evaluate((el) => el === document.activeElement))) await text.focus();
  await page.keyboard.press('Control+F');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(phrase);
  await page.keyboard.press('Enter');
  await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(phrase);
}

const status = (page: Page) => page.getByRole('status', { name: 'Status' });
const tree = (page: Page) => page.getByRole('treegrid', { name: 'Codes' });
const treeNames = (page: Page) => tree(page).getByRole('row').evaluateAll((items) => items.map((i) => `${'  '.repeat(Number(i.getAttribute('aria-level')) - 1)}${i.getAttribute('aria-label')}`));

describe('the quick-code palette', () => {
  test('from the keyboard alone: create a code from the palette, apply it again, recent first, Escape keeps the passage', async () => {
    app = await openWithText(pressPaths().slice(1, 2));
    const { page } = app;
    await findAndSelect(page, 'numerous challenges');

    await page.keyboard.press('Control+K');
    const palette = page.getByRole('combobox', { name: 'Quick code' });
    await expect.poll(() => palette.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('hurdle');
    const create = page.getByRole('option', { name: 'Create code “hurdle”' });
    await expect.poll(() => create.getAttribute('aria-selected')).toBe('true');
    expect(await palette.getAttribute('aria-activedescendant')).toBe(await create.getAttribute('id'));
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).innerText()).toBe('Created the code “hurdle” and coded “numerous challenges” with it.');
    await expect.poll(() => highlightedTexts(page)).toEqual(['numerous challenges']);
    await expect.poll(() => treeNames(page)).toEqual(['pledge', 'claim', 'criticism', 'metric', 'hurdle']);
    // The palette is gone and the focus is back in the text.
    await palette.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('document', { name: `Text of ${DOC}` }).evaluate((el) => el === document.activeElement)).toBe(true);

    // A second passage: "/" opens the palette too; typing part of the name finds the code first.
    await findAndSelect(page, 'takes office in January');
    await page.keyboard.press('/');
    await page.keyboard.type('hur');
    await expect.poll(() => page.getByRole('option', { name: 'hurdle', exact: true }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).innerText()).toBe('Coded “takes office in January” as hurdle.');

    // With nothing typed, the code used last comes first; Escape goes back with the passage intact.
    await findAndSelect(page, 'Whitfield');
    await page.keyboard.press('Control+K');
    const options = page.getByRole('listbox', { name: 'Quick code: codes' }).getByRole('option');
    await expect.poll(() => options.evaluateAll((o) => o.map((x) => x.getAttribute('aria-label')))).toEqual(['hurdle', 'pledge', 'claim', 'criticism', 'metric']);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('document', { name: `Text of ${DOC}` }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('Whitfield');
    // …and the passage is still the one keys act on: 2 codes it as claim.
    await page.keyboard.press('2');
    await expect.poll(() => status(page).innerText()).toBe('Coded “Whitfield” as claim.');

    await expect.poll(() => tree(page).getByRole('row', { name: 'hurdle', exact: true }).getByText('2 codings in 1 document').count()).toBe(1);
    await page.screenshot({ path: '/tmp/fwshots/palette.png' });
    expect(app.pageErrors).toEqual([]);
  });
});

describe('the codebook', () => {
  test('nest and reorder codes from the keyboard; keys 1 to 9 follow the tree, after a restart too', async () => {
    app = await openWithText(pressPaths().slice(1, 2));
    const { page } = app;
    const item = (name: string) => tree(page).getByRole('row', { name, exact: true });
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await tabTo(page, item('pledge'));
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('claim');
    expect(await item('claim').getAttribute('aria-selected')).toBe('true');

    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => treeNames(page)).toEqual(['pledge', 'criticism', 'claim', 'metric']);
    await expect.poll(focused).toBe('claim');
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => treeNames(page)).toEqual(['pledge', 'criticism', '  claim', 'metric']);
    expect(await item('criticism').getAttribute('aria-expanded')).toBe('true');
    await expect.poll(focused).toBe('claim');
    await expect.poll(() => status(page).innerText()).toBe('Moved “claim” into “criticism”, position 1.');

    // Left goes to the parent, Left again closes it, Right opens it.
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('criticism');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => treeNames(page)).toEqual(['pledge', 'criticism', 'metric']);
    expect(await item('criticism').getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => treeNames(page)).toEqual(['pledge', 'criticism', 'claim', 'metric']);
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => treeNames(page)).toEqual(['claim', 'pledge', 'criticism', 'metric']);
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => status(page).innerText()).toBe('“claim” is already the first of its siblings.');
    // The keys are shown with each code, and documented beside the tree.
    expect(await item('claim').getAttribute('aria-keyshortcuts')).toBe('1');
    expect(await describedText(tree(page))).toBe('Alt+↑/↓ reorder · Alt+→ nest under the code above · Alt+← move out · Enter apply · F2 rename · Delete');
    // …and each code's Apply button is described by the code's definition.
    expect(await describedText(page.getByRole('button', { name: 'Apply metric' }))).toBe(DEFAULT_CODEBOOK.find((code) => code.name === 'metric')!.definition);

    // Key 1 now applies claim, the first code in the tree.
    await findAndSelect(page, 'numerous challenges');
    await page.keyboard.press('1');
    await expect.poll(() => status(page).innerText()).toBe('Coded “numerous challenges” as claim.');

    app = await app.relaunch();
    await openDocument(app.page, DOC);
    await expect.poll(() => treeNames(app!.page)).toEqual(['claim', 'pledge', 'criticism', 'metric']);
    expect(app.pageErrors).toEqual([]);
  });

  test('merge a code into another: its codings move, a passage coded by both collapses into one', async () => {
    app = await openWithText(pressPaths().slice(1, 2));
    const { page } = app;
    await findAndSelect(page, 'numerous challenges');
    await page.keyboard.press('2'); // claim
    await page.keyboard.press('4'); // metric, the same passage
    await findAndSelect(page, 'takes office in January');
    await page.keyboard.press('4');
    const passages = page.getByRole('heading', { name: /^Coded passages/ });
    await expect.poll(() => passages.innerText()).toBe('Coded passages (3)');

    await page.getByRole('button', { name: 'Codebook entry for metric' }).click();
    await page.getByRole('button', { name: 'Merge into…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge “metric” into another code' });
    await chooseOption(dialog, 'Merge into', 'claim');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => status(page).innerText()).toBe('Merged “metric” into “claim”: 1 coding moved, 1 duplicate collapsed.');
    await expect.poll(() => passages.innerText()).toBe('Coded passages (2)');
    const list = page.getByRole('listbox', { name: /^Coded passages/ }).getByRole('option');
    await expect.poll(() => list.allInnerTexts()).toEqual(['claim: numerous challenges', 'claim: takes office in January']);
    await expect.poll(() => treeNames(page)).toEqual(['pledge', 'claim', 'criticism']);
    expect(Object.keys(await highlightedPassages(page))).toHaveLength(1);
    expect(app.pageErrors).toEqual([]);
  });

  test('delete a code: the confirmation counts its codings, and undo brings everything back', async () => {
    app = await openWithText(pressPaths().slice(1, 2));
    const { page } = app;
    await findAndSelect(page, 'numerous challenges');
    await page.keyboard.press('2');
    await findAndSelect(page, 'takes office in January');
    await page.keyboard.press('2');
    await expect.poll(() => highlightedTexts(page)).toHaveLength(2);

    await tabTo(page, tree(page).getByRole('row', { name: 'pledge', exact: true }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog', { name: 'Delete the code “claim”?' });
    await expect.poll(() => dialog.innerText()).toContain('2 codings in 1 document will be deleted, with their memos; you can undo this');
    await tabTo(page, dialog.getByRole('button', { name: 'Delete' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => treeNames(page)).toEqual(['pledge', 'criticism', 'metric']);
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await expect.poll(() => page.getByRole('heading', { name: /^Coded passages/ }).innerText()).toBe('Coded passages (0)');

    await page.keyboard.press('Control+Z');
    await expect.poll(() => treeNames(page)).toEqual(['pledge', 'claim', 'criticism', 'metric']);
    await expect.poll(() => highlightedTexts(page).then((t) => t.sort())).toEqual(['numerous challenges', 'takes office in January']);
    expect(app.pageErrors).toEqual([]);
  });

  test('export the codebook as CSV and import it into a new project, subcodes, colours and definitions included', async () => {
    app = await launchApp();
    const { page } = app;
    await page.getByRole('button', { name: 'New code' }).click();
    await page.getByLabel('Name of the new code').fill('framing');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).innerText()).toBe('Created the code “framing”.');
    await page.getByRole('button', { name: 'Codebook entry for framing' }).click();
    await page.getByRole('button', { name: 'New subcode' }).click();
    await page.getByLabel('Name of the new subcode of “framing”').fill('economy');
    await page.keyboard.press('Enter');
    await expect.poll(() => treeNames(page)).toEqual(['pledge', 'claim', 'criticism', 'metric', 'framing', '  economy']);
    const entry = page.getByRole('region', { name: 'Code details: economy' });
    await entry.getByLabel('Colour').fill('#0891b2');
    await entry.getByLabel('Definition').fill('Jobs, prices, "growth"');
    await entry.getByLabel('Inclusion criteria').fill('Wages,\nrents');
    await entry.getByLabel('Example').click();
    await expect.poll(() => status(page).innerText()).toBe('Saved “economy”.');

    const csvPath = join(app.dataDir, 'codebook.csv');
    app.dialog.willSaveTo(csvPath);
    await page.getByRole('button', { name: 'Codebook', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Export codebook (CSV)…' }).click();
    await expect.poll(() => status(page).innerText()).toBe(`Exported 6 codes to ${csvPath}.`);
    const rows = readCsv(csvPath);
    expect(rows.map((r) => [r.name, r.path, r.parent_path])).toEqual([
      ['pledge', 'pledge', ''],
      ['claim', 'claim', ''],
      ['criticism', 'criticism', ''],
      ['metric', 'metric', ''],
      ['framing', 'framing', ''],
      ['economy', 'framing > economy', 'framing'],
    ]);
    expect(rows[5]).toMatchObject({ color: '#0891b2', definition: 'Jobs, prices, "growth"', inclusion: 'Wages,\nrents' });

    // A new project starts with the default codebook; the import adds the rest and keeps those.
    await createProject(page, 'Second study');
    await expect.poll(() => treeNames(page)).toEqual(['pledge', 'claim', 'criticism', 'metric']);
    app.dialog.willOpen([csvPath]);
    await page.getByRole('button', { name: 'Codebook', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Import codebook (CSV)…' }).click();
    await expect.poll(() => status(page).innerText()).toBe('Imported “codebook.csv”: 2 new, 0 updated, 4 unchanged.');
    await expect.poll(() => treeNames(page)).toEqual(['pledge', 'claim', 'criticism', 'metric', 'framing', '  economy']);
    await page.getByRole('button', { name: 'Codebook entry for economy' }).click();
    const imported = page.getByRole('region', { name: 'Code details: economy' });
    expect(await imported.getByLabel('Definition').inputValue()).toBe('Jobs, prices, "growth"');
    expect(await imported.getByLabel('Inclusion criteria').inputValue()).toBe('Wages,\nrents');
    expect(await imported.getByLabel('Colour').inputValue()).toBe('#0891b2');

    // The file read back is the file written: exporting again gives the same bytes.
    const again = join(app.dataDir, 'codebook-again.csv');
    app.dialog.willSaveTo(again);
    await page.getByRole('button', { name: 'Codebook', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Export codebook (CSV)…' }).click();
    await expect.poll(() => status(page).innerText()).toBe(`Exported 6 codes to ${again}.`);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(csvPath, 'utf8'));
    expect(app.pageErrors).toEqual([]);
  });
});

describe('coding tools', () => {
  test('in vivo, recode and code the whole document, each from the keyboard, and the CSV agrees', async () => {
    app = await openWithText(pressPaths().slice(1, 2));
    const { page } = app;
    await findAndSelect(page, 'numerous challenges');
    await page.keyboard.press('Control+I');
    await expect.poll(() => status(page).innerText()).toBe('Created the code “numerous challenges” and coded “numerous challenges” with it.');
    await expect.poll(() => treeNames(page)).toEqual(['pledge', 'claim', 'criticism', 'metric', 'numerous challenges']);

    // Recode: from the coding under the caret, in "Codes here", through the palette.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    const here = page.getByRole('list', { name: 'Codes on this passage' });
    await tabTo(page, here.getByRole('button', { name: 'Recode numerous challenges on “numerous challenges”' }));
    await page.keyboard.press('Enter');
    const recode = page.getByRole('combobox', { name: 'Recode' });
    await expect.poll(() => recode.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('claim');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).innerText()).toBe('Recoded “numerous challenges” from numerous challenges to claim.');
    await expect.poll(() => here.getByRole('listitem').allInnerTexts()).toEqual([expect.stringMatching(/^claim: “numerous challenges”/)]);

    // The whole document, through the same palette.
    await tabTo(page, page.getByRole('button', { name: 'Code whole document…' }), { backwards: true });
    await page.keyboard.press('Enter');
    await page.keyboard.type('pledge');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).innerText()).toBe('Coded the whole document as pledge.');

    const csvPath = join(app.dataDir, 'tools.csv');
    await exportCsv(app, csvPath);
    const rows = readCsv(csvPath);
    const canonical = canonicalTextOf(pressPaths()[1]!);
    expect(rows.map((r) => [r.code, r.start_utf16, r.end_utf16])).toEqual([
      ['pledge', '0', String(canonical.trimEnd().length)],
      ['claim', String(canonical.indexOf('numerous challenges')), String(canonical.indexOf('numerous challenges') + 'numerous challenges'.length)],
    ]);
    expect(app.pageErrors).toEqual([]);
  });

  test("nudge a coding's boundaries by word and character from the keyboard, and drag one with the mouse", async () => {
    app = await openWithText(pressPaths().slice(1, 2));
    const { page } = app;
    await findAndSelect(page, 'numerous challenges');
    await page.keyboard.press('2');
    await page.getByRole('listbox', { name: /^Coded passages/ }).getByRole('option', { name: 'claim: numerous challenges' }).click();

    // The selection is the coding, its focus at the end: the end moves, a word at a time, however fast.
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => highlightedTexts(page)).toEqual(['numerous challenges when he']);
    await page.keyboard.press('Control+Alt+Shift+ArrowLeft');
    await expect.poll(() => highlightedTexts(page)).toEqual(['numerous challenges when h']);
    await expect.poll(() => status(page).innerText()).toBe('claim now covers “numerous challenges when h”.');

    // The caret by the start: the start moves.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expect.poll(() => highlightedTexts(page)).toEqual(['faces numerous challenges when h']);

    // The end's handle dragged to the end of "office".
    const handle = page.locator('.boundary-end'); // a mouse-only affordance, hidden from assistive technology
    const from = await handle.boundingBox();
    const to = await page.evaluate(() => {
      const root = document.querySelector('[role="document"]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf('takes office');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 'takes office'.length - 1);
        range.setEnd(node, at + 'takes office'.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.right - 1, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
    await page.mouse.down();
    await page.mouse.move(to!.x, to!.y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => highlightedTexts(page)).toEqual(['faces numerous challenges when he takes office']);

    const csvPath = join(app.dataDir, 'nudged.csv');
    await exportCsv(app, csvPath);
    const [row] = readCsv(csvPath);
    const canonical = canonicalTextOf(pressPaths()[1]!);
    const start = canonical.indexOf('faces numerous');
    expect(row).toMatchObject({ text: 'faces numerous challenges when he takes office', start_utf16: String(start), prefix: canonical.slice(start - 32, start) });
    expect(app.pageErrors).toEqual([]);
  });
});

test('drag a code before, into and after another with the mouse', async () => {
  app = await launchApp();
  const { page } = app;
  const item = (name: string) => tree(page).getByRole('row', { name, exact: true });
  // The upper and lower thirds of a row drop before and after it; the middle drops into it.
  await item('metric').dragTo(item('pledge'), { targetPosition: { x: 30, y: 2 } });
  await expect.poll(() => treeNames(page)).toEqual(['metric', 'pledge', 'claim', 'criticism']);
  await item('criticism').dragTo(item('claim'), { targetPosition: { x: 30, y: 12 } });
  await expect.poll(() => treeNames(page)).toEqual(['metric', 'pledge', 'claim', '  criticism']);
  await item('pledge').dragTo(item('criticism'), { targetPosition: { x: 30, y: 22 } });
  await expect.poll(() => treeNames(page)).toEqual(['metric', 'claim', '  criticism', '  pledge']);
  // A code cannot go into its own branch: the tree offers no drop there, and stays as it was.
  await item('claim').dragTo(item('pledge'), { targetPosition: { x: 30, y: 12 } });
  expect(await item('pledge').getAttribute('data-drop-target')).toBeNull();
  expect(await treeNames(page)).toEqual(['metric', 'claim', '  criticism', '  pledge']);
  expect(app.pageErrors).toEqual([]);
});

test('move a code with the keyboard through its drag handle, as a screen-reader user would', async () => {
  app = await launchApp();
  const { page } = app;
  const item = (name: string) => tree(page).getByRole('row', { name, exact: true });
  // The handle starts a keyboard drag; the first drop target offered is before the first code.
  await item('metric').getByRole('button', { name: /metric/ }).first().focus();
  await page.keyboard.press('Enter');
  const target = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  await expect.poll(target).toBe('Insert after metric');
  // The arrows go through the drop targets (before, on, after each code); Enter drops.
  for (let i = 0; i < 12 && (await target()) !== 'Insert before pledge'; i++) await page.keyboard.press('ArrowUp');
  expect(await target()).toBe('Insert before pledge');
  await page.keyboard.press('Enter');
  await expect.poll(() => treeNames(page)).toEqual(['metric', 'pledge', 'claim', 'criticism']);
  expect(app.pageErrors).toEqual([]);
});

test('a codebook of 300 codes: the tree draws only the rows in view, and End reaches the last code', async () => {
  app = await launchApp();
  const { page } = app;
  const names = Array.from({ length: 300 }, (_, i) => `theme ${String(i + 1).padStart(3, '0')}`);
  const csvPath = join(app.dataDir, 'long-codebook.csv');
  writeFileSync(csvPath, ['name', ...names].join('\n'));
  app.dialog.willOpen([csvPath]);
  await page.getByRole('button', { name: 'Codebook', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Import codebook (CSV)…' }).click();
  await expect.poll(() => status(page).innerText()).toBe('Imported “long-codebook.csv”: 300 new, 0 updated, 0 unchanged.');
  await expect.poll(() => tree(page).getAttribute('aria-rowcount')).toBe('304');
  await tree(page).getByRole('row', { name: 'pledge', exact: true }).focus();
  await page.keyboard.press('End');
  const last = tree(page).getByRole('row', { name: 'theme 300', exact: true });
  await expect.poll(() => last.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await last.getAttribute('aria-selected')).toBe('true');
  expect(await last.isVisible()).toBe(true);
  // The tree says it holds every code, but only the rows around the one in view are in the page.
  expect(await tree(page).getByRole('row').count()).toBeLessThan(100);
  expect(app.pageErrors).toEqual([]);
});

test('searching the tree shows the codes that match with their parents, closed or not, and says when none does', async () => {
  app = await launchApp();
  const { page } = app;
  const item = (name: string) => tree(page).getByRole('row', { name, exact: true });
  await item('claim').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => treeNames(page)).toEqual(['pledge', '  claim', 'criticism', 'metric']);
  await item('pledge').focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => treeNames(page)).toEqual(['pledge', 'criticism', 'metric']);
  const search = page.getByRole('searchbox', { name: 'Search codes' });
  await search.fill('CLAIM');
  await expect.poll(() => treeNames(page)).toEqual(['pledge', '  claim']);
  await search.fill('zzz');
  await expect.poll(() => page.getByText('No code matches “zzz”.').count()).toBe(1);
  await search.fill('');
  await expect.poll(() => treeNames(page)).toEqual(['pledge', 'criticism', 'metric']);
  expect(app.pageErrors).toEqual([]);
});

test('codes of the same name under different parents are told apart in the tree and in the quick-code palette', async () => {
  app = await openWithText(pressPaths().slice(1, 2));
  const { page } = app;
  for (const parent of ['framing', 'issues']) {
    await page.getByRole('button', { name: 'New code' }).click();
    await page.getByLabel('Name of the new code').fill(parent);
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).innerText()).toBe(`Created the code “${parent}”.`);
  }
  for (const parent of ['framing', 'issues']) {
    await page.getByRole('button', { name: `Codebook entry for ${parent}` }).click();
    await page.getByRole('button', { name: 'New subcode' }).click();
    await page.getByLabel(`Name of the new subcode of “${parent}”`).fill('economy');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).innerText()).toBe('Created the code “economy”.');
  }
  await expect.poll(() => treeNames(page)).toEqual(['pledge', 'claim', 'criticism', 'metric', 'framing', '  economy', 'issues', '  economy']);

  // In the tree: the same name, each described by where it sits.
  const twins = tree(page).getByRole('row', { name: 'economy', exact: true });
  expect(await Promise.all((await twins.all()).map(describedText))).toEqual(['in framing, No codings', 'in issues, No codings']);
  expect(await describedText(tree(page).getByRole('row', { name: 'metric', exact: true }))).toBe('No codings');

  // In the palette: each option's name says where it sits.
  await findAndSelect(page, 'numerous challenges');
  await page.keyboard.press('Control+K');
  await page.keyboard.type('economy');
  const options = page.getByRole('listbox', { name: 'Quick code: codes' }).getByRole('option');
  await expect.poll(() => options.evaluateAll((o) => o.map((x) => x.getAttribute('aria-label')))).toEqual(['economy, in framing', 'economy, in issues', 'Create code “economy”']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => status(page).innerText()).toBe('Coded “numerous challenges” as economy.');
  expect(await describedText(twins.nth(1))).toBe('in issues, 1 coding in 1 document');
  expect(app.pageErrors).toEqual([]);
});
