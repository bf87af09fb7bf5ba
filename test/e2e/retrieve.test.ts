// Retrieve, as a researcher uses it: the criticism passages across the project, then side by side by
// leaning (right beside left), a passage's context, opening a passage at its place in the document,
// AND / NOT queries, and the exports (CSV in the coded-segments columns, an HTML report).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { scratchFolder } from './teardown';
import { readCsv } from './corpus';
import { openDocument, selectWithMouse } from './actions';
import { codedPressProject, pressProject, regexSearch, CENTER, LEFT, RIGHT } from './analysisProject';
import { chooseOption } from './choose';


test('retrieve the criticism passages, side by side by leaning, open one in its document, and export them', async () => {
  const app = await codedPressProject();
  const { page } = app;
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Retrieve' }).click();
  const place = page.getByRole('main', { name: 'Retrieve' });
  const query = place.getByRole('form', { name: 'Query' });
  const count = place.getByRole('status');
  await expect.poll(() => count.innerText()).toBe('Choose one or more codes.');

  await query.getByRole('group', { name: 'Codes', exact: true }).getByRole('checkbox', { name: 'criticism' }).check();
  await expect.poll(() => count.innerText()).toBe('5 passages in 3 documents');
  const list = place.getByRole('list', { name: 'Passages: All documents' });
  await expect.poll(() => list.getByRole('article').count()).toBe(5);
  await expect.poll(() => list.getByRole('article').first().innerText()).toContain('leaning: right');

  // Side by side: one column per leaning, each with its own passages.
  await chooseOption(place, 'Show', 'By leaning');
  const column = (name: string) => place.getByRole('region', { name, exact: true });
  await expect.poll(() => column('right').getByRole('article').count()).toBe(3);
  await expect.poll(() => column('left').getByRole('article').count()).toBe(1);
  await expect.poll(() => column('center').getByRole('article').count()).toBe(1);
  await expect.poll(() => column('left').innerText()).toContain('The police union spent heavily against him');
  expect(await column('right').innerText()).toContain('Carjackings doubled in two years.');

  // Context: the passage's paragraph around it.
  const leftPassage = column('left').getByRole('article');
  await leftPassage.getByRole('button', { name: 'Show context' }).click();
  await expect.poll(() => leftPassage.innerText()).toContain('called him "the most dangerous candidate');

  // NOT: leave out passages that overlap a metric (none here); AND criticism with metric: none.
  await query.getByText('Leave out (NOT)').click();
  await query.getByRole('group', { name: 'Leave out passages that overlap' }).getByRole('checkbox', { name: 'pledge' }).check();
  await expect.poll(() => count.innerText()).toBe('5 passages in 3 documents');

  // CSV export: one row per passage and code, the coded-segments columns plus the group.
  const csvPath = join(await scratchFolder(), 'criticism.csv');
  app.dialog.willSaveTo(csvPath);
  await place.getByRole('button', { name: 'Export CSV…' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: `to ${csvPath}` }).waitFor();
  const rows = readCsv(csvPath);
  expect(rows).toHaveLength(5);
  expect(rows.map((r) => r.group).sort()).toEqual(['center', 'left', 'right', 'right', 'right']);
  expect(new Set(rows.map((r) => r.code))).toEqual(new Set(['criticism']));
  expect(rows.find((r) => r.group === 'left')!.document_title).toBe(LEFT);
  expect(rows.find((r) => r.group === 'center')!.attr_leaning).toBe('center');
  // For Excel: the same rows, behind the byte-order mark Excel needs to read UTF-8.
  const excelPath = join(await scratchFolder(), 'criticism (for Excel).csv');
  app.dialog.willSaveTo(excelPath);
  await place.getByRole('button', { name: 'Export CSV for Excel…' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: `to ${excelPath}` }).waitFor();
  expect(readFileSync(excelPath, 'utf8').startsWith('\uFEFF')).toBe(true);
  expect(readFileSync(csvPath, 'utf8').startsWith('\uFEFF')).toBe(false);
  expect(readCsv(excelPath).map((r) => r.text)).toEqual(rows.map((r) => r.text));

  // The report: one section per group, each passage with its source.
  const htmlPath = join(await scratchFolder(), 'criticism.html');
  app.dialog.willSaveTo(htmlPath);
  await place.getByRole('button', { name: 'Export report (HTML)…' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: `to ${htmlPath}` }).waitFor();
  const html = readFileSync(htmlPath, 'utf8');
  expect(html).toContain('<h2 id="group-s_right">right</h2>');
  expect(html).toContain('Carjackings doubled in two years.');
  expect(html).toContain(RIGHT);
  expect(html).toContain('Leaving out passages that overlap: pledge');

  // A passage opens at its place in the document, from the keyboard.
  await column('center').getByRole('button', { name: /^Open in / }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('document', { name: `Text of ${CENTER}` }).waitFor();
  expect(await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Code' }).getAttribute('aria-current')).toBe('page');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString() ?? '')).toContain('He did not give a date');
  expect(app.pageErrors).toEqual([]);
});

test('AND finds the stretches where two codes overlap, and coding a new passage updates the results', async () => {
  const app = await codedPressProject();
  const { page } = app;
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Retrieve' }).click();
  const place = page.getByRole('main', { name: 'Retrieve' });
  const codes = place.getByRole('group', { name: 'Codes', exact: true });
  await codes.getByRole('checkbox', { name: 'criticism' }).check();
  await codes.getByRole('checkbox', { name: 'metric' }).check();
  const count = place.getByRole('status');
  await expect.poll(() => count.innerText()).toBe('6 passages in 3 documents');
  await place.getByRole('radio', { name: 'all the codes at once (AND)' }).check();
  await expect.poll(() => count.innerText()).toBe('0 passages in 0 documents');

  // Code a criticism passage as a metric too; back in Retrieve, the same query finds it.
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Code' }).click();
  await openDocument(page, RIGHT);
  await selectWithMouse(page, 'Carjackings doubled');
  await page.getByRole('button', { name: 'Apply metric' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as metric' }).waitFor();
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Retrieve' }).click();
  await expect.poll(() => count.innerText()).toBe('1 passage in 1 document');
  const passage = place.getByRole('list', { name: 'Passages: All documents' }).getByRole('article');
  await expect.poll(() => passage.innerText()).toContain('Carjackings doubled');
  expect(await passage.innerText()).not.toContain('in two years');
  expect(app.pageErrors).toEqual([]);
});

test('search the texts: a bad expression is explained, hits are counted by leaning, three ticked hits are coded in one step and undone', async () => {
  const app = await codedPressProject();
  const { page } = app;
  const { place, form } = await regexSearch(page);
  await form.getByRole('searchbox', { name: 'Search for' }).fill('prosecut(or');
  await form.getByRole('button', { name: 'Search', exact: true }).click();
  await expect.poll(() => place.getByRole('alert').innerText()).toContain('“prosecut(or” is not a regular expression Framewise can read');

  await form.getByRole('searchbox', { name: 'Search for' }).fill('prosecutors?');
  await form.getByRole('button', { name: 'Search', exact: true }).click();
  const status = place.getByRole('status');
  await expect.poll(() => status.innerText()).toMatch(/^\d+ hits in \d+ of 5 documents$/);
  const hits = Number(/^(\d+)/.exec(await status.innerText())![1]);
  expect(hits).toBeGreaterThanOrEqual(3);
  const kwic = place.getByRole('table', { name: 'Hits in context' });
  await expect.poll(() => kwic.getByRole('cell').filter({ hasText: /^prosecutors?$/i }).count()).toBe(hits);

  // Counted by leaning.
  await chooseOption(place, 'Show', 'By leaning');
  const byGroup = place.getByRole('table', { name: 'Hits by group' });
  await expect.poll(() => byGroup.getByRole('rowheader').allInnerTexts()).toEqual(expect.arrayContaining(['right', 'left', 'center']));

  // Tick three hits, code them as claims: one step.
  const boxes = kwic.getByRole('checkbox');
  for (let i = 0; i < 3; i++) await boxes.nth(i).check();
  await chooseOption(place, 'Code to apply', 'claim');
  await expect.poll(() => place.getByText(/^3 to code/).count()).toBe(1);
  await place.getByRole('button', { name: 'Code the ticked hits' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'applied to 3 search hits' }).waitFor();
  // Coding them again skips them all.
  await place.getByRole('button', { name: 'Code all hits' }).waitFor();
  await expect.poll(() => place.getByText(/already coded \(skipped\)/).innerText()).toContain('3 already coded');

  await place.getByRole('tablist', { name: 'Find' }).getByRole('tab', { name: 'Coded passages' }).click();
  await place.getByRole('group', { name: 'Codes', exact: true }).getByRole('checkbox', { name: 'claim' }).check();
  await chooseOption(place, 'Show', 'One list');
  const count = place.getByRole('status');
  await expect.poll(() => count.innerText()).toMatch(/^3 passages in/);
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect.poll(() => count.innerText()).toBe('0 passages in 0 documents');
  expect(app.pageErrors).toEqual([]);
});

test('a search that would run for ever can be cancelled, and a new search replaces one still running', async () => {
  const app = await pressProject();
  const { page } = app;
  const { place, form } = await regexSearch(page);
  const pattern = form.getByRole('searchbox', { name: 'Search for' });
  const status = place.getByRole('status');
  // Nested repetition before a character no text has: the expression backtracks over every way of
  // splitting each run of words, far longer than any test lasts, on any machine.
  const endless = '(\\w+\\s?)+#';
  await pattern.fill(endless);
  await form.getByRole('button', { name: 'Search', exact: true }).click();
  await expect.poll(() => status.innerText()).toBe(`Searching for “${endless}”…`);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => status.innerText()).toBe('Search cancelled.');
  expect(await form.getByRole('button', { name: 'Cancel' }).count()).toBe(0);

  // The endless search again, then a plain one before it ends: the plain one's hits are shown.
  await form.getByRole('button', { name: 'Search', exact: true }).click();
  await expect.poll(() => status.innerText()).toBe(`Searching for “${endless}”…`);
  await pattern.fill('prosecutors?');
  await form.getByRole('button', { name: 'Search', exact: true }).click();
  await expect.poll(() => status.innerText()).toMatch(/^\d+ hits in \d+ of 5 documents$/);
  const kwic = place.getByRole('table', { name: 'Hits in context' });
  expect(await kwic.getByRole('cell').filter({ hasText: /^prosecutors?$/i }).count()).toBeGreaterThanOrEqual(3);
  expect(app.pageErrors).toEqual([]);
});
