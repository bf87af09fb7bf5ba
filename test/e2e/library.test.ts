// The library, as a researcher uses it: import the reference corpus with its manifest, find the
// centrist sources, correct an attribute in the table, gather two documents in a set, and export
// coded segments that carry the attributes; delete with a warning that counts the codings.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { exportCsv, selectWithMouse, showSidePanel } from './actions';
import { filterDocuments } from './documentFilter';
import { readCsv } from './corpus';
import { PRESS_MANIFEST, pressPaths } from '../fixtures/press';
import { chooseOption } from './choose';

let app: App | undefined;

const TV_NEWS = 'TV station news: the DA-elect met other big-city prosecutors';
const LOCAL_NEWS = 'Local news: DA floats ending drug possession charges';
const PROFILE = 'Critical profile: the donor-backed DA';

async function importCorpusWithManifest(app: App): Promise<string> {
  app.dialog.willOpen([PRESS_MANIFEST]);
  app.dialog.willOpen(pressPaths());
  await app.page.getByRole('button', { name: 'More import options' }).click();
  await app.page.getByRole('menuitem', { name: 'Import with a manifest…' }).click();
  const report = app.page.getByRole('region', { name: 'Import report' });
  await report.waitFor();
  return report.innerText();
}

function libraryTable(app: App) {
  return app.page.getByRole('main', { name: /^Library/ }).getByRole('grid', { name: 'Documents' });
}

/** The titles of the rows the library shows, top to bottom. */
function shownTitles(app: App): Promise<string[]> {
  return libraryTable(app).getByRole('rowheader').allInnerTexts();
}

