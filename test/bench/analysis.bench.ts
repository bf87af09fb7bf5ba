// Analysis in the app (issue 10), from a researcher's click to the painted result, in Chromium,
// against baselines timed in the same page and run, alternated with the app's figures:
//   1. Compare table: from the click on Compare (the place reads the project, hands it to the
//      analysis worker, which computes every cell's five measures) to the first frame whose table
//      shows the expected `criticism` × `right` count. Baseline: reading the document rows, the
//      codings and the texts the table needs straight from IndexedDB (getAll, no Dexie: a floor
//      under any read). Goal ≤ 1.5×.
//   2. Corpus search: from the click on Search (regular expression, case-insensitive) to the first
//      frame listing the hits in context with their count. Baseline: the texts read from IndexedDB
//      plus a plain scan of them with the same regular expression. Goal ≤ 2×.
//   In a fresh window (a reload: a new analysis worker), after Compare has shown its table:
//   3. Bootstrap intervals: from the tick on "95% intervals" to the table showing the `criticism` ×
//      `right` interval (2,000 resamples, seed 1). Goal < 1 s. Beside it, the tick taken off again
//      (the same table computed anew without intervals).
//   4. Co-occurrence of the 20 codes: from the click on "Codes by codes" to the matrix showing
//      `criticism` with the next code. Baseline: the same read as Compare's. Goal ≤ 2×.
//   In another fresh window:
//   5. Distinctive words: the view's first answer, clicked as soon as Compare's first table is
//      painted (whole documents of the first two leanings: their words are found then, unless the
//      worker found them meanwhile), Compare's columns by set (right | left and center), right
//      against the rest, then inside the passages of `criticism` (more than 10,000 passages), the
//      first time in the window and then with the stop words kept or left out (later calls). Goal
//      < 300 ms inside the code.
// The project is issue 10's (analysisProject.ts: 1,000 documents of ~800 words, three leanings,
// 100,000 codings of 20 codes by 3 coders), written straight into the project's database; what each
// place must show is computed in Node from the same rows (analysisExpected.ts). Each time is the
// app's path as a researcher meets it (analysisPage.ts: timeToPaint), with the app's own measures of
// its steps (analysisTiming.ts). `measureAnalysis` at a tiny scale is what
// test/e2e/analysisBench.test.ts runs.
import type { Page } from 'playwright-core';
import { launchApp } from '../e2e/app';
import { median, ms, ratio, type BenchFigure, type Benchmark } from './benchmark';
import { ANALYSIS_SCALE, CRITICISM, RIGHT_SET, makeAnalysisProject, type AnalysisScale } from './analysisProject';
import { expectedScreens, type AnalysisExpected } from './analysisExpected';
import { idle, installBenchHelpers, seed, timeRead, timeScan, timeToPaint, type Timed } from './analysisPage';
import { chooseOption } from '../e2e/choose';

export interface AnalysisBenchSettings {
  scale: AnalysisScale;
  runs: number;
  /** The regular expression searched (case-insensitive). */
  pattern: string;
}

export const FULL_ANALYSIS: AnalysisBenchSettings = { scale: ANALYSIS_SCALE, runs: 5, pattern: '\\b(bail|victim)s?\\b' };

export interface WordsFigures {
  /** The click on "Distinctive words" as soon as the window's first Compare table is painted: the view's first answer (columns by leaning). */
  opened: Timed;
  /** Its two groups, "center against left". */
  openedGroups: string;
  /** Columns by set (right | left and center), whole documents. */
  bySet: Timed;
  /** Right against the rest, whole documents. */
  right: Timed;
  /** Inside the passages of criticism: the first time in the window, then later calls. */
  inside: Timed;
  later: Timed[];
  /** Passages of criticism on either side. */
  passages: number;
}

export interface AnalysisFigures {
  compare: Timed[];
  compareRead: number[];
  search: Timed[];
  searchBaseline: number[];
  /** The intervals ticked on, and off again. */
  intervals: Timed[];
  intervalsOff: Timed[];
  cooccurrence: Timed[];
  cooccurrenceRead: number[];
  words: WordsFigures | null;
  hits: number;
  /** The `criticism` × `right` passages the table showed. */
  cell: number;
  pageErrors: string[];
}

/** The stores Compare's read takes from (the baseline's getAll). */
const READ = ['documents', 'codings', 'texts'];
const LONG = { timeout: 300_000 };
const COMPARE_CELL = 'table.compare-table button';
const WORDS_LINE = 'section[aria-label="Distinctive words"] p';

