// Layout a researcher sees at a glance, measured where a screenshot would only show it: the Library's
// rows sit right under their header, each cell's content on the row's middle line; Compare's chart
// follows its table with no empty band, the document filter names each attribute once, and the views
// of the table are tabs that the arrow keys move between.
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';

let app: App | undefined;

test('the Library grid: the first row starts under the header, and every cell of a row is centred on the row', async () => {
  app = await launchApp({ welcome: 'sample' });
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.keyboard.press('Control+1');
  const grid = page.getByRole('main', { name: /^Library/ }).getByRole('grid', { name: 'Documents' });
  await expect.poll(() => grid.getByRole('row').count()).toBe(5);
  const header = grid.getByRole('row').first();
  const first = grid.getByRole('row').nth(1);
  const [headerBox, firstBox] = [await header.boundingBox(), await first.boundingBox()];
  expect(Math.abs(firstBox!.y - (headerBox!.y + headerBox!.height))).toBeLessThanOrEqual(1);

  for (const row of [header, first]) {
    // How far the middle of each cell's content (its text, or the drawn checkbox) is from the row's.
    const offsets = await row.evaluate((element) => {
      const middle = (rect: DOMRect) => rect.top + rect.height / 2;
      const rowMiddle = middle(element.getBoundingClientRect());
      return [...element.querySelectorAll('[role="columnheader"], [role="gridcell"], [role="rowheader"]')].flatMap((cell) => {
        // The text as drawn (its line box), not the boxes around it; a cell without text, its checkbox;
        // an empty cell (a value a document does not have) draws nothing to centre.
        const text = [...cell.querySelectorAll('*'), cell].flatMap((node) => [...node.childNodes]).find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
        const drawn = text ? null : cell.querySelector('[aria-hidden="true"]');
        if (!text && !drawn) return [];
        let rect: DOMRect;
        if (text) {
          const range = document.createRange();
          range.selectNodeContents(text);
          rect = range.getBoundingClientRect();
        } else rect = drawn!.getBoundingClientRect();
        return [{ cell: cell.textContent?.trim() || '(checkbox)', offset: Math.round(middle(rect) - rowMiddle) }];
      });
    });
    expect(offsets.length).toBeGreaterThan(5);
    for (const { cell, offset } of offsets) expect(Math.abs(offset), `${cell} is ${offset} px off the row's middle`).toBeLessThanOrEqual(2);
  }
  expect(app.pageErrors).toEqual([]);
});

test('Compare: the chart follows the table, each attribute of the document filter is named once, and the views are tabs', async () => {
  app = await launchApp({ welcome: 'sample' });
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Compare' }).click();
  const place = page.getByRole('main', { name: 'Compare' });
  const table = place.getByRole('table', { name: 'Passages' });
  await table.waitFor();
  const chart = place.getByRole('region', { name: 'Chart' });
  const [tableBox, chartBox] = [await table.boundingBox(), await chart.boundingBox()];
  const band = chartBox!.y - (tableBox!.y + tableBox!.height);
  expect(band).toBeGreaterThanOrEqual(0);
  expect(band).toBeLessThanOrEqual(24);

  // "genre" once, as the fold's summary; its values still form a group of that name.
  const settings = place.getByRole('form', { name: 'Table settings' });
  expect(await settings.getByText('genre', { exact: true }).count()).toBe(1);
  await expect.poll(() => settings.getByRole('group', { name: 'genre', exact: true }).getByRole('checkbox').count()).toBeGreaterThan(1);

  // The views: arrows move between the tabs, Enter shows the one reached.
  const views = place.getByRole('tablist', { name: 'Table' });
  const groups = views.getByRole('tab', { name: 'Codes by groups' });
  const cooccurrence = views.getByRole('tab', { name: 'Codes by codes (co-occurrence)' });
  expect(await groups.getAttribute('aria-selected')).toBe('true');
  await groups.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => cooccurrence.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => cooccurrence.getAttribute('aria-selected')).toBe('true');
  await place.getByRole('region', { name: 'Co-occurrence' }).waitFor();
  expect(await table.count()).toBe(0);
  expect(app.pageErrors).toEqual([]);
});
