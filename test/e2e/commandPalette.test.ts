// The command palette lists the command table's commands with their keys; typing filters them, Enter
// runs the one chosen. Places are reachable from the rail and by Ctrl+1…6.
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';

let app: App | undefined;

test('Ctrl+Shift+P opens the palette; typing finds a command, shown with its key; Enter runs it', async () => {
  app = await launchApp({ welcome: 'sample' });
  const { page } = app;
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const search = palette.getByRole('searchbox', { name: 'Find a command' });
  await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
  const commands = palette.getByRole('menu', { name: 'Commands' });
  // Each command with its key, as drawn beside its name.
  const lines = () =>
    commands.getByRole('menuitem').evaluateAll((items) =>
      items.map((item) => {
        const key = item.querySelector('kbd');
        return key ? `${item.textContent} ${getComputedStyle(key, '::after').content}` : (item.textContent ?? '');
      }),
    );
  await expect.poll(lines).toEqual(expect.arrayContaining(['Import documents… "Ctrl+O"', 'Go to Library "Ctrl+1"', 'Appearance…', 'New project…', 'Rename project…', 'Open sample project']));

  await page.keyboard.type('go to lib');
  await expect.poll(lines).toEqual(['Go to Library "Ctrl+1"']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => palette.count()).toBe(0);
  await expect.poll(() => page.getByRole('button', { name: 'Library' }).getAttribute('aria-current')).toBe('page');

  // No match: the palette says so.
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('zzzz');
  await expect.poll(() => palette.innerText()).toContain('No command matches.');
  await page.keyboard.press('Escape');
  await expect.poll(() => palette.count()).toBe(0);
  expect(app.pageErrors).toEqual([]);
});

test('typing a query and pressing Enter at once runs the first command that matches', async () => {
  app = await launchApp({ welcome: 'sample' });
  const { page } = app;
  const rail = page.getByRole('navigation', { name: 'Places' });
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const search = palette.getByRole('searchbox', { name: 'Find a command' });
  await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type('go to backups');
  // What the researcher sees before pressing Enter: the one command, marked as the one Enter runs.
  const only = palette.getByRole('menuitem', { name: 'Go to Backups' });
  await expect.poll(() => only.getAttribute('data-focused')).toBe('true');
  await page.keyboard.press('Enter');
  await expect.poll(() => palette.count()).toBe(0);
  await expect.poll(() => rail.getByRole('button', { name: 'Backups' }).getAttribute('aria-current')).toBe('page');
  expect(app.pageErrors).toEqual([]);
});

test('every place is reachable by Ctrl+1…6 and from the rail by keyboard', async () => {
  app = await launchApp({ welcome: 'sample' });
  const { page } = app;
  const rail = page.getByRole('navigation', { name: 'Places' });
  expect(await rail.getByRole('button').allInnerTexts()).toEqual(['Library', 'Code', 'Retrieve', 'Compare', 'Agreement', 'Backups']);
  await page.keyboard.press('Control+1');
  await expect.poll(() => rail.getByRole('button', { name: 'Library' }).getAttribute('aria-current')).toBe('page');
  await expect.poll(() => page.getByRole('toolbar', { name: 'Library tools' }).count()).toBe(1);
  await page.keyboard.press('Control+6');
  await expect.poll(() => rail.getByRole('button', { name: 'Backups' }).getAttribute('aria-current')).toBe('page');
  await expect.poll(() => page.getByRole('toolbar', { name: 'Backups tools' }).count()).toBe(1);
  expect(await page.getByRole('toolbar', { name: 'Project and window' }).getByRole('button', { name: 'Save a copy…' }).count()).toBe(1);
  // From the rail with the keyboard: focus Code, press Enter.
  await rail.getByRole('button', { name: 'Code' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => rail.getByRole('button', { name: 'Code' }).getAttribute('aria-current')).toBe('page');
  await expect.poll(() => page.getByRole('toolbar', { name: 'Code tools' }).count()).toBe(1);
  await page.screenshot({ path: '/tmp/fw-code.png' });
  await page.keyboard.press('Control+1');
  await page.screenshot({ path: '/tmp/fw-library.png' });
  expect(app.pageErrors).toEqual([]);
});
