// Scale (issue 14): the same 1,000 documents of 800 words holding 100,000 codings (dense: 4 codes,
// 3 coders) or 300 (sparse), both projects built in the same run, the codings written straight into
// the project's database (with their counts, as the app writes them: renderer/db/codingCounts.ts).
// Figures, dense against sparse (ratios: the machine is shared, absolute times are not comparable
// between runs):
//   1. Codebook counts final: from the reload of the window to the first frame in which every code
//      of the codebook shows its count of codings. Goal: ≤ 1.5× sparse, and under 300 ms.
//   2. Opening a document with 100 codings of its own: from the click in the document list to the
//      first frame painted with its highlights and the passage list counting 100. Goal ≤ 1.5×.
//   3. The Library with per-document coding counts: from the click on Library to the first frame in
//      which every drawn row shows its document's count. Goal ≤ 1.5×.
//   4. Applying a code: key press to the painted highlight, p95 (test/bench/bigDocument.bench.ts's
//      method). Goal ≤ 1.2×.
//
// `FW_SCALE=small npm run bench -- scale` runs a tenth of the scale (100 documents, 10,000 codings),
// for a loaded machine; `measureScale` with a tiny scale is what test/e2e/scaleBench.test.ts runs, so
// that this code is exercised by the tests and cannot rot.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchApp } from '../e2e/app';
import { writeCorpus } from '../fixtures/corpusGenerator';
import { importThroughDialog } from '../e2e/actions';
import { median, ms, percentile, ratio, type Benchmark } from './benchmark';
import { timeApplications } from './bigDocument.bench';
import { describeReads, windowReadsOf, type WindowReads } from './windowReads';

export interface ScaleSettings {
  docs: number;
  words: number;
  dense: number;
  sparse: number;
  /** Codings of the document that is opened (all of them by the current coder). */
  ofOpened: number;
  runs: number;
  applications: number;
}

export const FULL_SCALE: ScaleSettings = { docs: 1000, words: 800, dense: 100_000, sparse: 300, ofOpened: 100, runs: 5, applications: 100 };
export const SMALL_SCALE: ScaleSettings = { docs: 100, words: 800, dense: 10_000, sparse: 300, ofOpened: 100, runs: 5, applications: 100 };

export interface ProjectFigures {
  codings: number;
  /** From the start of the page's load. */
  codebookFinal: number[];
  /** From the first frame showing the codebook's codes (the project open) to the counts final. */
  codebookAfterCodes: number[];
  /** Errors the page threw or logged, with their stacks (none expected). */
  pageErrors: string[];
  opens: number[];
  library: number[];
  applications: number[];
  /** What the window read from IndexedDB after one more application (and its long frames). */
  oneApplication: WindowReads;
  /** What the window read opening the document, in the last run. */
  openReads: WindowReads;
}

interface Seeded {
  /** The title of the document that is opened. */
  opened: string;
  /** Codings per code name, and per document title. */
  byCode: Record<string, number>;
  byTitle: Record<string, number>;
}

