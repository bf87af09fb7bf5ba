// Highlights are boxes drawn behind the text (renderer/features/coding/highlightLayer.ts): these
// tests check where they land, as a reader sees them. Each coded passage's tint covers exactly the
// lines of its words, line by line where it wraps, with its code's underline below the words, and
// the boxes follow the text wherever it is laid out anew: at another reading width, reflowed or not,
// and in a long text whose sections are laid out as the reader scrolls.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { importThroughDialog, openDocument, phraseLines, selectWithMouse } from './actions';
import { PRIMARY_NIGHT, WIRE_COPY } from '../fixtures/reading';

const SHORT = 'Eastvale answered';
// Long enough to wrap at every reading width.
const LONG = "the state's attorney general threatened to cut support to police departments that do not cooperate with federal immigration officers";

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The lines of `phrase`'s words, and the boxes of the highlight drawn for the coding on it, on screen. */
async function linesAndBoxes(page: Page, phrase: string): Promise<{ lines: Box[]; boxes: Box[]; underlines: Box[] }> {
  const lines = (await phraseLines(page, phrase)).map(rounded);
  const drawn = await page.evaluate((length) => {
    const group = [...document.querySelectorAll<HTMLElement>('.highlight-layer > .hl')].find((g) => Number(g.dataset.end) - Number(g.dataset.start) === length)!;
    return [...group.children].map((child) => {
      const { left, top, right, bottom } = child.getBoundingClientRect();
      // The underline is the box's ::after: where it is, from its computed offset within the box.
      const line = getComputedStyle(child, '::after');
      const lineTop = top + parseFloat(line.top);
      return { box: { left, top, right, bottom }, underline: { left, top: lineTop, right, bottom: lineTop + parseFloat(line.borderTopWidth) } };
    });
  }, phrase.length);
  return { lines, boxes: drawn.map((d) => rounded(d.box)), underlines: drawn.map((d) => rounded(d.underline)) };
}

function rounded({ left, top, right, bottom }: Box): Box {
  return { left: Math.round(left), top: Math.round(top), right: Math.round(right), bottom: Math.round(bottom) };
}

/** Lines that follow each other within a pixel: a wrapped passage's boxes may split a line at a space. */
function sameLines(boxes: Box[], lines: Box[]): void {
  const rows = (list: Box[]) => {
    const byTop = new Map<number, Box>();
    for (const b of list) {
      const row = [...byTop.keys()].find((top) => Math.abs(top - b.top) <= 1);
      if (row === undefined) byTop.set(b.top, { ...b });
      else {
        const r = byTop.get(row)!;
        byTop.set(row, { left: Math.min(r.left, b.left), top: r.top, right: Math.max(r.right, b.right), bottom: Math.max(r.bottom, b.bottom) });
      }
    }
    return [...byTop.values()].sort((a, b) => a.top - b.top);
  };
  const drawn = rows(boxes);
  const text = rows(lines);
  expect(drawn).toHaveLength(text.length);
  drawn.forEach((row, i) => {
    for (const side of ['left', 'top', 'bottom'] as const) expect(Math.abs(row[side] - text[i]![side])).toBeLessThanOrEqual(1);
    // The drawn line may take in the space where the text wraps, not more.
    expect(row.right - text[i]!.right).toBeGreaterThanOrEqual(-1);
    expect(row.right - text[i]!.right).toBeLessThanOrEqual(8);
  });
}

test('a coded passage’s tint covers the lines of its words, its underline is below them, and both follow the text to another width', async () => {
  const app = await openedIn(2200, PRIMARY_NIGHT, 'primary-night');
  const { page } = app;
  for (const [phrase, key, code] of [[SHORT, '4', 'metric'], [LONG, '1', 'pledge']] as const) {
    await selectWithMouse(page, phrase);
    await page.keyboard.press(key);
    await page.getByRole('status', { name: 'Status' }).filter({ hasText: `as ${code}.` }).waitFor();
  }

  const short = await linesAndBoxes(page, SHORT);
  expect(short.lines).toHaveLength(1);
  sameLines(short.boxes, short.lines);
  // Below the words' baseline, within the line's own box: never over the next line's words.
  for (const underline of short.underlines) {
    expect(underline.top).toBeGreaterThan(short.lines[0]!.bottom - 8);
    expect(underline.bottom).toBeLessThanOrEqual(short.lines[0]!.bottom + 10);
  }

  const widths = page.getByRole('radiogroup', { name: 'Reading width' });
  for (const width of ['Wide', 'Narrow']) {
    await widths.getByRole('radio', { name: width }).check();
    // Laid out anew, the long passage wraps elsewhere: its boxes are where its words now are.
    await expect.poll(() => drawnOverItsWords(page, LONG)).toBe(true);
    expect((await linesAndBoxes(page, LONG)).lines.length).toBeGreaterThan(1);
  }
  expect(app.pageErrors).toEqual([]);
});

