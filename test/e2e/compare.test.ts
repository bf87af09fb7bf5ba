// Compare, as a researcher uses it: codes by leaning, read the table (counts, documents and words in
// the headers, percentages), open a cell's passages in Retrieve and a row's side by side, and export
// the tidy CSV, whose counts the test checks against counts it computes from the coded-segments CSV.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { exportCsv, openDocument, selectWithMouse } from './actions';
import { readCsv } from './corpus';
import { scratchFolder } from './teardown';
import { CODED, codedPressProject, RIGHT } from './analysisProject';
import { chooseOption } from './choose';

test('codes by leaning: read the table, open a cell and a row in Retrieve, export the table and check it against the coded segments', async () => {
  const app = await codedPressProject();
  const { page } = app;
  const folder = await scratchFolder();
  const segmentsPath = join(folder, 'segments.csv');
  await exportCsv(app, segmentsPath);

  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Compare' }).click();
  const place = page.getByRole('main', { name: 'Compare' });
  await chooseOption(place, 'Columns', 'By leaning');
  const table = place.getByRole('table', { name: 'Passages' });
  await expect.poll(() => table.getByRole('columnheader').allInnerTexts()).toEqual([
    'Code',
    expect.stringMatching(/^center\n?2 docs · [\d,]+ words$/),
    expect.stringMatching(/^left\n?1 doc · [\d,]+ words$/),
    expect.stringMatching(/^right\n?1 doc · [\d,]+ words$/),
    expect.stringMatching(/^subject\n?1 doc · [\d,]+ words$/),
  ]);
  const cell = (code: string, group: string) => table.getByRole('button', { name: new RegExp(`^${code}, ${group}: `) });
  await expect.poll(() => cell('criticism', 'right').innerText()).toBe('3');
  expect(await cell('criticism', 'left').innerText()).toBe('1');
  expect(await cell('criticism', 'center').innerText()).toBe('1');
  expect(await cell('pledge', 'right').innerText()).toBe('0');
  // The number is the text; shading follows it.
  const heat = (code: string, group: string) => table.getByRole('row').filter({ hasText: code }).getByRole('cell').nth(['center', 'left', 'right', 'subject'].indexOf(group)).evaluate((el) => Number(getComputedStyle(el).getPropertyValue('--heat')));
  expect(await heat('criticism', 'right')).toBe(1);
  expect(await heat('pledge', 'right')).toBe(0);

  // Percent of the row: criticism 3 of 5 on the right.
  await chooseOption(place, 'As', '% of the row');
  await expect.poll(() => cell('criticism', 'right').innerText()).toBe('60.0%');
  await chooseOption(place, 'As', 'Numbers');
  // The test of independence and its plain-words warnings (groups of fewer than 5 documents).
  await expect.poll(() => place.getByRole('region', { name: 'Test of independence' }).innerText()).toContain('has only 1 document');

  // The tidy CSV: its passage counts equal those the coded segments give.
  const tablePath = join(folder, 'table.csv');
  app.dialog.willSaveTo(tablePath);
  await place.getByRole('button', { name: 'Export table CSV…' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: `to ${tablePath}` }).waitFor();
  const text = readFileSync(tablePath, 'utf8');
  expect(text.startsWith('# Framewise Compare table')).toBe(true);
  const records = parseTidy(text);
  const segments = readCsv(segmentsPath);
  expect(segments).toHaveLength(CODED.length);
  for (const code of ['pledge', 'claim', 'criticism', 'metric']) {
    for (const group of ['center', 'left', 'right', 'subject']) {
      // No two segments of one code overlap in this project, so a segment is a passage.
      const expected = segments.filter((s) => s.code === code && s.attr_leaning === group).length;
      const record = records.find((r) => r.row === code && r.group === group && r.measure === 'passages');
      expect(Number(record?.value), `${code} × ${group}`).toBe(expected);
    }
  }

  // For Excel: the byte-order mark Excel needs to read UTF-8, and the same table's records after the
  // settings lines (each one quoted cell there, since Excel skips no comment lines).
  const excelPath = join(folder, 'table (for Excel).csv');
  app.dialog.willSaveTo(excelPath);
  await place.getByRole('button', { name: 'Export table CSV for Excel…' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: `to ${excelPath}` }).waitFor();
  const excel = readFileSync(excelPath, 'utf8');
  expect(excel.startsWith('\uFEFF"# Framewise Compare table')).toBe(true);
  expect(text.startsWith('\uFEFF')).toBe(false);
  const [header, ...body] = Papa.parse<string[]>(excel.slice(1), { skipEmptyLines: true }).data.filter((r) => !(r.length === 1 && r[0]!.startsWith('#')));
  const excelRecords = body.map((cells) => Object.fromEntries(header!.map((column, i) => [column, cells[i]])));
  expect(excelRecords.map((r) => [r.row, r.group, r.measure, r.value])).toEqual(records.map((r) => [r.row, r.group, r.measure, r.value]));

  // A cell opens its passages in Retrieve.
  await cell('criticism', 'right').click();
  const retrieve = page.getByRole('main', { name: 'Retrieve' });
  await expect.poll(() => retrieve.getByRole('status').innerText()).toBe('3 passages in 1 document');
  // Exactly the cell's passages: the right's three criticism passages, nothing else.
  const opened = await retrieve.getByRole('list', { name: 'Passages: All documents' }).getByRole('article').allInnerTexts();
  expect(opened.map((text) => text.split('\n')[0]!.trim()).sort()).toEqual(
    CODED.filter((p) => p.doc === RIGHT && p.code === 'criticism').map((p) => p.text).sort(),
  );

  // A row's name opens its passages side by side by the table's groups.
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Compare' }).click();
  await place.getByRole('button', { name: 'criticism', exact: true }).click();
  await expect.poll(() => retrieve.getByRole('status').innerText()).toBe('5 passages in 3 documents');
  await expect.poll(() => retrieve.getByRole('region', { name: 'right', exact: true }).getByRole('article').count()).toBe(3);
  expect(await retrieve.getByRole('region', { name: 'left', exact: true }).innerText()).toContain('The police union spent heavily against him');
  expect(app.pageErrors).toEqual([]);
});