export async function measureScale(settings: ScaleSettings, log: (line: string) => void = console.log): Promise<{ sparse: ProjectFigures; dense: ProjectFigures }> {
  const corpus = mkdtempSync(join(tmpdir(), 'fw-bench-scale-'));
  try {
    writeCorpus(corpus, { docs: settings.docs, words: settings.words });
    const paths = readdirSync(corpus)
      .filter((f) => f !== 'manifest.json')
      .sort()
      .map((f) => join(corpus, f));
    const sparse = await measureProject(paths, settings.sparse, settings, (line) => log(`  sparse: ${line}`));
    const dense = await measureProject(paths, settings.dense, settings, (line) => log(`  dense: ${line}`));
    return { sparse, dense };
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

async function measureProject(paths: string[], codings: number, settings: ScaleSettings, log: (line: string) => void): Promise<ProjectFigures> {
  const app = await launchApp();
  try {
    const { page } = app;
    await importThroughDialog(app, paths);
    await page.getByRole('heading', { name: `Documents (${paths.length})` }).waitFor({ timeout: 600_000 });
    const t0 = Date.now();
    const seeded = await seedProject(page, codings, settings.ofOpened);
    log(`${codings.toLocaleString('en')} codings written in ${Date.now() - t0} ms`);

    const figures: ProjectFigures = {
      codings,
      codebookFinal: [],
      codebookAfterCodes: [],
      opens: [],
      library: [],
      applications: [],
      pageErrors: [],
      oneApplication: { reads: [], longFrames: [], longFrameScripts: [] },
      openReads: { reads: [], longFrames: [], longFrameScripts: [] },
    };
    for (let run = 0; run < settings.runs; run++) {
      await page.reload({ waitUntil: 'commit' });
      const codebook = await timeCodebookFinal(page, seeded.byCode);
      figures.codebookFinal.push(codebook.final);
      figures.codebookAfterCodes.push(codebook.final - codebook.codes);
      await page.getByRole('heading', { name: `Documents (${paths.length})` }).waitFor();
      await idle(page);
      if (run < settings.runs - 1) figures.opens.push(await timeOpen(page, seeded.opened, settings.ofOpened));
      else figures.openReads = await windowReadsOf(page, async () => figures.opens.push(await timeOpen(page, seeded.opened, settings.ofOpened)));
      await idle(page);
      figures.library.push(await timeLibrary(page, seeded.byTitle));
      await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Code' }).click();
      log(`run ${run + 1}: codebook ${figures.codebookFinal.at(-1)!.toFixed(0)} ms (${figures.codebookAfterCodes.at(-1)!.toFixed(0)} ms after its codes), open ${figures.opens.at(-1)!.toFixed(0)} ms, library ${figures.library.at(-1)!.toFixed(0)} ms`);
    }
    await page.getByRole('document', { name: `Text of ${seeded.opened}` }).waitFor();
    figures.applications = await timeApplications(page, settings.applications, settings.ofOpened);
    figures.oneApplication = await windowReadsOf(page, () => timeApplications(page, 1, settings.ofOpened + settings.applications, settings.applications));
    log(`opening the document read: ${describeReads(figures.openReads.reads)}; long frames ${figures.openReads.longFrameScripts.join('; ') || 'none'}`);
    log(`one application read: ${describeReads(figures.oneApplication.reads)}; long frames ${figures.oneApplication.longFrameScripts.join('; ') || 'none'}`);
    figures.pageErrors = [...app.pageErrors];
    for (const error of app.pageErrors) log(`page error: ${error}`);
    return figures;
  } finally {
    await app.dispose();
  }
}

/**
 * Writes `total` codings straight into the open project's IndexedDB, with the count rows the app
 * keeps beside them: `ofOpened` in the first document, by the current coder; the rest spread evenly
 * over the other documents, by three coders, of the first four codes, at spread-out places.
 */
export async function seedProject(page: Page, total: number, ofOpened: number): Promise<Seeded> {
  const seeded = await page.evaluate(
    async ({ total, ofOpened }) => {
      const open = (name: string) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const all = <T,>(db: IDBDatabase, store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => reject(request.error);
        });
      const registry = await open('framewise-registry');
      const settings = await all<{ key: string; value: unknown }>(registry, 'settings');
      registry.close();
      const projectId = settings.find((s) => s.key === 'currentProjectId')!.value as string;
      const db = await open(`framewise-project-${projectId}`);
      const docs = (await all<{ id: string; title: string; order: number }>(db, 'documents')).sort((a, b) => a.order - b.order);
      const texts = new Map((await all<{ docId: string; text: string }>(db, 'texts')).map((t) => [t.docId, t.text]));
      const codes = (await all<{ id: string; name: string; order: number; parentId: string | null }>(db, 'codes')).filter((c) => c.parentId === null).sort((a, b) => a.order - b.order).slice(0, 4);
      const [me] = await all<{ id: string }>(db, 'coders');
      const coders = [me!.id, crypto.randomUUID(), crypto.randomUUID()];
      const tx = db.transaction(['codings', 'codingCounts', 'coders'], 'readwrite');
      coders.slice(1).forEach((id, i) => tx.objectStore('coders').put({ id, name: `Coder ${i + 2}`, color: '#117733' }));
      const codings = tx.objectStore('codings');
      const counts = new Map<string, { codeId: string; docId: string; coderId: string; count: number }>();
      const byCode: Record<string, number> = {};
      const byTitle: Record<string, number> = {};
      const createdAt = new Date().toISOString();
      const opened = Math.min(ofOpened, total);
      for (let i = 0; i < total; i++) {
        // The opened document first, then round the others.
        const doc = i < opened || docs.length === 1 ? docs[0]! : docs[1 + ((i - opened) % (docs.length - 1))]!;
        const k = i < opened ? i : Math.floor((i - opened) / Math.max(1, docs.length - 1));
        const perDoc = i < opened ? opened : Math.ceil((total - opened) / Math.max(1, docs.length - 1));
        const text = texts.get(doc.id)!;
        const start = Math.floor((k * (text.length - 100)) / Math.max(1, perDoc)) + ((i * 7) % 13);
        const end = Math.min(text.length, start + 20 + ((i * 37) % 60));
        const code = codes[i % codes.length]!;
        const coderId = i < opened ? coders[0]! : coders[i % coders.length]!;
        codings.put({ id: crypto.randomUUID(), docId: doc.id, codeId: code.id, start, end, quote: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), coderId, createdAt });
        const key = `${code.id} ${doc.id} ${coderId}`;
        const row = counts.get(key) ?? { codeId: code.id, docId: doc.id, coderId, count: 0 };
        row.count++;
        counts.set(key, row);
        byCode[code.name] = (byCode[code.name] ?? 0) + 1;
        byTitle[doc.title] = (byTitle[doc.title] ?? 0) + 1;
      }
      for (const row of counts.values()) tx.objectStore('codingCounts').put(row);
      for (const code of codes) byCode[code.name] ??= 0;
      for (const doc of docs) byTitle[doc.title] ??= 0;
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return { opened: docs[0]!.title, byCode, byTitle };
    },
    { total, ofOpened },
  );
  return seeded;
}

