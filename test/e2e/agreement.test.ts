// Two coders code three press texts blind, with known differences; the Agreement place shows the
// figures worked out by hand below, lists the two disagreements side by side, opens one in Code, and
// settles both into the Consensus coder (undoably), whose coding then leaves in the CSV export.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './app';
import { dragAcross, exportCsv, importThroughDialog, openDocument, selectWithMouse, showSidePanel } from './actions';
import { canonicalTextOf, readCsv } from './corpus';
import { pressPaths } from '../fixtures/press';
import { chooseOption } from './choose';

let app: App | undefined;

const NEWS = '01-station-news';
const WATCH = '02-watchdog-profile';
const GAZETTE = '03-gazette-news';
const REFORMS = 'implementing promised reforms';
const BAIL = 'to end cash bail';
const DRUGS = 'small amounts of any drug';

async function applyClaim(page: Page, title: string, phrase: string) {
  await openDocument(page, title);
  await selectWithMouse(page, phrase);
  await page.getByRole('button', { name: 'Apply claim' }).click();
  await expect.poll(() => page.getByRole('status', { name: 'Status' }).innerText()).toContain('claim');
}

/** The figures of a row of a report table, first line of each cell (the interval is under it). */
async function rowFigures(page: Page, table: string, code: string): Promise<string[]> {
  const row = page.getByRole('table', { name: table }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: code, exact: true }) });
  return (await row.getByRole('cell').allInnerTexts()).map((cell) => cell.split('\n')[0]!.trim());
}

const progress = (page: Page) => page.getByRole('status', { name: 'Adjudication progress' }).innerText();