export async function measureAnalysis(settings: AnalysisBenchSettings, log: (line: string) => void = console.log): Promise<AnalysisFigures> {
  const { rows, texts } = makeAnalysisProject(settings.scale);
  const expected = expectedScreens(rows, texts, settings.pattern);

  const app = await launchApp();
  await app.context.addInitScript(installBenchHelpers);
  try {
    const { page } = app;
    await page.evaluate(installBenchHelpers);
    // A fresh window is a reload: its state, its analysis worker and what the worker found are gone.
    // Each window's startup checks end by asking main to clean up the library, or by logging why they
    // could not; a reload before either would interrupt them.
    const cleanUps = () => app.handled.filter((channel) => channel === 'cleanUpLibrary').length;
    let since = { cleanUps: 0, errors: 0 };
    const checked = () => untilTrue(() => cleanUps() > since.cleanUps || app.pageErrors.length > since.errors, 'the window’s startup checks did not end');
    const freshWindow = async () => {
      await checked();
      since = { cleanUps: cleanUps(), errors: app.pageErrors.length };
      await page.reload();
      await page.getByRole('heading', { name: /^Documents/ }).waitFor(LONG);
    };
    // Written once the first window's checks are done, so that they never read a half-written project.
    await checked();
    const t0 = Date.now();
    await seed(page, rows, texts);
    log(`${rows.documents.length} documents and ${rows.codings.length.toLocaleString('en')} codings written in ${Date.now() - t0} ms`);

    const figures: AnalysisFigures = { compare: [], compareRead: [], search: [], searchBaseline: [], intervals: [], intervalsOff: [], cooccurrence: [], cooccurrenceRead: [], words: null, hits: expected.hits, cell: expected.cellCount, pageErrors: [] };
    await freshWindow();
    await measureCompare(page, settings.runs, expected, figures, log);
    await measureSearch(page, settings, expected, figures, log);
    await freshWindow();
    await measureIntervalsAndCooccurrence(page, settings.runs, expected, figures, log);
    await freshWindow();
    figures.words = await measureWords(page, settings.runs, expected, log);
    figures.pageErrors = [...app.pageErrors];
    return figures;
  } finally {
    await app.dispose();
  }
}