test('bootstrap intervals are reproducible from the seed shown', async () => {
  const app = await codedPressProject();
  const { page } = app;
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Compare' }).click();
  const place = page.getByRole('main', { name: 'Compare' });
  await chooseOption(place, 'Columns', 'By document');
  await place.getByRole('checkbox', { name: /^95% intervals/ }).check();
  await expect.poll(() => place.getByLabel('Seed').inputValue()).toBe('1');
  const table = place.getByRole('table', { name: 'Passages' });
  const labels = () => table.getByRole('button', { name: /95% interval/ }).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  await expect.poll(async () => (await labels()).length).toBeGreaterThan(0);
  const first = await labels();
  await place.getByLabel('Seed').fill('2');
  await place.getByLabel('Seed').fill('1');
  await expect.poll(labels).toEqual(first);
  expect(app.pageErrors).toEqual([]);
});

/** The tidy CSV's records, its `#` header lines skipped as pandas' comment="#" does. */
function parseTidy(text: string): Array<Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, comments: '#' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

test('a query saved in Retrieve is a row of Compare, and undo takes the save back', async () => {
  const app = await codedPressProject();
  const { page } = app;
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Retrieve' }).click();
  const retrieve = page.getByRole('main', { name: 'Retrieve' });
  const codes = retrieve.getByRole('group', { name: 'Codes', exact: true });
  await codes.getByRole('checkbox', { name: 'criticism' }).check();
  await codes.getByRole('checkbox', { name: 'metric' }).check();
  await retrieve.getByRole('textbox', { name: 'Name' }).fill('Attacks and numbers');
  await retrieve.getByRole('button', { name: 'Save query' }).click();
  const savedList = retrieve.getByRole('list', { name: 'Saved queries' });
  await expect.poll(() => savedList.getByRole('button', { name: 'Attacks and numbers', exact: true }).count()).toBe(1);

  // A fresh query, then the saved one back.
  await retrieve.getByRole('button', { name: 'Clear the query' }).click();
  await expect.poll(() => retrieve.getByRole('status').innerText()).toBe('Choose one or more codes.');
  await savedList.getByRole('button', { name: 'Attacks and numbers', exact: true }).click();
  await expect.poll(() => retrieve.getByRole('status').innerText()).toBe('6 passages in 3 documents');

  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Compare' }).click();
  const place = page.getByRole('main', { name: 'Compare' });
  await chooseOption(place, 'Columns', 'By leaning');
  await place.getByRole('radio', { name: 'Saved queries' }).check();
  const table = place.getByRole('table', { name: 'Passages' });
  await expect.poll(() => table.getByRole('button', { name: /^Attacks and numbers, right: / }).innerText()).toBe('4');
  expect(await table.getByRole('button', { name: /^Attacks and numbers, left: / }).innerText()).toBe('1');

  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect.poll(() => place.innerText()).toContain('No saved queries yet');
  expect(app.pageErrors).toEqual([]);
});