describe('the document library', () => {
  test('import with the manifest, filter to one leaning, edit an attribute in the table, make a set, export with attributes', async () => {
    app = await launchApp();
    const { page } = app;
    const report = await importCorpusWithManifest(app);
    expect(report).toContain('Imported 5 documents.');
    expect(report).toContain('The manifest described 5 of 5 documents.');

    await page.getByRole('button', { name: 'Library' }).click();
    await expect.poll(() => shownTitles(app!)).toHaveLength(5);
    expect(await shownTitles(app)).toContain(TV_NEWS);
    const table = libraryTable(app);
    await expect.poll(() => table.getByRole('columnheader').allInnerTexts()).toEqual(
      expect.arrayContaining(['Title', 'Format', 'Words', 'Codings', 'genre', 'leaning', 'year']),
    );

    // Filter to the centrist sources.
    await filterDocuments(page, 'leaning', ['center']);
    await expect.poll(() => shownTitles(app!)).toEqual([TV_NEWS, LOCAL_NEWS]);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Showing' }).innerText()).toBe('Showing 2 of 5 documents');

    // Sort by year, descending: 2019 before 2017; the header says how the table is sorted.
    const yearHeader = table.getByRole('columnheader', { name: 'year' });
    await yearHeader.click();
    await yearHeader.click();
    await expect.poll(() => yearHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => shownTitles(app!)).toEqual([LOCAL_NEWS, TV_NEWS]);

    // Edit the TV station's genre in place, from the keyboard.
    const genreCell = table.getByRole('button', { name: `Edit genre of ${TV_NEWS}, now news` });
    await genreCell.focus();
    await page.keyboard.press('Enter');
    const input = table.getByRole('textbox', { name: `genre of ${TV_NEWS}` });
    await input.fill('broadcast news');
    await page.keyboard.press('Enter');
    await expect.poll(() => table.getByRole('button', { name: `Edit genre of ${TV_NEWS}, now broadcast news` }).count()).toBe(1);
    // Focus is back on the cell, so the keyboard user goes on where they were.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Edit genre of ${TV_NEWS}, now broadcast news`);
    // The edit is one operation in the project's history: Undo takes it back, Redo does it again.
    await page.getByRole('button', { name: /^Undo genre of/ }).click();
    await table.getByRole('button', { name: `Edit genre of ${TV_NEWS}, now news` }).waitFor();
    await page.getByRole('button', { name: /^Redo genre of/ }).click();
    await table.getByRole('button', { name: `Edit genre of ${TV_NEWS}, now broadcast news` }).waitFor();

    // A number attribute refuses what is not a number, and says so.
    await table.getByRole('button', { name: `Edit year of ${TV_NEWS}, now 2017` }).click();
    await table.getByRole('textbox', { name: `year of ${TV_NEWS}` }).fill('late 2017');
    await page.keyboard.press('Enter');
    await expect.poll(() => table.getByRole('alert').innerText()).toBe('Enter a number, such as 2017 or 3.5.');
    await page.keyboard.press('Escape');
    await table.getByRole('button', { name: `Edit year of ${TV_NEWS}, now 2017` }).waitFor();

    // Put the two centrist documents in a new set.
    await table.getByRole('checkbox', { name: 'Select all shown documents' }).check();
    await page.getByRole('region', { name: 'Selected documents' }).getByText('2 selected').waitFor();
    await page.getByRole('button', { name: 'Add to set…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add 2 documents to a set' });
    await dialog.getByLabel('Name of the new set').fill('Centrist news');
    await dialog.getByRole('button', { name: 'Add to set' }).click();
    await dialog.waitFor({ state: 'detached' });
    const sets = page.getByRole('region', { name: 'Sets' });
    await sets.getByRole('button', { name: 'Centrist news (2)' }).waitFor();

    // Show everything again, then only the set.
    await page.getByRole('button', { name: 'Show all documents' }).click();
    await expect.poll(() => shownTitles(app!)).toHaveLength(5);
    await sets.getByRole('button', { name: 'Centrist news (2)' }).click();
    await expect.poll(() => sets.getByRole('button', { name: 'Centrist news (2)' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => shownTitles(app!).then((t) => t.sort())).toEqual([LOCAL_NEWS, TV_NEWS].sort());

    // Search by a phrase of the text (not in any title) finds the one document that has it.
    await sets.getByRole('button', { name: 'Centrist news (2)' }).click();
    await page.getByRole('searchbox', { name: 'Search titles and text' }).fill('numerous challenges');
    await expect.poll(() => shownTitles(app!)).toEqual([TV_NEWS]);
    await page.getByRole('searchbox', { name: 'Search titles and text' }).fill('');
    await expect.poll(() => shownTitles(app!)).toHaveLength(5);

    // Open it from the library: the coding screen shows it, with its info.
    await table.getByRole('button', { name: TV_NEWS, exact: true }).click();
    await page.getByRole('document', { name: `Text of ${TV_NEWS}` }).waitFor();
    await showSidePanel(page, 'Document info');
    const info = page.getByRole('region', { name: 'Document info' });
    await expect.poll(() => info.getByLabel('genre').inputValue()).toBe('broadcast news');
    await expect.poll(() => info.getByLabel('year').inputValue()).toBe('2017');
    await expect.poll(() => info.getByText('UTF-8').count()).toBeGreaterThan(0);
    // The info panel's Show original is the library's: it opens the stored file.
    await info.getByRole('button', { name: 'Show original' }).click();
    await expect.poll(() => app!.openedOriginals).toEqual([expect.stringMatching(/[0-9a-f]{64}\.txt$/)]);

    // Set the source in the info panel; the CSV carries it and the attributes.
    await info.getByLabel('Source').fill('Channel 6 Action News');
    await info.getByLabel('Source').press('Enter');
    await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'Source of' }).waitFor();
    await selectWithMouse(page, 'Whitfield faces numerous challenges when he takes office in January');
    await page.getByRole('button', { name: 'Apply claim' }).click();
    await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as claim' }).waitFor();

    const csvPath = join(app.dataDir, 'segments.csv');
    await exportCsv(app, csvPath);
    const rows = readCsv(csvPath);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      document_title: TV_NEWS,
      document_source: 'Channel 6 Action News',
      attr_leaning: 'center',
      attr_genre: 'broadcast news',
      attr_year: '2017',
      text: 'Whitfield faces numerous challenges when he takes office in January',
    });

    // Back in the library, it is as it was left: still sorted by year, newest first; the coding counts.
    await page.getByRole('button', { name: 'Library' }).click();
    await expect.poll(() => table.getByRole('columnheader', { name: 'year' }).getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => table.getByRole('row', { name: new RegExp(TV_NEWS) }).getByRole('gridcell').nth(3).innerText()).toBe('1');
    expect(app.pageErrors).toEqual([]);
  });

  test('deleting documents says first how many codings go with them; show original opens the stored file', async () => {
    app = await launchApp();
    const { page } = app;
    await importCorpusWithManifest(app);
    await page.getByRole('button', { name: 'Dismiss' }).click();

    // Code two passages of the critical profile.
    await page.getByRole('navigation', { name: /Documents/ }).getByRole('row', { name: PROFILE }).click();
    await page.getByRole('document', { name: `Text of ${PROFILE}` }).waitFor();
    for (const [phrase, code] of [
      ['looking for a wider array of excuses to NOT prosecute actual criminals', 'criticism'],
      ['Eastvale set a new record for homicides in 2021, with 312 in total', 'metric'],
    ] as const) {
      await selectWithMouse(page, phrase);
      await page.getByRole('button', { name: `Apply ${code}` }).click();
      await page.getByRole('status', { name: 'Status' }).filter({ hasText: `as ${code}` }).waitFor();
    }

    await page.getByRole('button', { name: 'Library' }).click();
    const table = libraryTable(app);
    await expect.poll(() => table.getByRole('row', { name: new RegExp(PROFILE) }).getByRole('gridcell').nth(3).innerText()).toBe('2');

    await table.getByRole('button', { name: `Show original of ${PROFILE}` }).click();
    await expect.poll(() => app!.openedOriginals).toEqual([expect.stringMatching(/[0-9a-f]{64}\.txt$/)]);

    await table.getByRole('checkbox', { name: `Select ${PROFILE}` }).check();
    await table.getByRole('checkbox', { name: `Select ${TV_NEWS}` }).check();

    // A new yes/no attribute set for both at once: one change, shown as checkboxes in its column.
    await page.getByRole('button', { name: 'Set attribute…' }).click();
    const setDialog = page.getByRole('dialog', { name: 'Set an attribute of 2 documents' });
    await chooseOption(setDialog, 'Attribute', 'New attribute…');
    await setDialog.getByRole('textbox', { name: 'Name of the new attribute' }).fill('verified');
    await chooseOption(setDialog, 'Type', 'Yes/no');
    await setDialog.getByRole('checkbox', { name: 'Value: yes' }).check();
    await setDialog.getByRole('button', { name: 'Set for 2 documents' }).click();
    await expect.poll(() => table.getByRole('checkbox', { name: `verified of ${PROFILE}` }).isChecked()).toBe(true);
    expect(await table.getByRole('checkbox', { name: `verified of ${TV_NEWS}` }).isChecked()).toBe(true);
    expect(await table.getByRole('checkbox', { name: `verified of ${LOCAL_NEWS}` }).isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Undo verified of 2 documents set to “yes”' }).waitFor();

    await page.getByRole('button', { name: 'Delete…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete 2 documents?' });
    await expect.poll(() => confirm.innerText()).toContain('2 codings and 0 memos on them will be deleted too. This cannot be undone.');
    // Cancel is where the focus starts: Enter does not delete.
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => shownTitles(app!)).toHaveLength(5);

    await page.getByRole('button', { name: 'Delete…' }).click();
    await confirm.getByRole('button', { name: 'Delete 2 documents' }).click();
    await expect.poll(() => shownTitles(app!)).toHaveLength(3);
    expect(await shownTitles(app)).not.toContain(PROFILE);
    await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'with 2 codings and 0 memos' }).waitFor();

    // The History of a code shows its codings going with the documents, by whom.
    await table.getByRole('button', { name: LOCAL_NEWS, exact: true }).click();
    await page.getByRole('document', { name: `Text of ${LOCAL_NEWS}` }).waitFor();
    await showSidePanel(page, 'History');
    await page.getByRole('button', { name: 'History' }).click();
    await chooseOption(page, 'Changes to', 'the code criticism');
    const changes = page.getByRole('list', { name: 'Changes to the code' });
    await expect.poll(() => changes.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^2 documents deleted, with 2 codings and 0 memos by /),
      expect.stringMatching(/^Code “criticism” applied by /),
    ]);
    expect(app.pageErrors).toEqual([]);
  });

  test('a document without a stored original (the sample project’s) says why it cannot be shown', async () => {
    app = await launchApp({ welcome: 'sample' });
    const { page } = app;
    await page.getByRole('button', { name: 'Library' }).click();
    const table = libraryTable(app);
    const show = table.getByRole('button', { name: /^Show original of / }).first();
    expect(await show.getAttribute('aria-disabled')).toBe('true');
    // Still focusable, so that a keyboard or screen-reader user can find out why it does nothing.
    // The grid is one tab stop: focus lands on the row, and the arrow keys move to its cells (Left wraps
    // to the row's last cell, where the button is).
    await show.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Show original of /);
    await page.keyboard.press('Enter');
    await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'has no original file: it was not imported from a file' }).waitFor();
    expect(app.openedOriginals).toEqual([]);

    // The same in the Document info panel beside the text.
    const title = (await show.getAttribute('aria-label'))!.slice('Show original of '.length);
    await table.getByRole('button', { name: title, exact: true }).click();
    await showSidePanel(page, 'Document info');
    const infoShow = page.getByRole('region', { name: 'Document info' }).getByRole('button', { name: 'Show original' });
    expect(await infoShow.getAttribute('aria-disabled')).toBe('true');
    await infoShow.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status', { name: 'Status' }).filter({ hasText: `“${title}” has no original file` }).waitFor();
    expect(app.openedOriginals).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  test('the values of a number attribute stand on the right under their header, as Words and Codings do', async () => {
    app = await launchApp({ welcome: 'sample' });
    const { page } = app;
    await page.getByRole('button', { name: 'Library' }).click();
    const table = libraryTable(app);
    await table.getByRole('row').nth(1).waitFor();
    // The sample's "year" column is a number attribute, past the right edge at this size: scroll to it.
    await table.evaluate((grid) => grid.scrollBy(grid.scrollWidth, 0));
    const rightEdges = (header: string) =>
      table.evaluate((grid, header) => {
        const textRight = (node: Node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return Math.round(range.getBoundingClientRect().right);
        };
        const headers = [...grid.querySelectorAll('[role="columnheader"]')];
        const column = headers.findIndex((h) => h.textContent?.trim() === header);
        const rows = [...grid.querySelectorAll('[role="row"]')].slice(1);
        // The header's own text, not the sort arrow's span after it.
        const label = [...headers[column]!.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
        return { header: textRight(label), values: rows.map((row) => textRight(row.children[column]!.querySelector('button') ?? row.children[column]!)) };
      }, header);
    for (const column of ['Words', 'year']) {
      const { header, values } = await rightEdges(column);
      expect(values.length, column).toBe(4);
      // Within the few pixels of paddings and the sort arrow's gap (Words: 10): a left-aligned "2025" ended 130 px short.
      for (const value of values) expect(Math.abs(value - header), `${column}: value ends at ${value}, header at ${header}`).toBeLessThanOrEqual(12);
    }
  });
});
