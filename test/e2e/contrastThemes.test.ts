// What a researcher sees on screen, read off the pixels: coded passages, where they are and what is
// chosen, in a contrast theme (Windows' forced colours, where the system replaces the page's colours
// with the few the reader chose), and the codebook's tenth code, the first whose underline is a wave;
// and, when the system asks for more contrast, the contrast of every text and of buttons' edges.
import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { importThroughDialog, openDocument, phraseLines, selectWithMouse } from './actions';
import { PRIMARY_NIGHT } from '../fixtures/reading';
import { axeViolations } from './axe';

type Rgb = [number, number, number];
interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

test('in a contrast theme, coded passages keep a tint in the system’s colours, each code its underline and pattern in the text’s colour, and the stripes and swatches their colours', async () => {
  const app = await coded([
    ['Eastvale answered', '1', 'pledge'],
    ['mass incarceration', '4', 'metric'],
  ]);
  const { page } = app;
  // Chromium's own contrast theme: black text on a white page, selection colour blue.
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'light' });
  const { canvas, text } = await systemColors(page);

  // Words with no letter reaching below the baseline, where the lines are.
  for (const [phrase, pattern] of [['Eastvale answered', 'solid'], ['mass incarceration', 'dashed']] as const) {
    const words = await wordsArea(page, phrase);
    // Behind the words: neither the page's colour nor the text's, the tint drawn in their place.
    const behind = mostFrequent(await pixels(page, words));
    expect(distance(behind, canvas)).toBeGreaterThan(30);
    expect(distance(behind, text)).toBeGreaterThan(30);
    // Below the words, the code's line in the text's colour: unbroken for pledge, in dashes for metric.
    const line = await underlineRow(page, phrase);
    const ink = line.map((pixel) => distance(pixel, text) < 60);
    const share = ink.filter(Boolean).length / ink.length;
    if (pattern === 'solid') expect(share).toBeGreaterThan(0.9);
    else {
      expect(share).toBeGreaterThan(0.3);
      expect(share).toBeLessThan(0.8);
    }
  }

  // The stripes beside the text and the codes' swatches keep their colours, edged in the text's.
  for (const element of [page.locator('.coding-stripe').first(), page.getByRole('button', { name: 'Apply metric' }).locator('.swatch')]) {
    expect(distance(await fillOf(page, element), canvas)).toBeGreaterThan(30);
  }
  expect(app.pageErrors).toEqual([]);
});

test('the tenth code’s underline is a wave in its colour, and in a contrast theme in the text’s', async () => {
  // Codes five to ten made from the quick-code palette, each on a passage of its own; the tenth's words
  // reach nowhere below their baseline, so that no letter's tail is taken for the line.
  const passages = ['Eastvale answered', 'civil rights lawyer', 'district attorney', 'solidly blue city', 'protect rights', 'tenant unions'];
  const app = await coded([]);
  const { page } = app;
  for (const [i, phrase] of passages.entries()) {
    await selectWithMouse(page, phrase);
    await page.keyboard.press('/');
    const palette = page.getByRole('combobox', { name: 'Quick code' });
    await palette.fill(`theme ${i + 5}`);
    await palette.press('Enter');
    await page.getByRole('status', { name: 'Status' }).filter({ hasText: `Created the code “theme ${i + 5}”` }).waitFor();
  }
  const waved = passages.at(-1)!;
  // The code's colour, as its swatch in the codebook shows it.
  const codeColor = rgbOf(await page.getByRole('button', { name: 'Apply theme 10' }).locator('.swatch').evaluate((swatch) => getComputedStyle(swatch).backgroundColor));
  const wave = async (ink: Rgb) => {
    const png = await pixels(page, await underlineArea(page, waved, 5));
    // The columns' lowest inked row: a wave rises and falls along the line; a straight line does not.
    const rows = new Set<number>();
    for (let x = 0; x < png.width; x++) {
      for (let y = png.length / png.width - 1; y >= 0; y--) {
        if (distance(png[y * png.width + x]!, ink) < 80) {
          rows.add(y);
          break;
        }
      }
    }
    return rows.size;
  };
  expect(await wave(codeColor)).toBeGreaterThanOrEqual(2);

  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'light' });
  const { text } = await systemColors(page);
  expect(await wave(text)).toBeGreaterThanOrEqual(2);
  expect(app.pageErrors).toEqual([]);
});