/** Until `done()` holds (checked every 20 ms). */
async function untilTrue(done: () => boolean, problem: string): Promise<void> {
  const since = Date.now();
  while (!done()) {
    if (Date.now() - since > LONG.timeout) throw new Error(problem);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const places = (page: Page) => page.getByRole('navigation', { name: 'Places' });
const comparePlace = (page: Page) => page.getByRole('main', { name: 'Compare' });
const tableChoice = (page: Page) => comparePlace(page).getByRole('tablist', { name: 'Table' });
const untilShown = (page: Page, label: string) => page.getByRole('button', { name: label, exact: true }).waitFor(LONG);

async function measureCompare(page: Page, runs: number, expected: AnalysisExpected, figures: AnalysisFigures, log: (line: string) => void): Promise<void> {
  for (let run = 0; run < runs; run++) {
    await places(page).getByRole('button', { name: 'Code' }).click();
    await idle(page);
    figures.compareRead.push(await timeRead(page, READ));
    await idle(page);
    const compared = await timeToPaint(page, () => places(page).getByRole('button', { name: 'Compare' }).click(), [{ selector: COMPARE_CELL, label: expected.cell }]);
    figures.compare.push(compared);
    log(`run ${run + 1}: compare ${compared.total.toFixed(0)} ms (${stepsText(compared.steps)}), read ${figures.compareRead.at(-1)!.toFixed(0)} ms`);
  }
}

async function measureSearch(page: Page, settings: AnalysisBenchSettings, expected: AnalysisExpected, figures: AnalysisFigures, log: (line: string) => void): Promise<void> {
  await places(page).getByRole('button', { name: 'Retrieve' }).click();
  const place = page.getByRole('main', { name: 'Retrieve' });
  await place.getByRole('tablist', { name: 'Find' }).getByRole('tab', { name: 'Search the texts' }).click();
  const form = place.getByRole('search', { name: 'Search the texts' });
  await chooseOption(form, 'Search as', 'Regular expression');
  await form.getByRole('searchbox', { name: 'Search for' }).fill(settings.pattern);
  const shown = [{ selector: '.corpus-search [role="status"]', text: expected.searchStatus }, ...(expected.hits > 0 ? [{ selector: 'table.kwic-table tbody tr' }] : [])];
  for (let run = 0; run < settings.runs; run++) {
    await idle(page);
    figures.searchBaseline.push(await timeScan(page, settings.pattern));
    await idle(page);
    figures.search.push(await timeToPaint(page, () => form.getByRole('button', { name: 'Search', exact: true }).click(), shown));
    log(`run ${run + 1}: search ${figures.search.at(-1)!.total.toFixed(0)} ms, read + scan ${figures.searchBaseline.at(-1)!.toFixed(0)} ms`);
  }
}

async function measureIntervalsAndCooccurrence(page: Page, runs: number, expected: AnalysisExpected, figures: AnalysisFigures, log: (line: string) => void): Promise<void> {
  await places(page).getByRole('button', { name: 'Compare' }).click();
  await untilShown(page, expected.cell);
  const intervals = comparePlace(page).getByRole('checkbox', { name: /^95% intervals/ });
  for (let run = 0; run < runs; run++) {
    await idle(page);
    figures.intervals.push(await timeToPaint(page, () => intervals.check(), [{ selector: COMPARE_CELL, label: expected.cellWithInterval }]));
    await idle(page);
    figures.intervalsOff.push(await timeToPaint(page, () => intervals.uncheck(), [{ selector: COMPARE_CELL, label: expected.cell }]));
    log(`run ${run + 1}: intervals on ${figures.intervals.at(-1)!.total.toFixed(0)} ms (${stepsText(figures.intervals.at(-1)!.steps)}), off ${figures.intervalsOff.at(-1)!.total.toFixed(0)} ms`);
  }
  for (let run = 0; run < runs; run++) {
    await idle(page);
    figures.cooccurrenceRead.push(await timeRead(page, READ));
    await idle(page);
    const shown = [{ selector: 'table.cooccurrence-table button', label: expected.cooccurrenceCell }];
    figures.cooccurrence.push(await timeToPaint(page, () => tableChoice(page).getByRole('tab', { name: 'Codes by codes (co-occurrence)' }).click(), shown));
    log(`run ${run + 1}: co-occurrence ${figures.cooccurrence.at(-1)!.total.toFixed(0)} ms (${stepsText(figures.cooccurrence.at(-1)!.steps)}), read ${figures.cooccurrenceRead.at(-1)!.toFixed(0)} ms`);
    await tableChoice(page).getByRole('tab', { name: 'Codes by groups' }).click();
    await untilShown(page, expected.cell);
  }
}

async function measureWords(page: Page, runs: number, expected: AnalysisExpected, log: (line: string) => void): Promise<WordsFigures> {
  const lines = expected.words;
  // Waited for as timed (to the frame that shows it), not by Playwright's polling, which may look late.
  const compared = await timeToPaint(page, () => places(page).getByRole('button', { name: 'Compare' }).click(), [{ selector: COMPARE_CELL, label: expected.cell }]);
  log(`compare in a fresh window ${compared.total.toFixed(0)} ms (${stepsText(compared.steps)})`);
  const step = async (act: () => Promise<unknown>, line: string) => {
    const timed = await timeToPaint(page, act, [{ selector: WORDS_LINE, text: line }]);
    log(`distinctive words, ${line} ${timed.total.toFixed(0)} ms (${stepsText(timed.steps)})`);
    await idle(page);
    return timed;
  };
  // At once after the window's first table: the worker has had no time to find the words beforehand.
  const opened = await step(() => tableChoice(page).getByRole('tab', { name: 'Distinctive words' }).click(), lines.opened);
  const bySet = await step(() => chooseOption(comparePlace(page), 'Columns', 'By set'), lines.bySet);
  const view = comparePlace(page).getByRole('region', { name: 'Distinctive words' });
  const right = await step(() => chooseOption(view, 'Words of', RIGHT_SET), lines.right);
  const inside = await step(() => chooseOption(view, 'Inside', `Passages of ${CRITICISM.name}`), lines.inside);
  const stopWords = view.getByRole('checkbox', { name: 'Leave out English stop words' });
  const later: Timed[] = [];
  // The tick starts on: the first click keeps the stop words, the next leaves them out again.
  for (let run = 0; run < runs; run++) later.push(await step(() => stopWords.click(), run % 2 === 0 ? lines.insideWithStopWords : lines.inside));
  return { opened, openedGroups: lines.openedGroups, bySet, right, inside, later, passages: lines.passages };
}

/** `steps` as `read 1200, window index 300, …` (ms). */
function stepsText(steps: Record<string, number>): string {
  return Object.entries(steps)
    .map(([step, value]) => `${step} ${value.toFixed(0)}`)
    .join(', ');
}

const totals = (runs: readonly Timed[]) => runs.map((run) => run.total);
const list = (values: readonly number[]) => values.map((v) => v.toFixed(0)).join(', ');
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** A median time with its runs. */
function timeFigure(name: string, values: readonly number[], note = ''): BenchFigure {
  return { name, value: ms(median(values)), note: `median of ${values.length}: ${list(values)}${note}` };
}

/** The app's measures of each step, medians over the runs, in the order first seen. */
function stepFigures(what: string, runs: readonly Timed[]): BenchFigure[] {
  const names = [...new Set(runs.flatMap((run) => Object.keys(run.steps)))];
  return names.map((step) => ({ name: `${what} step: ${step}`, value: ms(median(runs.map((run) => run.steps[step] ?? 0))), note: `median of ${runs.length} (the app's performance measures)` }));
}

export default (async () => {
  const settings = FULL_ANALYSIS;
  const f = await measureAnalysis(settings);
  const words = f.words!;
  const rCompare = median(totals(f.compare)) / median(f.compareRead);
  const rSearch = median(totals(f.search)) / median(f.searchBaseline);
  const intervals = median(totals(f.intervals));
  const rCooccurrence = median(totals(f.cooccurrence)) / median(f.cooccurrenceRead);
  const later = median(totals(words.later));
  const { docs, words: length, codings } = settings.scale;
  return {
    title: `Analysis in the app: ${docs.toLocaleString('en')} documents of ${length} words, ${codings.toLocaleString('en')} codings of 20 codes by 3 coders`,
    figures: [
      timeFigure('Compare table, click to painted (20 codes × 3 leanings, five measures, no bootstrap)', totals(f.compare)),
      timeFigure('baseline: documents, codings and texts read from IndexedDB', f.compareRead),
      { name: 'Compare, ratio', value: ratio(rCompare), note: 'goal ≤ 1.50×' },
      ...stepFigures('Compare', f.compare),
      timeFigure(`corpus regex search with KWIC, click to painted (${f.hits.toLocaleString('en')} hits)`, totals(f.search)),
      timeFigure('baseline: texts read from IndexedDB + plain regex scan', f.searchBaseline),
      { name: 'search, ratio', value: ratio(rSearch), note: 'goal ≤ 2.00×' },
      timeFigure('95% intervals ticked on, click to painted (2,000 resamples, the table computed with them)', totals(f.intervals), '; goal < 1 s'),
      ...stepFigures('intervals', f.intervals),
      timeFigure('the same table, intervals ticked off again', totals(f.intervalsOff)),
      timeFigure('co-occurrence of the 20 codes, click to painted (overlapping passages)', totals(f.cooccurrence)),
      timeFigure('baseline: the same read as Compare’s', f.cooccurrenceRead),
      { name: 'co-occurrence, ratio', value: ratio(rCooccurrence), note: 'goal ≤ 2.00×' },
      ...stepFigures('co-occurrence', f.cooccurrence),
      { name: `distinctive words, first answer in a fresh window, clicked as soon as Compare’s first table is painted (whole documents, ${words.openedGroups})`, value: ms(words.opened.total), note: stepsText(words.opened.steps) },
      { name: 'distinctive words, columns by set (whole documents, left and center against right)', value: ms(words.bySet.total), note: stepsText(words.bySet.steps) },
      { name: 'distinctive words, right against the rest, whole documents', value: ms(words.right.total), note: stepsText(words.right.steps) },
      { name: `distinctive words inside criticism (${words.passages.toLocaleString('en')} passages), right against the rest: first time in the window`, value: ms(words.inside.total), note: `${stepsText(words.inside.steps)}; goal < 300 ms` },
      timeFigure('the same, later calls (stop words kept, left out, …)', totals(words.later), '; goal < 300 ms'),
      ...(f.pageErrors.length > 0 ? [{ name: 'errors the page logged', value: String(f.pageErrors.length), note: [...new Set(f.pageErrors)].join('; ').slice(0, 300) }] : []),
    ],
    verdict:
      `Compare ${ratio(rCompare)} the read (goal ≤ 1.5×: ${met(rCompare <= 1.5)}); search ${ratio(rSearch)} read + scan (goal ≤ 2×: ${met(rSearch <= 2)}); ` +
      `intervals on ${ms(intervals)} (goal < 1 s: ${met(intervals < 1000)}); co-occurrence ${ratio(rCooccurrence)} the read (goal ≤ 2×: ${met(rCooccurrence <= 2)}); ` +
      `distinctive words inside a code of ${words.passages.toLocaleString('en')} passages ${ms(words.inside.total)} the first time in a window, ${ms(later)} later (goal < 300 ms: ${met(Math.max(words.inside.total, later) < 300)}); ` +
      `the view's first answer in a fresh window ${ms(words.opened.total)} (${words.opened.total < 300 ? 'under' : 'over'} 300 ms).`,
  };
}) satisfies Benchmark;