/** Until the window is idle: the previous step's queries read, nothing left to draw. */
async function idle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 5000 })));
}

/**
 * From the start of the page's load (just reloaded) to the first task after the frame in which every
 * code's row in the codebook shows its count ("25000 codings in 1000 documents"); and when the first
 * frame showed every code's row (counted or not): the project open, its codes read.
 */
function timeCodebookFinal(page: Page, byCode: Record<string, number>): Promise<{ codes: number; final: number }> {
  return page.evaluate(
    (byCode) =>
      new Promise<{ codes: number; final: number }>((resolve, reject) => {
        let codes: number | null = null;
        const final = () => {
          const tree = document.querySelector('[role="treegrid"][aria-label="Codes"]');
          if (!tree) return false;
          const items = [...tree.querySelectorAll('[role="row"]')];
          if (codes === null && Object.keys(byCode).every((name) => items.some((item) => item.getAttribute('aria-label') === name))) codes = performance.now();
          return Object.entries(byCode).every(([name, n]) => {
            const text = items.find((item) => item.getAttribute('aria-label') === name)?.textContent ?? '';
            return n === 0 ? text.includes('No codings') : text.includes(`${n} coding${n === 1 ? '' : 's'} in`);
          });
        };
        const check = () => {
          if (final()) setTimeout(() => resolve({ codes: codes!, final: performance.now() }), 0);
          else if (performance.now() > 300_000) reject(new Error(`the codebook did not show the counts ${JSON.stringify(byCode)}`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    byCode,
  );
}

/** Clicks the document in the list; to the first task after the frame with its highlights and the list counting them. */
function timeOpen(page: Page, title: string, expected: number): Promise<number> {
  return page.evaluate(
    ({ title, expected }) =>
      new Promise<number>((resolve, reject) => {
        const row = [...document.querySelectorAll<HTMLElement>('nav [role="row"]')].find((r) => r.getAttribute('aria-label') === title);
        if (!row) return reject(new Error(`no document ${title} in the list`));
        const t0 = performance.now();
        row.click();
        const check = (inFrame: boolean) => {
          const ranges = document.querySelectorAll('.highlight-layer > .hl').length;
          const listed = document.getElementById('passages-heading')?.textContent?.includes(`(${expected})`);
          const shown = document.querySelector(`[role="document"][aria-label="Text of ${CSS.escape(title)}"]`);
          if (ranges > 0 && listed && shown) {
            const done = () => resolve(performance.now() - t0);
            if (inFrame) setTimeout(done, 0);
            else requestAnimationFrame(() => setTimeout(done, 0));
          } else if (performance.now() - t0 > 300_000) reject(new Error(`${title} did not open with ${expected} codings listed and highlighted`));
          else requestAnimationFrame(() => check(true));
        };
        check(false);
      }),
    { title, expected },
  );
}

/** Clicks Library; to the first task after the frame in which every drawn row shows its document's count. */
function timeLibrary(page: Page, byTitle: Record<string, number>): Promise<number> {
  return page.evaluate(
    (byTitle) =>
      new Promise<number>((resolve, reject) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Places"] button')].find((b) => b.textContent?.trim() === 'Library');
        if (!button) return reject(new Error('no Library button'));
        const wanted = Math.min(20, Object.keys(byTitle).length);
        const t0 = performance.now();
        button.click();
        const check = () => {
          // The Library is a grid (React Aria's Table): a row of column headers, then one row per drawn document.
          const grid = document.querySelector('[role="grid"][aria-label="Documents"]');
          const headers = [...(grid?.querySelectorAll('[role="columnheader"]') ?? [])];
          const column = headers.findIndex((header) => header.textContent?.trim().startsWith('Codings'));
          const rows = [...(grid?.querySelectorAll('[role="row"]') ?? [])].filter((row) => row.querySelector('[role="rowheader"]'));
          const right =
            column >= 0 &&
            rows.length >= wanted &&
            rows.every((row) => {
              const title = row.querySelector('[role="rowheader"]')?.textContent?.trim() ?? '';
              const cells = [...row.querySelectorAll('[role="rowheader"], [role="gridcell"]')];
              return cells[column]?.textContent?.trim() === (byTitle[title] ?? -1).toLocaleString();
            });
          if (right) setTimeout(() => resolve(performance.now() - t0), 0);
          else if (performance.now() - t0 > 300_000) reject(new Error('the Library did not show every drawn row with its count'));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    byTitle,
  );
}

/** What the window read from IndexedDB, in each project, and its long frames meanwhile. */
function readFigures(when: string, sparse: WindowReads, dense: WindowReads) {
  return [sparse, dense].map((reads, i) => ({
    name: `read from IndexedDB in the window ${when}, ${i ? 'dense' : 'sparse'}`,
    value: `${reads.reads.reduce((sum, r) => sum + r.rows, 0)} rows`,
    note: `${describeReads(reads.reads)}; long animation frames (the script longest in each): ${reads.longFrameScripts.slice(0, 3).join('; ') || 'none'}`,
  }));
}

export default (async () => {
  const small = process.env.FW_SCALE === 'small';
  const settings = small ? SMALL_SCALE : FULL_SCALE;
  const { sparse, dense } = await measureScale(settings);
  const list = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
  const pair = (name: string, s: number[], d: number[], goal: string) => {
    const r = median(d) / median(s);
    return [
      { name: `${name}, sparse`, value: ms(median(s)), note: `median of ${s.length}: ${list(s)}` },
      { name: `${name}, dense`, value: ms(median(d)), note: `median of ${d.length}: ${list(d)}` },
      { name: `${name}, ratio`, value: ratio(r), note: goal },
    ];
  };
  const p95s = percentile(sparse.applications, 95);
  const p95d = percentile(dense.applications, 95);
  const rOpen = median(dense.opens) / median(sparse.opens);
  const rBook = median(dense.codebookFinal) / median(sparse.codebookFinal);
  const afterCodes = median(dense.codebookAfterCodes);
  const rLib = median(dense.library) / median(sparse.library);
  const rApply = p95d / p95s;
  return {
    title: `Scale: ${settings.docs.toLocaleString('en')} documents of ${settings.words} words, ${settings.dense.toLocaleString('en')} codings against ${settings.sparse}${small ? ' (small scale)' : ''}`,
    figures: [
      ...pair('codebook counts final, from the window’s load', sparse.codebookFinal, dense.codebookFinal, 'goal ≤ 1.50×'),
      ...pair('codebook counts final, from its codes shown (project open)', sparse.codebookAfterCodes, dense.codebookAfterCodes, 'goal: dense < 300 ms'),
      ...pair(`open a document with ${settings.ofOpened} codings`, sparse.opens, dense.opens, 'goal ≤ 1.50×'),
      ...pair('Library with per-document counts', sparse.library, dense.library, 'goal ≤ 1.50×'),
      { name: 'apply a code p95, sparse', value: ms(p95s), note: `${sparse.applications.length} applications; p50 ${ms(median(sparse.applications))}` },
      { name: 'apply a code p95, dense', value: ms(p95d), note: `${dense.applications.length} applications; p50 ${ms(median(dense.applications))}` },
      { name: 'apply a code p95, ratio', value: ratio(rApply), note: 'goal ≤ 1.20×' },
      ...readFigures('opening the document (last run)', sparse.openReads, dense.openReads),
      ...readFigures('after one application', sparse.oneApplication, dense.oneApplication),
      ...(sparse.pageErrors.length + dense.pageErrors.length > 0
        ? [{ name: 'errors the page logged', value: String(sparse.pageErrors.length + dense.pageErrors.length), note: [...new Set([...sparse.pageErrors, ...dense.pageErrors])].join('; ').slice(0, 300) }]
        : []),
    ],
    verdict:
      `Codebook ${ratio(rBook)}, ${ms(afterCodes)} after its codes show (goal ≤ 1.5× and < 300 ms: ${rBook <= 1.5 && afterCodes < 300 ? 'met' : 'NOT met'}); ` +
      `open ${ratio(rOpen)} (${rOpen <= 1.5 ? 'met' : 'NOT met'}); Library ${ratio(rLib)} (${rLib <= 1.5 ? 'met' : 'NOT met'}); apply p95 ${ratio(rApply)} (${rApply <= 1.2 ? 'met' : 'NOT met'}).`,
  };
}) satisfies Benchmark;
