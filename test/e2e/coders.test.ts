// Two coders in one project: switching, showing and hiding the other's codings, blind mode kept after
// a restart, and each coder's own undo.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './app';
import { highlightedTexts, importThroughDialog, openDocument, selectWithMouse, showSidePanel } from './actions';
import { pressPaths } from '../fixtures/press';
import { chooseOption } from './choose';

let app: App | undefined;

const NEWS = '01-station-news';
const KIMS = 'implementing promised reforms';
const LEES = 'moving on from Victor Hale';

async function openCoders(page: Page) {
  await page.getByRole('button', { name: /^Coder: / }).click();
  return page.getByRole('dialog', { name: 'Coders' });
}

const sorted = async (page: Page) => (await highlightedTexts(page)).sort();

/** What the Electron menu sends when one of its items is chosen (see electron/menu.ts). */
async function menuCommand(page: Page, command: 'undo' | 'redo'): Promise<void> {
  await page.evaluate((c) => (window as unknown as { __framewiseEmit(event: string, payload: unknown): void }).__framewiseEmit('menuCommand', { command: c }), command);
}

test('a second coder: show or hide the first one’s codings, blind mode kept after a restart, undo per coder', async () => {
  app = await launchApp();
  let page = app.page;
  await importThroughDialog(app, pressPaths().slice(1, 2));
  await openDocument(page, NEWS);
  await selectWithMouse(page, KIMS);
  await page.getByRole('button', { name: 'Apply claim' }).click();

  let coders = await openCoders(page);
  await coders.getByRole('button', { name: 'New coder…' }).click();
  const form = page.getByRole('dialog', { name: 'New coder' });
  // A name already in the project is refused: two "Coder 1"s could not be told apart.
  await form.getByLabel('Coder name').fill('coder 1');
  await form.getByRole('button', { name: 'Add coder and switch' }).click();
  await expect.poll(() => form.getByRole('alert').innerText()).toContain('There is already a coder named Coder 1');
  await form.getByLabel('Coder name').fill('Lee');
  await form.getByRole('radio', { name: 'Green' }).check();
  await form.getByRole('button', { name: 'Add coder and switch' }).click();
  await expect.poll(() => page.getByRole('button', { name: /^Coder: Lee/ }).count()).toBe(1);

  await selectWithMouse(page, LEES);
  await page.getByRole('button', { name: 'Apply claim' }).click();
  await expect.poll(() => sorted(page)).toEqual([KIMS, LEES].sort());
  // Lee's undo takes back Lee's coding only, from the keys in the text as from the button.
  await expect.poll(() => page.getByRole('button', { name: /^Undo / }).getAttribute('aria-label')).toBe('Undo Code “claim” applied');
  await page.getByRole('document', { name: `Text of ${NEWS}` }).focus();
  await page.keyboard.press('Control+Z');
  await expect.poll(() => sorted(page)).toEqual([KIMS]);
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => sorted(page)).toEqual([KIMS, LEES].sort());
  await expect.poll(() => page.getByRole('status', { name: 'Status' }).innerText()).toBe(`Redone: Code “claim” applied in “${NEWS}”.`);
  // Edit > Undo in the application menu does the same; with a text field focused, it undoes typing.
  await menuCommand(page, 'undo');
  await expect.poll(() => sorted(page)).toEqual([KIMS]);
  await menuCommand(page, 'redo');
  await expect.poll(() => sorted(page)).toEqual([KIMS, LEES].sort());
  const search = page.getByRole('searchbox', { name: 'Search memos' });
  await search.click();
  await page.keyboard.type('budget');
  await menuCommand(page, 'undo');
  await expect.poll(() => search.inputValue()).toBe('');
  await expect.poll(() => sorted(page)).toEqual([KIMS, LEES].sort());

  // Hide Coder 1's work, one coder at a time.
  coders = await openCoders(page);
  await coders.getByRole('checkbox', { name: 'Show Coder 1’s codings and memos' }).uncheck();
  await coders.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => sorted(page)).toEqual([LEES]);
  coders = await openCoders(page);
  await coders.getByRole('checkbox', { name: 'Show Coder 1’s codings and memos' }).check();
  await coders.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => sorted(page)).toEqual([KIMS, LEES].sort());

  // The history of the code: both coders' codings, the undo and the redo, who and what.
  await showSidePanel(page, 'History');
  await page.getByRole('button', { name: 'History' }).click();
  await chooseOption(page, 'Changes to', 'the code claim');
  const trail = page.getByRole('list', { name: 'Changes to the code' }).getByRole('listitem');
  await expect.poll(async () => (await trail.allInnerTexts()).map((t) => t.replace(/(by [^,]+), .+$/su, '$1'))).toEqual([
    'Redo: Code “claim” applied by Lee',
    'Undo: Code “claim” applied by Lee',
    'Redo: Code “claim” applied by Lee',
    'Undo: Code “claim” applied by Lee',
    'Code “claim” applied by Lee',
    'Code “claim” applied by Coder 1',
  ]);

  // Blind mode, and a restart: still on, and said so.
  await page.getByRole('button', { name: 'Blind mode' }).click();
  await expect.poll(() => sorted(page)).toEqual([LEES]);
  // The history hides the other coder's entries too.
  await expect.poll(() => trail.count()).toBe(5);
  // Not even how many: how much another coder did, and on which codes, is theirs too.
  await expect.poll(() => page.getByText('Other coders’ changes are hidden (blind mode).').count()).toBe(1);
  app = await app.relaunch();
  page = app.page;
  await expect.poll(() => page.getByRole('note').innerText()).toBe('Blind mode is on: only Lee’s codings and memos are shown');
  await openDocument(page, NEWS);
  await expect.poll(() => sorted(page)).toEqual([LEES]);
  await expect.poll(() => page.getByRole('heading', { name: /^Coded passages/ }).innerText()).toBe('Coded passages (1)');
  // The counts beside documents agree: one coding (Lee's), not two.
  await expect.poll(() => page.getByRole('navigation', { name: /Documents/ }).getByRole('row', { name: new RegExp(`^${NEWS}`) }).innerText()).toContain('· 1 coding');

  // Back to Coder 1: blind now hides Lee's work; undo is Coder 1's (empty after the restart).
  coders = await openCoders(page);
  await coders.getByRole('button', { name: 'Switch to Coder 1' }).click();
  await expect.poll(() => page.getByRole('button', { name: /^Coder: Coder 1/ }).count()).toBe(1);
  await expect.poll(() => sorted(page)).toEqual([KIMS]);
  await expect.poll(() => page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);

  // Turning it off shows everyone's work, which cannot be unseen: it is asked first.
  await page.getByRole('button', { name: 'Blind mode' }).click();
  await page.getByRole('dialog', { name: 'Turn blind mode off?' }).getByRole('button', { name: 'Turn blind mode off' }).click();
  await expect.poll(() => sorted(page)).toEqual([KIMS, LEES].sort());
  expect(await page.getByRole('note').count()).toBe(0);
  expect(app.pageErrors).toEqual([]);
});
