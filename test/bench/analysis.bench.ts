// Analysis in the app (issue 10), click to paint, in Chromium, against baselines timed in the same
// page and run, alternated with the app's figures:
//   1. Compare table: from the click on Compare (the place reads the project, hands it to the
//      analysis worker, which computes every cell's five measures) to the first frame whose table
//      shows the expected `criticism` × `right` count. Baseline: reading the document rows, the
//      codings and the texts the table needs straight from IndexedDB (getAll, no Dexie: a floor
//      under any read). Goal ≤ 1.5×.
//   2. Corpus search: from the click on Search (regular expression, case-insensitive) to the first
//      frame listing the hits in context with their count. Baseline: the texts read from IndexedDB
//      plus a plain scan of them with the same regular expression. Goal ≤ 2×.
// The project is issue 10's (analysisProject.ts: 1,000 documents of ~800 words, three leanings,
// 100,000 codings of 20 codes by 3 coders), written straight into the project's database; the
// expected count and hits are computed here in Node from the same rows, so a run that ends has seen
// the right figures. `measureAnalysis` at a tiny scale is what test/e2e/analysisBench.test.ts runs.
import type { Page } from 'playwright-core';
import { launchApp } from '../e2e/app';
import { createAnalysisIndex } from '../../shared/analysis/analysisIndex';
import { EMPTY_DOCUMENT_FILTER } from '../../shared/library/documentFilter';
import { compareTable } from '../../shared/stats/compare';
import { searchCorpus } from '../../shared/search/corpusSearch';
import { median, ms, ratio, type Benchmark } from './benchmark';
import { allowEvaluatedFunctions } from './benchPages';
import { TIMING_PREFIX } from '../../renderer/features/analysis/analysisTiming';
import { ANALYSIS_SCALE, makeAnalysisProject, type AnalysisScale } from './analysisProject';
import { chooseOption } from '../e2e/choose';

export interface AnalysisBenchSettings {
  scale: AnalysisScale;
  runs: number;
  /** The regular expression searched (case-insensitive). */
  pattern: string;
}

export const FULL_ANALYSIS: AnalysisBenchSettings = { scale: ANALYSIS_SCALE, runs: 5, pattern: '\\b(bail|victim)s?\\b' };

export interface AnalysisFigures {
  compare: number[];
  /** Where each Compare run's time went: the app's performance measures (analysisTiming.ts), ms by step. */
  compareSteps: Array<Record<string, number>>;
  compareRead: number[];
  search: number[];
  searchBaseline: number[];
  hits: number;
  /** The `criticism` × `right` passages the table showed. */
  cell: number;
  pageErrors: string[];
}

const CHUNK = 10_000;

/** What installBenchHelpers puts on the page, for the functions evaluated in it. */
interface BenchGlobals {
  /** The open project's IndexedDB database, opened anew (the caller closes it). */
  fwBenchProject(): Promise<IDBDatabase>;
}

/** Runs in the page, before its scripts, on every load. */
function installBenchHelpers(): void {
  const open = (name: string) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  (globalThis as unknown as BenchGlobals).fwBenchProject = async () => {
    const registry = await open('framewise-registry');
    const projectId = await new Promise<string>((resolve, reject) => {
      const request = registry.transaction('settings').objectStore('settings').get('currentProjectId');
      request.onsuccess = () => resolve((request.result as { value: string }).value);
      request.onerror = () => reject(request.error);
    });
    registry.close();
    return open(`framewise-project-${projectId}`);
  };
}

