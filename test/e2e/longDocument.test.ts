// A long document: highlights and stripes are drawn for the codings near the screen, and follow the
// reader as they scroll; lists and exports still hold every coding.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './app';
import { exportCsv, highlightedTexts, importThroughDialog, openDocument } from './actions';
import { readCsv } from './corpus';
import { SECTION_PARAGRAPHS } from '../../renderer/features/coding/documentNodes';

let app: App | undefined;

/** “minutes”: 600 paragraphs, far longer than the screen. */
const MINUTES = Array.from({ length: 600 }, (_, i) => `Paragraph ${i + 1}: the council debated the transit budget again, with figures from every district.`).join('\n\n');

/** Imports and opens “minutes”. */
async function importMinutes(app: App): Promise<void> {
  const path = join(app.dataDir, 'minutes.txt');
  await writeFile(path, MINUTES);
  await importThroughDialog(app, [path]);
  await openDocument(app.page, 'minutes');
}

async function findAndCode(page: Page, phrase: string, key: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Find in document' }).fill(phrase);
  await page.getByRole('searchbox', { name: 'Find in document' }).press('Enter');
  await page.keyboard.press(key);
  await expect.poll(() => page.getByRole('status', { name: 'Status' }).innerText()).toContain(`Coded “${phrase}”`);
}

test('codings at both ends of a long document: drawn when near the screen, all of them listed and exported', async () => {
  app = await launchApp();
  const { page } = app;
  await importMinutes(app);

  await findAndCode(page, 'Paragraph 2:', '1');
  await findAndCode(page, 'Paragraph 599:', '2');
  // The far end is on screen now: its highlight and stripe are drawn, the beginning's are not.
  await expect.poll(() => highlightedTexts(page)).toEqual(['Paragraph 599:']);
  await expect.poll(() => page.locator('.coding-stripe').count()).toBe(1);
  expect(await page.getByRole('heading', { name: /^Coded passages/ }).innerText()).toBe('Coded passages (2)');

  // Back to the top: the beginning's highlight comes back.
  await page.getByRole('document', { name: 'Text of minutes' }).evaluate((el) => el.closest('.document-scroll')!.scrollTo({ top: 0 }));
  await expect.poll(() => highlightedTexts(page)).toEqual(['Paragraph 2:']);

  const csv = join(app.dataDir, 'minutes.csv');
  await exportCsv(app, csv);
  expect(readCsv(csv).map((row) => row.text)).toEqual(['Paragraph 2:', 'Paragraph 599:']);
  expect(app.pageErrors).toEqual([]);
});

test('opening a long document draws only the codings near the screen, from its first frame on', async () => {
  app = await launchApp();
  const { page } = app;
  await importMinutes(app);
  await findAndCode(page, 'Paragraph 2:', '1');
  await findAndCode(page, 'Paragraph 599:', '2');

  // Opened again after a restart, at its top: every frame until the beginning's highlight shows is
  // watched. The far end's coding is never drawn, not even before the screen knows what is visible
  // (drawing all of a document's codings for a frame would cost thousands of ranges and stripes).
  await page.reload();
  await page.evaluate(() => {
    const seen = new Set<string>();
    let stripes = 0;
    const watch = () => {
      for (const group of document.querySelectorAll<HTMLElement>('.highlight-layer > .hl')) seen.add(`${group.dataset.start}-${group.dataset.end}`);
      stripes = Math.max(stripes, document.querySelectorAll('.coding-stripe').length);
      (window as unknown as { openWatch: unknown }).openWatch = { seen: [...seen], stripes };
      requestAnimationFrame(watch);
    };
    watch();
  });
  await openDocument(page, 'minutes');
  const watched = async () => {
    const { seen, stripes } = await page.evaluate(() => (window as unknown as { openWatch: { seen: string[]; stripes: number } }).openWatch);
    return { seen: seen.map((drawn) => MINUTES.slice(...(drawn.split('-').map(Number) as [number, number]))), stripes };
  };
  await expect.poll(watched).toEqual({ seen: ['Paragraph 2:'], stripes: 1 });
  expect(await page.getByRole('heading', { name: /^Coded passages/ }).innerText()).toBe('Coded passages (2)');
  expect(app.pageErrors).toEqual([]);
});

test('a passage selected by keyboard across the place where the text is split into sections is coded exactly', async () => {
  app = await launchApp();
  const { page } = app;
  await importMinutes(app);
  // The text is drawn in sections of SECTION_PARAGRAPHS paragraphs (documentNodes.ts): paragraph 32
  // ends the first section, paragraph 33 begins the second.
  const last = `Paragraph ${SECTION_PARAGRAPHS}:`;
  await page.getByRole('searchbox', { name: 'Find in document' }).fill(last);
  await page.getByRole('searchbox', { name: 'Find in document' }).press('Enter');
  await page.keyboard.press('ArrowRight');
  // Word by word, to the end of the paragraph and over the break (several presses) into the next one.
  for (let i = 0; i < 18; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('1');
  await expect.poll(() => page.getByRole('status', { name: 'Status' }).innerText()).toContain('Coded “');
  const csv = join(app.dataDir, 'across.csv');
  await exportCsv(app, csv);
  const [coded] = readCsv(csv).map((row) => row.text);
  expect(coded).toMatch(new RegExp(`^the council debated .* every district\\.\\n\\nParagraph ${SECTION_PARAGRAPHS + 1}:$`));
  expect(app.pageErrors).toEqual([]);
});