test('in a contrast theme, the place the researcher is in, the open document, a ticked row, the menu entry under the keys and the panes’ edges show in the system’s colours', async () => {
  const app = await coded([]);
  const { page } = app;
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'light' });
  const { canvas, highlight } = await systemColors(page);
  const near = (a: Rgb, b: Rgb) => distance(a, b) < 30;

  // The Code place, where the researcher is, in the selection's colour; the others on the page's.
  const places = page.getByRole('navigation', { name: 'Places' });
  expect(near(await fillOf(page, places.getByRole('button', { name: 'Code' })), highlight)).toBe(true);
  expect(near(await fillOf(page, places.getByRole('button', { name: 'Library' })), canvas)).toBe(true);
  // The open document, in the list of documents.
  expect(near(await fillOf(page, page.getByRole('navigation', { name: /Documents/ }).getByRole('row', { name: 'primary-night' })), highlight)).toBe(true);
  // The edge between two panes is drawn.
  expect(near(await fillOf(page, page.getByRole('separator', { name: 'Resize the documents pane' })), canvas)).toBe(false);

  // In the Library, a document's box is empty until ticked, then filled, and its row shown chosen.
  await places.getByRole('button', { name: 'Library' }).click();
  const table = page.getByRole('main', { name: /^Library/ }).getByRole('grid', { name: 'Documents' });
  const row = table.getByRole('row', { name: /primary-night/ });
  const tick = row.getByRole('checkbox', { name: 'Select primary-night' });
  // The box is drawn in the middle of its cell, which the checkbox covers whole to take the click.
  expect(near(await centreOf(page, tick), await fillOf(page, row))).toBe(true);
  await tick.check();
  await page.getByRole('region', { name: 'Selected documents' }).getByText('1 selected').waitFor();
  expect(near(await fillOf(page, row), highlight)).toBe(true);
  expect(distance(await centreOf(page, tick), highlight)).toBeGreaterThan(60);

  // The command palette's entry under the keys.
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('go to lib');
  await page.keyboard.press('ArrowDown');
  const entry = page.getByRole('dialog', { name: 'Command palette' }).getByRole('menuitem', { name: /Go to Library/ });
  await expect.poll(() => entry.evaluate((item) => item.matches('[data-focused]'))).toBe(true);
  expect(near(await fillOf(page, entry), highlight)).toBe(true);
  expect(app.pageErrors).toEqual([]);
});

test('when the system asks for more contrast, every text in each place meets the enhanced level (7:1) and the edges of buttons stand out (3:1), light and dark', async () => {
  const app = await coded([['Eastvale answered', '1', 'pledge']]);
  const { page } = app;
  const places = page.getByRole('navigation', { name: 'Places' });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, contrast: 'more' });
    for (const place of ['Code', 'Library', 'Retrieve', 'Compare', 'Agreement', 'Backups']) {
      await places.getByRole('button', { name: place }).click();
      await expect.poll(() => places.getByRole('button', { name: place }).getAttribute('aria-current')).toBe('page');
      expect(await axeViolations(page, { rules: ['color-contrast-enhanced'] }), `${place}, ${colorScheme}`).toEqual([]);
    }
    // A button's edge against its fill (the Backups place is the last one shown).
    const [edge, fill] = await page.getByRole('button', { name: 'Back up now' }).evaluate((button) => {
      const style = getComputedStyle(button);
      return [style.borderTopColor, style.backgroundColor];
    });
    expect(contrastRatio(rgbOf(edge), rgbOf(fill)), colorScheme).toBeGreaterThanOrEqual(3);
  }
  expect(app.pageErrors).toEqual([]);
});

/** A new window with the night-primary article open and `codings` applied by key. */
async function coded(codings: Array<[phrase: string, key: string, code: string]>): Promise<App> {
  const app = await launchApp();
  const { page } = app;
  await page.setViewportSize({ width: 1600, height: 900 });
  await importThroughDialog(app, [PRIMARY_NIGHT]);
  await openDocument(page, 'primary-night');
  for (const [phrase, key, code] of codings) {
    await selectWithMouse(page, phrase);
    await page.keyboard.press(key);
    await page.getByRole('status', { name: 'Status' }).filter({ hasText: `as ${code}.` }).waitFor();
  }
  // The caret away from the codings, so that none of them is the chosen one, emphasised.
  await page.getByRole('searchbox', { name: 'Find in document' }).focus();
  return app;
}

