// The window's shell: the layout bugs of issue 9, each as a researcher meets it; the layout at two
// window sizes; and an accessibility check (axe-core) of every place and open dialog.
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { describedText, openDocument, selectWithMouse, showSidePanel, tabTo, type SidePanel } from './actions';
import { chooseOption } from './choose';
import { filterDocuments, valueList, valueOf } from './documentFilter';
import { projectMenu } from './projectSwitcher';
import { axeViolations } from './axe';

let app: App | undefined;

const SAMPLE_DOC = 'The Riverton Ledger: Okafor\'s housing plan wins praise from tenant groups';

/** The window scrolls sideways (its content is wider than it). */
async function windowScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth > document.scrollingElement!.clientWidth);
}

/**
 * The header's controls on one row, each whole inside it: the header neither wraps nor scrolls. A
 * header's row holds controls of different heights; a second row would start below the first's tops.
 */
async function headerInOneRow(page: Page): Promise<boolean> {
  return page.getByRole('banner').evaluate((header) => {
    const frame = header.getBoundingClientRect();
    const boxes = [...header.querySelectorAll('h1, button, input, [role="note"]')].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0);
    const lowestTop = Math.max(...boxes.map((r) => r.top));
    const shortest = Math.min(...boxes.map((r) => r.height));
    return (
      header.scrollWidth <= header.clientWidth &&
      boxes.every((r) => r.left >= frame.left && r.right <= frame.right + 0.5 && r.bottom <= frame.bottom + 0.5) &&
      lowestTop - Math.min(...boxes.map((r) => r.top)) < shortest
    );
  });
}

/** Popovers, menus and tooltips that leave the window, by their accessible role. */
async function overlaysOutsideWindow(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[role="menu"], [role="dialog"], [role="tooltip"], [role="listbox"], .menu-popover, .quick-code')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5);
      })
      .map((el) => el.getAttribute('aria-label') ?? el.className),
  );
}

/** The space between the bottom of the place's screen and the top of the status bar, in pixels. */
async function gapAboveStatusBar(page: Page): Promise<number> {
  return page.evaluate(() => {
    const screen = document.querySelector('.place-screen > *')!.getBoundingClientRect();
    const status = document.querySelector('[role="status"][aria-label="Status"]')!.getBoundingClientRect();
    return status.top - screen.bottom;
  });
}

test('the status bar takes only its own row: the screen fills the height in Library, an empty project and Code without a document', async () => {
  app = await launchApp();
  const { page } = app;
  const status = page.getByRole('status', { name: 'Status' });
  // Empty project, Code place, no document open.
  expect(await gapAboveStatusBar(page)).toBeLessThanOrEqual(1);
  expect((await status.boundingBox())!.height).toBeLessThan(60);
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('heading', { name: /^Library/ }).waitFor();
  expect(await gapAboveStatusBar(page)).toBeLessThanOrEqual(1);
  expect((await status.boundingBox())!.height).toBeLessThan(60);
});

