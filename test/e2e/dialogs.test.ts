// Dialogs (React Aria's Modal): the focus goes in and stays in, Escape closes, the focus comes back to
// the button that opened it; and after the welcome has closed, the command palette still runs commands
// with Enter, also after a dialog it opened has closed.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './app';
import { projectMenu } from './projectSwitcher';

let app: App | undefined;

const focusInside = (page: Page, dialogName: string) =>
  page.evaluate((name) => {
    const dialog = [...document.querySelectorAll('[role="dialog"]')].find((d) => d.getAttribute('aria-labelledby') && document.getElementById(d.getAttribute('aria-labelledby')!)?.textContent === name);
    return Boolean(dialog?.contains(document.activeElement));
  }, dialogName);

test('a dialog keeps the focus while open, closes on Escape and gives the focus back to its button', async () => {
  app = await launchApp({ welcome: 'sample' });
  const { page } = app;
  // From the keyboard: the project menu's button, then its first command.
  const opener = page.getByRole('button', { name: 'Project actions' });
  await opener.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'New project…' }).waitFor();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await expect.poll(() => dialog.getByRole('textbox', { name: 'Project name' }).evaluate((el) => el === document.activeElement)).toBe(true);
  // Tab goes round inside: the field, Cancel, Create project, and back, never out to the window.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInside(page, 'New project')).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
  await expect.poll(() => opener.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(app.pageErrors).toEqual([]);
});

test('after the welcome, the palette runs a command that opens a dialog; once it is closed, Enter in the palette still runs commands', async () => {
  app = await launchApp({ welcome: 'sample' });
  const { page } = app;
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const choose = async (typed: string, expected: string) => {
    await page.keyboard.press('Control+Shift+P');
    await expect.poll(() => palette.getByRole('searchbox', { name: 'Find a command' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(typed);
    await expect.poll(() => palette.getByRole('menuitem').allInnerTexts()).toEqual([expect.stringContaining(expected)]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => palette.count()).toBe(0);
  };
  await choose('appearance', 'Appearance…');
  const appearance = page.getByRole('dialog', { name: 'Appearance' });
  await expect.poll(() => focusInside(page, 'Appearance')).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => appearance.count()).toBe(0);

  await choose('go to backups', 'Go to Backups');
  const rail = page.getByRole('navigation', { name: 'Places' });
  await expect.poll(() => rail.getByRole('button', { name: 'Backups' }).getAttribute('aria-current')).toBe('page');
  // A dialog of the window's own (New project) and then the palette again.
  await projectMenu(page, 'New project…');
  await page.getByRole('dialog', { name: 'New project' }).waitFor();
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  await choose('go to lib', 'Go to Library');
  await expect.poll(() => rail.getByRole('button', { name: 'Library' }).getAttribute('aria-current')).toBe('page');
  expect(app.pageErrors).toEqual([]);
});