/** The page's, the text's and the selection's colours as the theme in force makes them. */
async function systemColors(page: Page): Promise<{ canvas: Rgb; text: Rgb; highlight: Rgb }> {
  const colors = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.cssText = 'background: Canvas; color: CanvasText; border-top: 1px solid Highlight';
    document.body.append(probe);
    const { backgroundColor, color, borderTopColor } = getComputedStyle(probe);
    probe.remove();
    return { backgroundColor, color, borderTopColor };
  });
  const canvas = rgbOf(colors.backgroundColor);
  // Chromium's own theme has a selection colour seen through (Windows' are solid): as painted on the page.
  const alpha = Number(colors.borderTopColor.match(/rgba\(.*,\s*([\d.]+)\)/u)?.[1] ?? 1);
  const highlight = rgbOf(colors.borderTopColor).map((channel, i) => Math.round(alpha * channel + (1 - alpha) * canvas[i]!)) as Rgb;
  return { canvas, text: rgbOf(colors.color), highlight };
}

/** The colour most of `element` is painted in, its edges left out. */
async function fillOf(page: Page, element: Locator): Promise<Rgb> {
  const box = (await element.boundingBox())!;
  return mostFrequent(await pixels(page, { x: box.x + 2, y: box.y + 2, width: Math.max(1, box.width - 4), height: Math.max(1, box.height - 4) }));
}

/** The colour at the middle of `element`. */
async function centreOf(page: Page, element: Locator): Promise<Rgb> {
  const box = (await element.boundingBox())!;
  return mostFrequent(await pixels(page, { x: box.x + box.width / 2 - 1, y: box.y + box.height / 2 - 1, width: 2, height: 2 }));
}

/** The words of `phrase` on its first line, less a pixel at the edges. */
async function wordsArea(page: Page, phrase: string): Promise<Area> {
  const [line] = await phraseLines(page, phrase);
  return { x: line!.left + 1, y: line!.top + 1, width: line!.right - line!.left - 2, height: line!.bottom - line!.top - 2 };
}

/** The strip under the first line of `phrase`'s words where its code's line is drawn, `height` px tall. */
async function underlineArea(page: Page, phrase: string, height: number): Promise<Area> {
  const [line] = await phraseLines(page, phrase);
  const top = await page.evaluate((length) => {
    const group = [...document.querySelectorAll<HTMLElement>('.highlight-layer > .hl')].find((g) => Number(g.dataset.end) - Number(g.dataset.start) === length)!;
    const box = group.firstElementChild!;
    return box.getBoundingClientRect().top + parseFloat(getComputedStyle(box, '::after').top);
  }, phrase.length);
  return { x: line!.left + 1, y: Math.round(top), width: line!.right - line!.left - 2, height };
}

/** The pixels of the top row of `phrase`'s code line (2 px thick). */
async function underlineRow(page: Page, phrase: string): Promise<Rgb[]> {
  return pixels(page, await underlineArea(page, phrase, 1));
}

/** The pixels of `area` (rounded to whole pixels), row after row. */
async function pixels(page: Page, area: Area): Promise<Rgb[] & { width: number }> {
  const clip = { x: Math.round(area.x), y: Math.round(area.y), width: Math.max(1, Math.round(area.width)), height: Math.max(1, Math.round(area.height)) };
  const png = PNG.sync.read(await page.screenshot({ clip, animations: 'disabled', caret: 'hide' }));
  const out: Rgb[] = [];
  for (let i = 0; i < png.width * png.height; i++) out.push([png.data[i * 4]!, png.data[i * 4 + 1]!, png.data[i * 4 + 2]!]);
  return Object.assign(out, { width: png.width });
}

function mostFrequent(list: Rgb[]): Rgb {
  const counts = new Map<string, number>();
  for (const pixel of list) counts.set(pixel.join(), (counts.get(pixel.join()) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return top.split(',').map(Number) as Rgb;
}

/** WCAG's contrast ratio of two colours. */
function contrastRatio(a: Rgb, b: Rgb): number {
  const luminance = (rgb: Rgb) => {
    const [r, g, b] = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as Rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function distance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

function rgbOf(css: string): Rgb {
  return (css.match(/\d+(\.\d+)?/gu) ?? []).slice(0, 3).map(Number) as Rgb;
}