test('the library with six attribute columns at 1400 px scrolls inside its table, not the window; an empty search says so', async () => {
  app = await launchApp({ welcome: 'sample' });
  const { page } = app;
  await page.setViewportSize({ width: 1400, height: 800 });
  await page.getByRole('button', { name: 'Library' }).click();
  // Three more attributes beside the sample's three, all shown as columns.
  for (const name of ['interviewer', 'region', 'wave']) {
    await page.getByRole('button', { name: 'New attribute…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill(`${name} of the respondent`);
    await dialog.getByRole('button', { name: /^(Add|Create)/ }).click();
    await dialog.waitFor({ state: 'detached' });
  }
  for (const name of ['Author', 'Date', 'Source', 'URL']) await page.getByRole('checkbox', { name, exact: true }).check();
  await expect.poll(() => page.getByRole('columnheader').count()).toBeGreaterThanOrEqual(13);
  expect(await windowScrollsSideways(page)).toBe(false);
  expect(await page.getByRole('grid', { name: 'Documents' }).evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

  // Ctrl+F in the Library goes to its search.
  await page.getByRole('button', { name: 'Library' }).focus();
  await page.keyboard.press('Control+F');
  await page.keyboard.type('zebra crossing');
  expect(await page.getByLabel('Search titles and text').inputValue()).toBe('zebra crossing');
  await expect.poll(() => page.getByRole('note').innerText()).toContain('No document matches “zebra crossing”');
});

test('Ctrl+F from anywhere in Code finds in the text; Ctrl+A after a button click does not select the window; “1 coding”; Code’s message does not follow into Library', async () => {
  app = await launchApp({ welcome: 'sample' });
  const { page } = app;
  await openDocument(page, SAMPLE_DOC);
  // One coding on the document: the list says "1 coding".
  await selectWithMouse(page, 'boldest housing proposal');
  await page.getByRole('button', { name: 'Apply claim' }).click();
  const status = page.getByRole('status', { name: 'Status' });
  await expect.poll(() => status.innerText()).toContain('as claim');
  const newsList = page.getByRole('navigation', { name: /Documents/ });
  await expect.poll(() => newsList.getByRole('row', { name: /^The Riverton Ledger/ }).innerText()).toMatch(/· 2 codings$/);
  await expect.poll(() => newsList.getByRole('row', { name: /^Channel 7 Riverton/ }).innerText()).toMatch(/· 0 codings$/);
  await page.keyboard.press('Control+Z');
  await expect.poll(() => newsList.getByRole('row', { name: /^The Riverton Ledger/ }).innerText()).toMatch(/· 1 coding$/);

  // The focus on a button of the codebook, not in the text.
  await page.getByRole('button', { name: 'New code' }).focus();
  await page.keyboard.press('Control+F');
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? (document.activeElement as HTMLInputElement | null)?.placeholder)).toMatch(/Find/);

  await page.getByRole('button', { name: 'Codebook', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'New code' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { name: 'Framewise' }).click();
  await page.keyboard.press('Control+A');
  const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
  expect(selected).not.toContain('Framewise');
  expect(selected).not.toContain('Documents (');

  // A message said in Code ("Undone: …") is not left standing in the Library.
  expect(await status.innerText()).not.toBe('');
  await page.keyboard.press('Control+1');
  await page.getByRole('heading', { name: /^Library/ }).waitFor();
  await expect.poll(() => status.innerText()).toBe('');
  expect(app.pageErrors).toEqual([]);
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${size.width}x${size.height}: no place scrolls the window sideways, the panes fill the height, menus stay inside`, async () => {
    app = await launchApp({ welcome: 'sample' });
    const { page } = app;
    await page.setViewportSize(size);
    await openDocument(page, SAMPLE_DOC);
    for (const place of ['Code', 'Library', 'Backups']) {
      await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: place }).click();
      await expect.poll(() => gapAboveStatusBar(page)).toBeLessThanOrEqual(1);
      expect(await windowScrollsSideways(page)).toBe(false);
      const body = await page.locator('.app').boundingBox();
      expect(body!.height).toBeLessThanOrEqual(size.height);
    }
    expect(await headerInOneRow(page)).toBe(true);
    // The project switcher's list and the project menu open inside the window.
    await page.getByRole('combobox', { name: 'Project' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('listbox', { name: 'Project' }).waitFor();
    expect(await overlaysOutsideWindow(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Project actions' }).click();
    await page.getByRole('menu', { name: 'Project actions' }).waitFor();
    expect(await overlaysOutsideWindow(page)).toEqual([]);
    await page.keyboard.press('Escape');
    // In Code, no side panel is below the fold: the codebook, codes here and the coded passages are on
    // screen, the others take turns in tabs below them, each shown whole in the window, the memo editor included.
    await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Code' }).click();
    for (const heading of [/^Codes$/, /^Codes here$/, /^Coded passages/]) {
      const box = (await page.getByRole('heading', { name: heading }).first().boundingBox())!;
      expect(box.y + box.height, String(heading)).toBeLessThanOrEqual(size.height);
    }
    const shown: [SidePanel, Locator][] = [
      ['Memos', page.getByRole('textbox', { name: /^Memo on/ })],
      ['Document info', page.getByRole('heading', { name: /Document info/ })],
      ['History', page.getByRole('heading', { name: /History/ })],
    ];
    for (const [panel, control] of shown) {
      await showSidePanel(page, panel);
      await control.first().waitFor();
      const box = (await control.first().boundingBox())!;
      expect(box.y + box.height, panel).toBeLessThanOrEqual(size.height);
      const tabPanel = (await page.getByRole('tabpanel', { name: panel }).boundingBox())!;
      expect(tabPanel.height, panel).toBeGreaterThan(120);
      expect(tabPanel.y + tabPanel.height, panel).toBeLessThanOrEqual(size.height);
    }
    // The codebook's menu, at the right edge, opens inside the window; so do the toolbar's menus.
    await page.getByRole('button', { name: 'Codebook', exact: true }).click();
    await page.getByRole('menu').first().waitFor();
    expect(await overlaysOutsideWindow(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menu', { name: 'Export' }).waitFor();
    expect(await overlaysOutsideWindow(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });
}

// Every impact, not only serious and critical: the moderate ones are a screen reader's too (a toolbar
// outside every landmark is skipped by landmark navigation; a status bar that takes the footer's role
// away leaves the window without its contentinfo).
test('axe-core finds no violation in any place or open dialog, light and dark', async () => {
  app = await launchApp({ welcome: 'sample' });
  const { page } = app;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Code' }).click();
    await openDocument(page, SAMPLE_DOC);
    expect(await axeViolations(page), `Code, ${scheme}`).toEqual([]);
    for (const place of ['Library', 'Retrieve', 'Compare', 'Agreement', 'Backups']) {
      await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: place }).click();
      await page.getByRole('main', { name: new RegExp(`^${place}`) }).waitFor();
      expect(await axeViolations(page), `${place}, ${scheme}`).toEqual([]);
    }
    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    expect(await axeViolations(page), `palette, ${scheme}`).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Appearance…' }).click();
    await page.getByRole('dialog', { name: 'Appearance' }).waitFor();
    expect(await axeViolations(page), `appearance, ${scheme}`).toEqual([]);
    await page.keyboard.press('Escape');
    await projectMenu(page, 'New project…');
    await page.getByRole('dialog').waitFor();
    expect(await axeViolations(page), `new project dialog, ${scheme}`).toEqual([]);
    await page.keyboard.press('Escape');
  }
});

test('documents in Code are filtered and sorted as in the Library, with the same controls and the same state', async () => {
  app = await launchApp({ welcome: 'sample' });
  const { page } = app;
  const documents = page.getByRole('navigation', { name: /Documents/ });
  const titles = () => documents.getByRole('row').allInnerTexts();
  // In the Library: only the right-leaning sources.
  await page.keyboard.press('Control+1');
  await filterDocuments(page, 'leaning', ['right']);
  await expect.poll(() => page.getByRole('row').count()).toBe(2);
  // In Code, the list shows just those, and says how many of how many.
  await page.keyboard.press('Control+2');
  await expect.poll(titles).toEqual([expect.stringMatching(/^The Riverton Courier/)]);
  expect(await documents.getByRole('heading').innerText()).toBe('Documents (1 of 4)');
  // Changed here, with the same filter controls: the Library follows.
  await filterDocuments(documents, 'leaning', ['left']);
  await expect.poll(titles).toEqual([expect.stringMatching(/^The Riverton Ledger/)]);
  await filterDocuments(documents, null);
  await chooseOption(documents, 'Sort by', 'Words');
  await expect.poll(async () => (await titles()).map((t) => Number(/(\d+) words/.exec(t)![1]))).toEqual([107, 145, 146, 212]);
  await documents.getByRole('button', { name: 'Ascending' }).click();
  await expect.poll(async () => (await titles()).map((t) => Number(/(\d+) words/.exec(t)![1]))).toEqual([212, 146, 145, 107]);
  await page.keyboard.press('Control+1');
  await expect.poll(() => page.getByRole('row').count()).toBe(5);
  expect(await page.getByRole('columnheader', { name: /Words/ }).getAttribute('aria-sort')).toBe('descending');
  expect(app.pageErrors).toEqual([]);
});

test('from the keyboard alone, the Code place’s documents are filtered by two values of an attribute, each value with its count', async () => {
  app = await launchApp({ welcome: 'sample' });
  const { page } = app;
  await page.keyboard.press('Control+2');
  const documents = page.getByRole('navigation', { name: /Documents/ });
  const titles = () => documents.getByRole('row').allInnerTexts();
  await tabTo(page, documents.getByText('Filter and sort'));
  await page.keyboard.press('Enter');
  // The attribute: part of its name typed in the combo box, Enter.
  const attribute = documents.getByRole('combobox', { name: 'Filter by attribute' });
  await tabTo(page, attribute);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('lean');
  await page.keyboard.press('Enter');
  await expect.poll(() => attribute.inputValue()).toBe('leaning');
  // Its values, each with how many documents have it; none chosen yet, so every document shows.
  const values = valueList(documents, 'leaning');
  const options = values.getByRole('option');
  expect(await Promise.all((await options.all()).map(async (o) => `${await valueOf(o)}: ${await describedText(o)}`))).toEqual([
    'center: 1 document',
    'left: 1 document',
    'right: 1 document',
    'subject: 1 document',
  ]);
  await expect.poll(titles).toHaveLength(4);
  // Into the list with Tab; the arrows move, Space adds the value under the focus.
  await page.keyboard.press('Tab');
  await expect.poll(() => options.first().evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(' ');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(' ');
  await expect.poll(async () => Promise.all((await values.getByRole('option', { selected: true }).all()).map(valueOf))).toEqual(['left', 'right']);
  await expect.poll(titles).toEqual([expect.stringMatching(/^The Riverton Ledger/), expect.stringMatching(/^The Riverton Courier/)]);
  expect(await documents.getByRole('heading').innerText()).toBe('Documents (2 of 4)');
  // Back to every document: "No filter", the combo box's first choice.
  await tabTo(page, attribute, { backwards: true });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('no filter');
  await page.keyboard.press('Enter');
  await expect.poll(() => attribute.inputValue()).toBe('No filter');
  await expect.poll(titles).toHaveLength(4);
  expect(await documents.getByRole('heading').innerText()).toBe('Documents (4)');
  expect(app.pageErrors).toEqual([]);
});

test('icon buttons show their name and key in a tooltip; Undo keeps its width whatever it would undo', async () => {
  app = await launchApp({ welcome: 'sample' });
  const { page } = app;
  const toolbar = page.getByRole('toolbar', { name: 'Code tools' });
  const importButton = toolbar.getByRole('button', { name: 'Import documents…' });
  await importButton.hover();
  await expect.poll(() => page.getByRole('tooltip').innerText()).toMatch(/^Import documents…\s*Ctrl\+O$/);
  expect(await importButton.getAttribute('aria-keyshortcuts')).toBe('Control+O');

  const undo = page.getByRole('button', { name: /^Undo/ });
  const before = (await undo.boundingBox())!.width;
  await openDocument(page, SAMPLE_DOC);
  await selectWithMouse(page, 'boldest housing proposal');
  await page.getByRole('button', { name: 'Apply claim' }).click();
  await expect.poll(() => undo.getAttribute('aria-label')).toBe('Undo Code “claim” applied');
  expect((await undo.boundingBox())!.width).toBe(before);
  expect(app.pageErrors).toEqual([]);
});

test('panes are resized from the keyboard on their separator, and keep their size for the project after a restart', async () => {
  app = await launchApp({ welcome: 'sample' });
  const width = () => app!.page.getByRole('navigation', { name: /Documents/ }).evaluate((el) => Math.round(el.getBoundingClientRect().width));
  const before = await width();
  const separator = app.page.getByRole('separator', { name: 'Resize the documents pane' });
  await separator.focus();
  for (let i = 0; i < 5; i++) await app.page.keyboard.press('ArrowRight');
  await expect.poll(width).toBeGreaterThan(before + 20);
  const resized = await width();
  app = await app.relaunch();
  await app.page.getByRole('navigation', { name: /Documents/ }).waitFor();
  await expect.poll(width).toBe(resized);
  expect(app.pageErrors).toEqual([]);
});