export async function measureAnalysis(settings: AnalysisBenchSettings, log: (line: string) => void = console.log): Promise<AnalysisFigures> {
  const { rows, texts } = makeAnalysisProject(settings.scale);
  const table = compareTable(createAnalysisIndex(rows, texts), { rows: { kind: 'codes', codeIds: [], rollUp: false }, columns: { kind: 'attribute', name: 'leaning' }, documents: EMPTY_DOCUMENT_FILTER, coderIds: [] });
  const r = table.rows.findIndex((row) => row.label === 'criticism');
  const c = table.columns.findIndex((column) => column.label === 'right');
  const cell = table.cells[r]![c]!.passages;
  const searched = searchCorpus({ pattern: settings.pattern, mode: 'regex', caseInsensitive: true, accentInsensitive: false }, rows.documents.map((d) => ({ docId: d.id, text: texts.get(d.id)! })));
  if (!searched.ok) throw new Error(searched.message);
  const hits = searched.lines.length;

  const app = await launchApp();
  await allowEvaluatedFunctions(app.context);
  await app.context.addInitScript(installBenchHelpers);
  try {
    const { page } = app;
    await page.evaluate(installBenchHelpers);
    const t0 = Date.now();
    await seed(page, rows, texts);
    log(`${rows.documents.length} documents and ${rows.codings.length.toLocaleString('en')} codings written in ${Date.now() - t0} ms`);
    await page.reload();
    await page.getByRole('heading', { name: /^Documents/ }).waitFor();

    const figures: AnalysisFigures = { compare: [], compareSteps: [], compareRead: [], search: [], searchBaseline: [], hits, cell, pageErrors: [] };
    const places = page.getByRole('navigation', { name: 'Places' });
    for (let run = 0; run < settings.runs; run++) {
      await places.getByRole('button', { name: 'Code' }).click();
      await idle(page);
      figures.compareRead.push(await timeRead(page, ['documents', 'codings', 'texts']));
      await idle(page);
      const compared = await timeCompare(page, `criticism, right: ${cell}. Open its passages`);
      figures.compare.push(compared.total);
      figures.compareSteps.push(compared.steps);
      log(`run ${run + 1}: compare ${compared.total.toFixed(0)} ms (${stepsText(compared.steps)}), read ${figures.compareRead.at(-1)!.toFixed(0)} ms`);
    }

    await places.getByRole('button', { name: 'Retrieve' }).click();
    const place = page.getByRole('main', { name: 'Retrieve' });
    await place.getByRole('group', { name: 'Find' }).getByRole('button', { name: 'Search the texts' }).click();
    const form = place.getByRole('search', { name: 'Search the texts' });
    await chooseOption(form, 'Search as', 'Regular expression');
    await form.getByRole('searchbox', { name: 'Search for' }).fill(settings.pattern);
    const expected = `${hits} hit${hits === 1 ? '' : 's'} in `;
    for (let run = 0; run < settings.runs; run++) {
      await idle(page);
      figures.searchBaseline.push(await timeScan(page, settings.pattern));
      await idle(page);
      figures.search.push(await timeSearch(page, expected, Math.min(hits, 1)));
      log(`run ${run + 1}: search ${figures.search.at(-1)!.toFixed(0)} ms, read + scan ${figures.searchBaseline.at(-1)!.toFixed(0)} ms`);
    }
    figures.pageErrors = [...app.pageErrors];
    return figures;
  } finally {
    await app.dispose();
  }
}

/** Writes the rows into the open project's database, with the coding counts the app keeps beside them. */
async function seed(page: Page, rows: ReturnType<typeof makeAnalysisProject>['rows'], texts: Map<string, string>): Promise<void> {
  const counts = new Map<string, { codeId: string; docId: string; coderId: string; count: number }>();
  for (const coding of rows.codings) {
    const key = `${coding.codeId} ${coding.docId} ${coding.coderId}`;
    const row = counts.get(key) ?? { codeId: coding.codeId, docId: coding.docId, coderId: coding.coderId, count: 0 };
    row.count++;
    counts.set(key, row);
  }
  const batches: Array<Record<string, unknown[]>> = [
    { documents: [...rows.documents], texts: [...texts].map(([docId, text]) => ({ docId, text })), codes: [...rows.codes], coders: [...rows.coders], codingCounts: [...counts.values()] },
  ];
  for (let i = 0; i < rows.codings.length; i += CHUNK) batches.push({ codings: rows.codings.slice(i, i + CHUNK) });
  for (const batch of batches) {
    await page.evaluate(async (batch) => {
      const db = await (globalThis as unknown as BenchGlobals).fwBenchProject();
      const tx = db.transaction(Object.keys(batch), 'readwrite');
      for (const [store, records] of Object.entries(batch)) for (const record of records) tx.objectStore(store).put(record);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = (event) => reject(new Error(`${String((event.target as IDBRequest).error)} in ${Object.keys(batch).join(', ')}`));
      });
      db.close();
    }, batch);
  }
}

/** Until the window is idle: the previous step's queries read, nothing left to draw. */
async function idle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 5000 })));
}