test('agreement of two blind coders, figures as computed by hand, and two disagreements settled into Consensus', async () => {
  app = await launchApp();
  const page = app.page;
  await importThroughDialog(app, pressPaths().slice(1, 4));

  // Coder 1, blind: "claim" in the news item and the watchdog profile.
  await page.getByRole('button', { name: 'Blind mode' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Blind mode' }).getAttribute('aria-pressed')).toBe('true');
  await applyClaim(page, NEWS, REFORMS);
  await applyClaim(page, WATCH, BAIL);

  // Lee, blind (blind mode stays on for the project): "claim" on the same words of the news item,
  // and in the gazette instead of the profile.
  await page.getByRole('button', { name: /^Coder: / }).click();
  await page.getByRole('dialog', { name: 'Coders' }).getByRole('button', { name: 'New coder…' }).click();
  const form = page.getByRole('dialog', { name: 'New coder' });
  await form.getByLabel('Coder name').fill('Lee');
  await form.getByRole('button', { name: 'Add coder and switch' }).click();
  await expect.poll(() => page.getByRole('button', { name: /^Coder: Lee/ }).count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Blind mode' }).getAttribute('aria-pressed')).toBe('true');
  await applyClaim(page, NEWS, REFORMS);
  await applyClaim(page, GAZETTE, DRUGS);

  // Agreement lays both coders' codings side by side: in blind mode it says so and computes nothing
  // until blind mode is turned off.
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Agreement' }).click();
  const agreementPlace = page.getByRole('main', { name: 'Agreement' });
  await expect.poll(() => agreementPlace.getByRole('note').innerText()).toMatch(/^Blind mode is on\. Agreement shows every coder’s codings/);
  expect(await agreementPlace.getByRole('form', { name: 'Agreement choices' }).count()).toBe(0);
  await agreementPlace.getByRole('button', { name: 'Turn blind mode off' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Blind mode' }).getAttribute('aria-pressed')).toBe('false');
  const choices = page.getByRole('form', { name: 'Agreement choices' });
  await expect.poll(() => choices.getByRole('checkbox', { name: 'Coder 1' }).isChecked()).toBe(true);
  await expect.poll(() => choices.getByRole('checkbox', { name: 'Lee' }).isChecked()).toBe(true);
  // One coder is not a comparison: said so, and nothing is computed.
  await choices.getByRole('checkbox', { name: 'Lee' }).uncheck();
  await choices.getByRole('button', { name: 'Compute agreement' }).click();
  await expect.poll(() => page.getByRole('alert').innerText()).toBe('Choose at least two coders to compare.');
  expect(await page.getByRole('region', { name: 'Agreement report' }).count()).toBe(0);
  await choices.getByRole('checkbox', { name: 'Lee' }).check();
  await choices.getByRole('radio', { name: 'Documents' }).check();
  await choices.getByRole('button', { name: 'Compute agreement' }).click();
  await expect.poll(() => page.getByRole('alert').count()).toBe(0);

  // By hand, unit = document, code "claim": news (present, present), profile (present, absent),
  // gazette (absent, present). Agreement 1 of 3 = 33.3%; prevalence 4 of 6 judgements = 66.7%.
  // Cohen: po = 1/3, each coder "present" 2/3, pe = 2/3·2/3 + 1/3·1/3 = 5/9, kappa = (1/3 − 5/9)/(4/9) = −0.500.
  // Fleiss with two coders and equal margins: also −0.500. Bennett's S = 2·po − 1 = −0.333.
  // Krippendorff's alpha (nominal): n = 6 values, 4 present and 2 absent; the two split units give
  // 4 disagreeing pairings; alpha = 1 − (n − 1)·4 / (2·4·2) = 1 − 20/16 = −0.250.
  await expect.poll(() => rowFigures(page, 'All documents', 'claim')).toEqual(['66.7%', '33.3%', '-0.500', '-0.500', '-0.333', '-0.250', expect.any(String), '3', expect.any(String)]);
  // All codes pooled: only the codes someone applied, here "claim" alone (the three others, never
  // applied, would add 9 agreed absences and lift kappa to 0.400), so the pooled row is claim's; its
  // units are code-by-document judgements, and say so.
  await expect.poll(() => rowFigures(page, 'All documents', 'All codes')).toEqual(['66.7%', '33.3%', '-0.500', '-0.500', '-0.333', '-0.250', expect.any(String), '3', expect.any(String)]);
  const pooledUnits = page.getByRole('table', { name: 'All documents' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'All codes' }) }).getByRole('cell').nth(7);
  expect(await pooledUnits.innerText()).toMatch(/^3\s+codes × documents$/);
  const report = page.getByRole('region', { name: 'Agreement report' });
  await expect.poll(() => report.innerText()).toContain('1,000 resamples of documents, seed 1');
  const methods = page.getByRole('textbox', { name: 'Methods paragraph' });
  await expect.poll(() => methods.inputValue()).toContain('between 2 coders (Coder 1 and Lee) on 3 documents');
  await expect.poll(() => methods.inputValue()).toContain('as recorded with each coding: Coder 1 coded in blind mode; Lee coded in blind mode.');

  // Documents are chosen with the document filter of Retrieve and Compare: by text, only the gazette
  // holds DRUGS (there Lee alone coded "claim": no agreement on its one unit); text found nowhere is said so.
  const textContains = choices.getByRole('group', { name: 'Documents' }).getByRole('searchbox', { name: 'Text contains' });
  await textContains.fill(DRUGS);
  await choices.getByRole('button', { name: 'Compute agreement' }).click();
  await expect.poll(() => report.innerText()).toContain('; 1 document compared (1 coded by every coder)');
  await expect.poll(async () => (await rowFigures(page, 'All documents', 'claim')).filter((_, i) => [1, 7].includes(i))).toEqual(['0.0%', '1']);
  await textContains.fill('words in none of the texts');
  await choices.getByRole('button', { name: 'Compute agreement' }).click();
  await expect.poll(() => page.getByRole('alert').innerText()).toBe('No document passes the document filter: choose other values, sets or text.');
  await textContains.fill('');

  // At the character unit, by hand from the texts' lengths: N characters in all; both coders coded
  // the REFORMS characters, Coder 1 alone BAIL's, Lee alone DRUGS'; every other character neither.
  const N = pressPaths().slice(1, 4).reduce((sum, path) => sum + canonicalTextOf(path).length, 0);
  const [both, firstOnly, secondOnly] = [REFORMS.length, BAIL.length, DRUGS.length];
  const po = 1 - (firstOnly + secondOnly) / N;
  const p1 = (both + firstOnly) / N;
  const p2 = (both + secondOnly) / N;
  const pe = p1 * p2 + (1 - p1) * (1 - p2);
  await choices.getByRole('radio', { name: 'Characters' }).check();
  await choices.getByRole('button', { name: 'Compute agreement' }).click();
  await expect.poll(async () => (await rowFigures(page, 'All documents', 'claim')).filter((_, i) => [1, 2, 7].includes(i))).toEqual([
    `${(po * 100).toFixed(1)}%`,
    ((po - pe) / (1 - pe)).toFixed(3),
    N.toLocaleString('en-US'),
  ]);
  await choices.getByRole('radio', { name: 'Documents' }).check();
  await choices.getByRole('button', { name: 'Compute agreement' }).click();
  await expect.poll(() => rowFigures(page, 'All documents', 'claim')).toEqual(['66.7%', '33.3%', '-0.500', '-0.500', '-0.333', '-0.250', expect.any(String), '3', expect.any(String)]);

  // The agreement table leaves as CSV with the same figures.
  const tablePath = join(app.dataDir, 'agreement.csv');
  app.dialog.willSaveTo(tablePath);
  await report.getByRole('button', { name: 'Export agreement table (CSV)…' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: `to ${tablePath}` }).waitFor();
  const claimRow = readCsv(tablePath).find((row) => row.code === 'claim')!;
  expect(Number(claimRow.cohen_kappa)).toBeCloseTo(-0.5, 10);
  expect(Number(claimRow.percent_agreement)).toBeCloseTo(1 / 3, 10);
  expect(claimRow).toMatchObject({ unit: 'documents', units: '3', bootstrap_seed: '1' });

  // The disagreements: the profile coded by Coder 1 only, the gazette by Lee only.
  const list = page.getByRole('listbox', { name: 'Disagreements' });
  await expect.poll(() => list.getByRole('option').allInnerTexts()).toEqual([`${WATCH}: claim, coded by one coder only`, `${GAZETTE}: claim, coded by one coder only`]);
  await expect.poll(() => progress(page)).toBe('0 of 2 disagreements settled into Consensus.');
  const first = page.getByRole('region', { name: `Disagreement in ${WATCH}` });
  await expect.poll(() => first.getByRole('region', { name: 'Coder 1’s codings' }).innerText()).toContain(`claim: “${BAIL}”`);
  await expect.poll(() => first.getByRole('region', { name: 'Lee’s codings' }).innerText()).toContain('Nothing coded here.');

  // Opened at its place in Code, and back: the report and the selection are still there.
  await first.getByRole('button', { name: /^Open in Code: Coder 1’s claim on “/ }).click();
  await page.getByRole('document', { name: `Text of ${WATCH}` }).waitFor();
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Agreement' }).click();
  await expect.poll(() => list.getByRole('option', { selected: true }).innerText()).toBe(`${WATCH}: claim, coded by one coder only`);

  // Settle the first by keeping Coder 1's coding; the list moves on to the next.
  await first.getByRole('button', { name: 'Keep Coder 1’s coding' }).click();
  await expect.poll(() => progress(page)).toBe('1 of 2 disagreements settled into Consensus.');
  await expect.poll(() => list.getByRole('option', { selected: true }).innerText()).toBe(`${GAZETTE}: claim, coded by one coder only`);
  // From the keyboard: up and down the list.
  await list.focus();
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => list.getByRole('option', { selected: true }).innerText()).toBe(`${WATCH}: claim, coded by one coder only (settled: Coder 1’s coding kept)`);
  await page.keyboard.press('ArrowDown');
  await page.getByRole('region', { name: `Disagreement in ${GAZETTE}` }).getByRole('button', { name: 'Keep no coding' }).click();
  await expect.poll(() => progress(page)).toBe('2 of 2 disagreements settled into Consensus.');

  // Every decision is one undoable operation, "no coding kept" too though it wrote no coding here
  // (the consensus coder held nothing there): undo takes the decisions back last first, redo repeats them.
  const undo = page.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: /^Undo/ });
  const redo = page.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: /^Redo/ });
  await expect.poll(() => undo.getAttribute('aria-label')).toBe(`Undo Disagreement on “claim” at “${DRUGS}” settled: no coding kept`);
  await undo.click();
  await expect.poll(() => progress(page)).toBe('1 of 2 disagreements settled into Consensus.');
  await expect.poll(() => list.getByRole('option').allInnerTexts()).toEqual([`${WATCH}: claim, coded by one coder only (settled: Coder 1’s coding kept)`, `${GAZETTE}: claim, coded by one coder only`]);
  await expect.poll(() => undo.getAttribute('aria-label')).toBe(`Undo Disagreement on “claim” at “${BAIL}” settled: Coder 1’s coding kept`);
  await undo.click();
  await expect.poll(() => progress(page)).toBe('0 of 2 disagreements settled into Consensus.');
  await redo.click();
  await expect.poll(() => progress(page)).toBe('1 of 2 disagreements settled into Consensus.');
  await expect.poll(() => redo.getAttribute('aria-label')).toBe(`Redo Disagreement on “claim” at “${DRUGS}” settled: no coding kept`);
  await redo.click();
  await expect.poll(() => progress(page)).toBe('2 of 2 disagreements settled into Consensus.');

  // Every decision shows in the code's History, with who made it.
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Code' }).click();
  await showSidePanel(page, 'History');
  await page.getByRole('button', { name: 'History' }).click();
  await chooseOption(page, 'Changes to', 'the code claim');
  const trail = page.getByRole('list', { name: 'Changes to the code' }).getByRole('listitem');
  await expect.poll(async () => (await trail.allInnerTexts()).slice(0, 6).map((t) => t.replace(/(by [^,]+), .+$/su, '$1'))).toEqual([
    `Redo: Disagreement on “claim” at “${DRUGS}” settled: no coding kept by Lee`,
    `Redo: Disagreement on “claim” at “${BAIL}” settled: Coder 1’s coding kept by Lee`,
    `Undo: Disagreement on “claim” at “${BAIL}” settled: Coder 1’s coding kept by Lee`,
    `Undo: Disagreement on “claim” at “${DRUGS}” settled: no coding kept by Lee`,
    `Disagreement on “claim” at “${DRUGS}” settled: no coding kept by Lee`,
    `Disagreement on “claim” at “${BAIL}” settled: Coder 1’s coding kept by Lee`,
  ]);

  // What both coders coded alike goes into the consensus in one step, once.
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Agreement' }).click();
  await expect.poll(() => report.innerText()).toContain('1 passage was coded alike by every coder compared.');
  await report.getByRole('button', { name: 'Take agreed passages into Consensus' }).click();
  await expect.poll(() => page.getByRole('status', { name: 'Status' }).innerText()).toBe('Agreed codings taken into Consensus (1).');
  await report.getByRole('button', { name: 'Take agreed passages into Consensus' }).click();
  await expect.poll(() => page.getByRole('status', { name: 'Status' }).innerText()).toBe('Consensus already holds every agreed passage.');

  // The consensus coder's codings export like any coder's.
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Code' }).click();
  const segmentsPath = join(app.dataDir, 'segments.csv');
  await exportCsv(app, segmentsPath);
  const consensus = readCsv(segmentsPath).filter((row) => row.coder === 'Consensus');
  expect(consensus.map((row) => [row.document_title, row.code, row.text])).toEqual([[NEWS, 'claim', REFORMS], [WATCH, 'claim', BAIL]]);

  // Out of blind mode since the agreement was first computed, Lee codes once more: the methods
  // paragraph says Lee coded partly blind.
  await applyClaim(page, NEWS, 'moving on from Victor Hale');
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Agreement' }).click();
  await choices.getByRole('button', { name: 'Compute agreement' }).click();
  await expect.poll(() => methods.inputValue()).toContain('as recorded with each coding: Coder 1 coded in blind mode; Lee partly blind (2 of 3 codings).');

  // That coding is a new disagreement; it is settled with an extent set on the text: a selection in
  // Lee's text, then its ends moved a word at a time, the quote shown before it is taken.
  const third = `${NEWS}: claim, coded by one coder only`;
  await list.getByRole('option', { name: third, exact: true }).click();
  const news = page.getByRole('region', { name: `Disagreement in ${NEWS}` });
  const edited = news.getByRole('group', { name: 'Edited passage' });
  const quote = edited.getByRole('status', { name: 'Edited passage quote' });
  await expect.poll(() => quote.innerText()).toMatch(/^“moving on from Victor Hale” \(characters \d+–\d+\)$/u);
  await page.getByRole('heading', { name: 'Disagreements' }).click();
  await dragAcross(page, 'from Victor', 'section[aria-label="Lee’s codings"] .disagreement-text');
  await expect.poll(() => quote.innerText()).toMatch(/^“from Victor” /u);
  await edited.getByRole('button', { name: 'End a word later' }).click();
  await edited.getByRole('button', { name: 'Start a word earlier' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => quote.innerText()).toMatch(/^“on from Victor Hale” /u);
  await edited.getByRole('button', { name: 'Keep edited passage' }).click();
  await expect.poll(() => progress(page)).toBe('3 of 3 disagreements settled into Consensus.');
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Code' }).click();
  await exportCsv(app, segmentsPath);
  expect(readCsv(segmentsPath).filter((row) => row.coder === 'Consensus').map((row) => row.text)).toContain('on from Victor Hale');
  expect(app.pageErrors).toEqual([]);
});
