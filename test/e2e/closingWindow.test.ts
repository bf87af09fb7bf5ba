// Closing the window a moment after typing in a memo: what was typed is there after the restart (a
// memo saves a second after the last key; the close asks the window to save it first).
import { expect, test } from 'vitest';
import { launchApp } from './app';

test('a memo typed just before the window is closed is there after a restart', async () => {
  const app = await launchApp();
  const memoName = 'Memo on the project “My project”';
  await app.page.getByRole('textbox', { name: memoName }).click();
  await app.page.keyboard.type('Typed a moment before closing.');
  // At once: the memo's own save is a second away.
  expect(await app.closeAsMainDoes()).toBe(true);

  const again = await app.relaunch();
  await expect.poll(() => again.page.getByRole('textbox', { name: memoName }).innerText()).toBe('Typed a moment before closing.');
  expect(again.pageErrors).toEqual([]);
});