test('co-occurrence: criticism with metric on one passage, its c-coefficient and share, and the passage behind the cell', async () => {
  const app = await codedPressProject();
  const { page } = app;
  // A metric over part of a criticism passage: the two codes co-occur once.
  await openDocument(page, RIGHT);
  await selectWithMouse(page, 'Carjackings doubled');
  await page.getByRole('button', { name: 'Apply metric' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as metric' }).waitFor();

  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Compare' }).click();
  const place = page.getByRole('main', { name: 'Compare' });
  await place.getByRole('tablist', { name: 'Table' }).getByRole('tab', { name: 'Codes by codes (co-occurrence)' }).click();
  const matrix = place.getByRole('table', { name: 'Co-occurrence: All documents' });
  // Units of "criticism or metric": 5 with criticism, 2 with metric, 1 with both: c = 1 / (5 + 2 − 1).
  const cell = matrix.getByRole('button', { name: /^criticism with metric, All documents: / });
  await expect.poll(() => cell.getAttribute('aria-label')).toBe('criticism with metric, All documents: 1 both, c 0.167, P 0.200. Show the passages');
  expect(await matrix.getByRole('button', { name: /^metric with criticism, / }).getAttribute('aria-label')).toContain('P 0.500');
  await cell.focus();
  await page.keyboard.press('Enter');
  const passages = place.getByRole('list', { name: 'Passages: criticism with metric' });
  await expect.poll(() => passages.getByRole('article').count()).toBe(1);
  expect(await passages.innerText()).toContain('Carjackings doubled');
  expect(app.pageErrors).toEqual([]);
});

test('distinctive words of the right against the left, and a word in its contexts', async () => {
  const app = await codedPressProject();
  const { page } = app;
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Compare' }).click();
  const place = page.getByRole('main', { name: 'Compare' });
  await chooseOption(place, 'Columns', 'By leaning');
  await place.getByRole('tablist', { name: 'Table' }).getByRole('tab', { name: 'Distinctive words' }).click();
  await chooseOption(place, 'Words of', 'right');
  await chooseOption(place, 'Against', 'left');
  const right = place.getByRole('table', { name: 'More typical of right' });
  await expect.poll(() => right.getByRole('rowheader').count()).toBeGreaterThan(0);
  // Stop words are left out: no "the" among the right's words.
  expect(await right.getByRole('rowheader').allInnerTexts()).not.toContain('the');
  const zs = (await right.getByRole('row').evaluateAll((rows) => rows.slice(1).map((r) => Number(r.children[1]!.textContent)))) as number[];
  expect(zs.every((z) => z > 0)).toBe(true);
  expect([...zs].sort((a, b) => b - a)).toEqual(zs);

  const word = await right.getByRole('rowheader').first().innerText();
  await right.getByRole('button', { name: word, exact: true }).click();
  const kwic = place.getByRole('table', { name: new RegExp(`^“${word}” in right \\(\\d+\\)$`) });
  // Below the header row (Before | Hit | After), one row per occurrence.
  await expect.poll(() => kwic.getByRole('row').count()).toBeGreaterThan(1);
  const hits = await kwic.getByRole('row').evaluateAll((rows) => rows.slice(1).map((r) => r.children[1]!.textContent ?? ''));
  expect(hits.every((hit) => hit.toLowerCase() === word)).toBe(true);
  expect(app.pageErrors).toEqual([]);
});