test('the boxes and the stripe follow a hard-wrapped text shown with its own line breaks and reflowed again', async () => {
  const app = await openedIn(1600, WIRE_COPY, 'wire-copy');
  const { page } = app;
  const phrase = 'that it would stop';
  await selectWithMouse(page, phrase);
  await page.keyboard.press('2');
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as claim.' }).waitFor();
  const reflowed = (await phraseLines(page, phrase))[0]!;
  expect(await drawnOverItsWords(page, phrase)).toBe(true);

  // The coding's stripe beside the text spans the same lines (measured a frame after the boxes).
  const stripeBesideItsWords = async () => {
    const [stripe] = await page.locator('.coding-stripe').evaluateAll((stripes) => stripes.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    const lines = await phraseLines(page, phrase);
    return Math.abs(stripe!.top - lines[0]!.top) < 4 && Math.abs(stripe!.bottom - lines.at(-1)!.bottom) < 4;
  };
  await expect.poll(stripeBesideItsWords).toBe(true);

  const toggle = page.getByRole('button', { name: 'Reflow lines' });
  for (const pressed of ['false', 'true']) {
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe(pressed);
    await expect.poll(() => drawnOverItsWords(page, phrase)).toBe(true);
    await expect.poll(stripeBesideItsWords).toBe(true);
  }
  // Not reflowed, the words were elsewhere: the boxes moved with them and back.
  expect((await phraseLines(page, phrase))[0]).toEqual(reflowed);
  expect(app.pageErrors).toEqual([]);
});

test('in a long document, passages coded far down and near the top are drawn over their words as the reader scrolls between them', async () => {
  const app = await launchApp();
  const { page } = app;
  // Sections of the text are laid out only near the screen (documentNodes.ts): until then they take
  // an estimated height, and the text moves when they are laid out.
  const minutes = Array.from({ length: 600 }, (_, i) => `Paragraph ${i + 1}: the council debated the transit budget again, with figures from every district.`).join('\n\n');
  const path = join(app.dataDir, 'minutes.txt');
  await writeFile(path, minutes);
  await importThroughDialog(app, [path]);
  await openDocument(page, 'minutes');
  const find = page.getByRole('searchbox', { name: 'Find in document' });
  for (const [phrase, key] of [['Paragraph 599:', '1'], ['Paragraph 2:', '2'], ['Paragraph 300:', '3']] as const) {
    await find.fill(phrase);
    await find.press('Enter');
    await page.keyboard.press(key);
    await expect.poll(() => page.getByRole('status', { name: 'Status' }).innerText()).toContain(`Coded “${phrase}”`);
    await expect.poll(() => drawnOverItsWords(page, phrase)).toBe(true);
  }
  expect(app.pageErrors).toEqual([]);
});

/** A new window `width` pixels wide, with the document at `path` imported and open. */
async function openedIn(width: number, path: string, title: string): Promise<App> {
  const app = await launchApp();
  await app.page.setViewportSize({ width, height: 900 });
  await importThroughDialog(app, [path]);
  await openDocument(app.page, title);
  return app;
}

/** Whether the highlight of the coding on `phrase` is drawn, line for line, over the phrase's words. */
async function drawnOverItsWords(page: Page, phrase: string): Promise<boolean> {
  const { lines, boxes } = await linesAndBoxes(page, phrase);
  try {
    sameLines(boxes, lines);
    return true;
  } catch {
    return false;
  }
}
