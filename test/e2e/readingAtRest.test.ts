// Reading a coded text with the caret in it and no key pressed: nothing on the screen moves. A
// blinking caret was a style change twice a second, and after each one Chromium rebuilt every
// highlight's markers and repainted every highlighted line near the screen (20-40 ms a blink in a
// 150,000-word document with 5,000 codings; a key press that met a blink waited for it).
import { expect, test } from 'vitest';
import { launchApp } from './app';
import { highlightedTexts, importThroughDialog, nextFrames, openDocument, selectWithMouse } from './actions';
import { pressPaths } from '../fixtures/press';

test('with the caret in a coded text and nothing pressed, the caret shows and nothing animates', async () => {
  const app = await launchApp();
  const { page } = app;
  await importThroughDialog(app, [pressPaths()[2]!]);
  await openDocument(page, '02-watchdog-profile');
  const passage = 'a new record for homicides';
  await selectWithMouse(page, passage);
  await page.getByRole('button', { name: 'Apply claim' }).click();
  await expect.poll(() => highlightedTexts(page)).toContain(passage);

  const text = page.getByRole('document', { name: 'Text of 02-watchdog-profile' });
  await text.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowRight');
  await nextFrames(page);
  // The caret is drawn by the app (the read-only text has none of the browser's); it is hidden from
  // assistive technology, which follows the selection itself, so it is found by its class.
  await expect.poll(() => page.locator('.caret-marker').isVisible()).toBe(true);
  const animating = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').map((a) => (a.effect as KeyframeEffect | null)?.target?.className ?? 'unknown'));
  expect(animating).toEqual([]);
  expect(app.pageErrors).toEqual([]);
});