/** The baseline read: getAll of `stores` of the project's database, in one read transaction. */
function timeRead(page: Page, stores: string[]): Promise<number> {
  return page.evaluate(async (stores) => {
    const t0 = performance.now();
    const db = await (globalThis as unknown as BenchGlobals).fwBenchProject();
    const tx = db.transaction(stores);
    await Promise.all(
      stores.map(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return performance.now() - t0;
  }, stores);
}

/** `steps` as `read 1200, window index 300, …` (ms). */
function stepsText(steps: Record<string, number>): string {
  return Object.entries(steps)
    .map(([step, value]) => `${step} ${value.toFixed(0)}`)
    .join(', ');
}

/**
 * Clicks Compare; to the first task after the frame whose table has the cell labelled `label`. With
 * it, the app's own measures of its steps in that time (analysisTiming.ts), and what came after the
 * worker's answer (rendering and painting the table).
 */
function timeCompare(page: Page, label: string): Promise<{ total: number; steps: Record<string, number> }> {
  return page.evaluate(
    ({ label, prefix }) =>
      new Promise<{ total: number; steps: Record<string, number> }>((resolve, reject) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Places"] button')].find((b) => b.textContent?.trim() === 'Compare');
        if (!button) return reject(new Error('no Compare button'));
        performance.clearMeasures();
        const t0 = performance.now();
        button.click();
        const finish = () => {
          const total = performance.now() - t0;
          const steps: Record<string, number> = {};
          let answered = t0;
          for (const entry of performance.getEntriesByType('measure')) {
            if (!entry.name.startsWith(prefix) || entry.startTime < t0) continue;
            const step = entry.name.slice(prefix.length);
            steps[step] = (steps[step] ?? 0) + entry.duration;
            if (step === 'worker answer') answered = Math.max(answered, entry.startTime + entry.duration);
          }
          steps['after the answer (render, paint)'] = t0 + total - answered;
          resolve({ total, steps });
        };
        const check = () => {
          const painted = [...document.querySelectorAll('table.compare-table button')].some((b) => b.getAttribute('aria-label') === label);
          if (painted) setTimeout(finish, 0);
          else if (performance.now() - t0 > 300_000) reject(new Error(`Compare did not show “${label}”`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { label, prefix: TIMING_PREFIX },
  );
}

/** The search baseline: the texts read from IndexedDB and scanned with the same expression. */
function timeScan(page: Page, pattern: string): Promise<number> {
  return page.evaluate(async (pattern) => {
    const t0 = performance.now();
    const db = await (globalThis as unknown as BenchGlobals).fwBenchProject();
    const texts = await new Promise<Array<{ text: string }>>((resolve, reject) => {
      const request = db.transaction('texts').objectStore('texts').getAll();
      request.onsuccess = () => resolve(request.result as Array<{ text: string }>);
      request.onerror = () => reject(request.error);
    });
    db.close();
    let n = 0;
    for (const { text } of texts) {
      const regex = new RegExp(pattern, 'giu');
      while (regex.exec(text)) n++;
    }
    if (n < 0) throw new Error('unreachable');
    return performance.now() - t0;
  }, pattern);
}

/** Clicks Search; to the first task after the frame showing `expected` hits and at least `rows` lines in context. */
function timeSearch(page: Page, expected: string, rows: number): Promise<number> {
  return page.evaluate(
    ({ expected, rows }) =>
      new Promise<number>((resolve, reject) => {
        const form = document.querySelector('form[role="search"]');
        const button = [...(form?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Search');
        if (!button) return reject(new Error('no Search button'));
        const t0 = performance.now();
        button.click();
        const check = () => {
          const status = [...document.querySelectorAll('.corpus-search [role="status"]')].map((s) => s.textContent ?? '');
          const lines = document.querySelectorAll('table.kwic-table tbody tr').length;
          if (status.some((s) => s.startsWith(expected)) && lines >= rows) setTimeout(() => resolve(performance.now() - t0), 0);
          else if (performance.now() - t0 > 300_000) reject(new Error(`the search did not show “${expected}…”`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { expected, rows },
  );
}

/** The steps measured in any run, in the order first seen. */
function compareStepNames(runs: ReadonlyArray<Record<string, number>>): string[] {
  return [...new Set(runs.flatMap((steps) => Object.keys(steps)))];
}

export default (async () => {
  const settings = FULL_ANALYSIS;
  const f = await measureAnalysis(settings);
  const list = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
  const rCompare = median(f.compare) / median(f.compareRead);
  const rSearch = median(f.search) / median(f.searchBaseline);
  const { docs, words, codings } = settings.scale;
  return {
    title: `Analysis in the app: ${docs.toLocaleString('en')} documents of ${words} words, ${codings.toLocaleString('en')} codings of 20 codes by 3 coders`,
    figures: [
      { name: 'Compare table, click to painted (20 codes × 3 leanings, five measures, no bootstrap)', value: ms(median(f.compare)), note: `median of ${f.compare.length}: ${list(f.compare)}` },
      { name: 'baseline: documents, codings and texts read from IndexedDB', value: ms(median(f.compareRead)), note: `median of ${f.compareRead.length}: ${list(f.compareRead)}` },
      { name: 'Compare, ratio', value: ratio(rCompare), note: 'goal ≤ 1.50×' },
      ...compareStepNames(f.compareSteps).map((step) => ({ name: `Compare step: ${step}`, value: ms(median(f.compareSteps.map((s) => s[step] ?? 0))), note: `median of ${f.compareSteps.length} (the app's performance measures)` })),
      { name: `corpus regex search with KWIC, click to painted (${f.hits.toLocaleString('en')} hits)`, value: ms(median(f.search)), note: `median of ${f.search.length}: ${list(f.search)}` },
      { name: 'baseline: texts read from IndexedDB + plain regex scan', value: ms(median(f.searchBaseline)), note: `median of ${f.searchBaseline.length}: ${list(f.searchBaseline)}` },
      { name: 'search, ratio', value: ratio(rSearch), note: 'goal ≤ 2.00×' },
      ...(f.pageErrors.length > 0 ? [{ name: 'errors the page logged', value: String(f.pageErrors.length), note: [...new Set(f.pageErrors)].join('; ').slice(0, 300) }] : []),
    ],
    verdict: `Compare ${ratio(rCompare)} the read (goal ≤ 1.5×: ${rCompare <= 1.5 ? 'met' : 'NOT met'}); search ${ratio(rSearch)} read + scan (goal ≤ 2×: ${rSearch <= 2 ? 'met' : 'NOT met'}).`,
  };
}) satisfies Benchmark;
