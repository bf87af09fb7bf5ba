// Reading: a hard-wrapped plain-text document is shown reflowed (its line breaks inside paragraphs
// drawn as spaces, list items on their own lines) while every offset stays that of the stored text;
// the text column's width is the reader's choice, remembered per project.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp } from './app';
import { createProject, exportCsv, highlightedTexts, importThroughDialog, linesOf, openDocument, phraseBox } from './actions';
import { switchToProject } from './projectSwitcher';
import { canonicalTextOf, readCsv } from './corpus';
import { scratchFolder } from './teardown';
import { PRIMARY_NIGHT, WIRE_COPY } from '../fixtures/reading';
import { pressPaths } from '../fixtures/press';

const DOC = 'wire-copy';
// A passage across a wrapped line break: the stored text has "\n" after "said it".
const PASSAGE = 'reckless and said it\nwould ask the state';

/** The top of the line each of two phrases starts on. */
async function lineTops(page: Page, phrases: [string, string]): Promise<[number, number]> {
  return [(await linesOf(page, phrases[0])).top, (await linesOf(page, phrases[1])).top];
}

test('a hard-wrapped text is shown reflowed, and a passage dragged across a drawn space is coded and exported exactly as stored', async () => {
  const app = await launchApp();
  const { page } = app;
  // Wide enough that the two phrases joined by a reflowed break fit on one line beside the side panels.
  await page.setViewportSize({ width: 1600, height: 900 });
  await importThroughDialog(app, [WIRE_COPY]);
  await openDocument(page, DOC);
  const toggle = page.getByRole('button', { name: 'Reflow lines' });
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');

  // The wrapped lines run on as one paragraph; the list items keep their own lines.
  const [monday, thatIt] = await lineTops(page, ['said on Monday', 'that it would stop']);
  expect(thatIt).toBe(monday);
  const [theft, possession] = await lineTops(page, ['- retail theft', '- possession']);
  expect(possession).toBeGreaterThan(theft);

  // A drag from "reckless" to "the state", over the space drawn for the stored "\n".
  const from = await phraseBox(page, 'reckless and said it');
  const to = await phraseBox(page, 'would ask the state');
  await page.getByRole('heading', { level: 2 }).first().click();
  await page.mouse.move(from.x1, from.y1);
  await page.mouse.down();
  await page.mouse.move(to.x2, to.y2, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.press('2');
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as claim.' }).waitFor();
  await expect.poll(() => highlightedTexts(page)).toEqual([PASSAGE]);

  // Shown as stored: the same characters highlighted, now over two lines.
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
  const [saidIt, wouldAsk] = await lineTops(page, ['reckless and said it', 'would ask the state']);
  expect(wouldAsk).toBeGreaterThan(saidIt);
  expect(await highlightedTexts(page)).toEqual([PASSAGE]);

  // The export has the passage as stored, at its offsets in the stored text.
  const csv = join(await scratchFolder(), 'segments.csv');
  await exportCsv(app, csv);
  const [row] = readCsv(csv);
  const text = canonicalTextOf(WIRE_COPY);
  expect(row!.text).toBe(PASSAGE);
  expect(text.slice(Number(row!.start_utf16), Number(row!.end_utf16))).toBe(PASSAGE);

  // The choice is remembered for this document: after a reload it is still shown as stored.
  await page.reload();
  await openDocument(page, DOC);
  await expect.poll(() => page.getByRole('button', { name: 'Reflow lines' }).getAttribute('aria-pressed')).toBe('false');
  expect(app.pageErrors).toEqual([]);
});

test('find matches a phrase across a wrapped line break, typed with a space', async () => {
  const app = await launchApp();
  const { page } = app;
  await importThroughDialog(app, [WIRE_COPY]);
  await openDocument(page, DOC);
  await page.getByRole('searchbox', { name: 'Find in document' }).fill('said it would ask');
  await page.keyboard.press('Enter');
  await page.keyboard.press('1');
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as pledge.' }).waitFor();
  await expect.poll(() => highlightedTexts(page)).toEqual(['said it\nwould ask']);
});

test('a document whose paragraphs are single lines has nothing to reflow', async () => {
  const app = await launchApp();
  const { page } = app;
  await importThroughDialog(app, [PRIMARY_NIGHT]);
  await openDocument(page, 'primary-night');
  await expect.poll(() => page.getByRole('button', { name: 'Reflow lines' }).isDisabled()).toBe(true);
  expect(await page.getByRole('button', { name: 'Reflow lines' }).getAttribute('aria-pressed')).toBe('false');
});

test('the reading width sets the text column, and each project remembers its own', async () => {
  const app = await launchApp();
  const { page } = app;
  // Wide enough a window that every width fits beside the side panels.
  await page.setViewportSize({ width: 2200, height: 900 });
  await importThroughDialog(app, [pressPaths()[4]!]);
  await openDocument(page, '04-progressive-magazine');
  const widths = page.getByRole('radiogroup', { name: 'Reading width' });
  const textWidth = () => page.getByRole('document', { name: /^Text of/ }).evaluate((el) => el.getBoundingClientRect().width);
  expect(await widths.getByRole('radio', { name: 'Medium' }).isChecked()).toBe(true);
  const measured: Record<string, number> = {};
  let previous = await textWidth();
  for (const name of ['Narrow', 'Medium', 'Wide', 'Full']) {
    await widths.getByRole('radio', { name }).check();
    if (name !== 'Medium') await expect.poll(textWidth).not.toBe(previous);
    measured[name] = previous = await textWidth();
  }
  expect(measured.Narrow).toBeLessThan(measured.Medium!);
  expect(measured.Medium).toBeLessThan(measured.Wide!);
  expect(measured.Wide).toBeLessThan(measured.Full!);

  // From the keyboard, as a radio group: the arrow keys move the choice.
  await widths.getByRole('radio', { name: 'Full' }).focus();
  await page.keyboard.press('ArrowLeft');
  expect(await widths.getByRole('radio', { name: 'Wide' }).isChecked()).toBe(true);
  await widths.getByRole('radio', { name: 'Narrow' }).check();

  // Another project reads at its own width; back in the first, it is narrow again, after a reload too.
  await createProject(page, 'Second study');
  await importThroughDialog(app, [pressPaths()[3]!]);
  await openDocument(page, '03-gazette-news');
  expect(await widths.getByRole('radio', { name: 'Medium' }).isChecked()).toBe(true);
  await switchToProject(page, 'My project');
  await openDocument(page, '04-progressive-magazine');
  expect(await widths.getByRole('radio', { name: 'Narrow' }).isChecked()).toBe(true);
  await page.reload();
  await openDocument(page, '04-progressive-magazine');
  expect(await widths.getByRole('radio', { name: 'Narrow' }).isChecked()).toBe(true);
  expect(await textWidth()).toBe(measured.Narrow);
  expect(app.pageErrors).toEqual([]);
});
