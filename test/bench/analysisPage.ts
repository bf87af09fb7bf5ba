// What the analysis benchmark (analysis.bench.ts) does inside the app's page: open the project's
// IndexedDB database beside the app, write the synthetic project into it, time the baselines (a plain
// getAll of the stores a place reads, and that read plus a regular-expression scan), and time a
// researcher's action from its click to the first frame that shows its result.
import type { Page } from 'playwright-core';
import { TIMING_PREFIX } from '../../renderer/features/analysis/analysisTiming';
import type { ProjectRows } from '../../shared/analysis/analysisIndex';

const CHUNK = 10_000;

/** What installBenchHelpers and armTimer put on the page, for the functions evaluated in it. */
interface BenchGlobals {
  /** The open project's IndexedDB database, opened anew (the caller closes it). */
  fwBenchProject(): Promise<IDBDatabase>;
  /** The armed action's time to paint (timeToPaint). */
  fwBenchTimed?: Promise<Timed>;
}

/** Runs in the page, before its scripts, on every load. */
export function installBenchHelpers(): void {
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

/** Writes the rows into the open project's database, with the coding counts the app keeps beside them. */
export async function seed(page: Page, rows: ProjectRows, texts: Map<string, string>): Promise<void> {
  const counts = new Map<string, { codeId: string; docId: string; coderId: string; count: number }>();
  for (const coding of rows.codings) {
    const key = `${coding.codeId} ${coding.docId} ${coding.coderId}`;
    const row = counts.get(key) ?? { codeId: coding.codeId, docId: coding.docId, coderId: coding.coderId, count: 0 };
    row.count++;
    counts.set(key, row);
  }
  const batches: Array<Record<string, unknown[]>> = [
    {
      documents: [...rows.documents],
      texts: [...texts].map(([docId, text]) => ({ docId, text })),
      codes: [...rows.codes],
      coders: [...rows.coders],
      documentSets: [...rows.sets],
      codingCounts: [...counts.values()],
    },
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
export async function idle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 5000 })));
}

/** The baseline read: getAll of `stores` of the project's database, in one read transaction. */
export function timeRead(page: Page, stores: string[]): Promise<number> {
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

/** The search baseline: the texts read from IndexedDB and scanned with the same expression. */
export function timeScan(page: Page, pattern: string): Promise<number> {
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

/** Something a frame must show: an element matching `selector` whose aria-label is `label` and whose text starts with `text` (each when given). */
export interface Shown {
  selector: string;
  label?: string;
  text?: string;
}

export interface Timed {
  /** From the action to the first task after the frame that showed its result, ms. */
  total: number;
  /** The app's own measures of its steps in that time (analysisTiming.ts), ms by step, and what came after the worker's answer. */
  steps: Record<string, number>;
}

/**
 * Times `act` (a researcher's action, done by Playwright on controls found by role and name) to the
 * first task after the frame that shows everything in `shown`. The action starts at the time stamp
 * of the first pointer press, click or change on a control (a button, a tick box, an option, a tab, a native
 * select) that does not only open a list or a dialog: opening a field's list is not counted, nor is
 * Playwright's own work before the press (finding the control, checking it can be clicked).
 */
export async function timeToPaint(page: Page, act: () => Promise<unknown>, shown: readonly Shown[]): Promise<Timed> {
  await page.evaluate(armTimer, { shown: [...shown], prefix: TIMING_PREFIX });
  await act();
  return page.evaluate(() => (globalThis as unknown as BenchGlobals).fwBenchTimed!);
}

function armTimer({ shown, prefix }: { shown: Shown[]; prefix: string }): void {
  let t0: number | null = null;
  const types = ['pointerdown', 'pointerup', 'click', 'change'];
  const start = (event: Event) => {
    // A control, not what lies under the pointer when a list has opened (a popover's underlay, the page).
    const control = event.target instanceof Element ? event.target.closest('button, input, select, [role="option"], [role="tab"]') : null;
    if (t0 !== null || !control || control.closest('[aria-haspopup]:not([aria-haspopup="false"])')) return;
    t0 = event.timeStamp;
    for (const type of types) window.removeEventListener(type, start, true);
  };
  for (const type of types) window.addEventListener(type, start, true);
  performance.clearMeasures();
  const armed = performance.now();
  const shows = () =>
    shown.every(({ selector, label, text }) =>
      [...document.querySelectorAll(selector)].some((element) => (label === undefined || element.getAttribute('aria-label') === label) && (text === undefined || (element.textContent ?? '').startsWith(text))),
    );
  (globalThis as unknown as BenchGlobals).fwBenchTimed = new Promise<Timed>((resolve, reject) => {
    const finish = (from: number) => {
      const total = performance.now() - from;
      const steps: Record<string, number> = {};
      let answered = from;
      for (const entry of performance.getEntriesByType('measure')) {
        if (!entry.name.startsWith(prefix) || entry.startTime < from) continue;
        const step = entry.name.slice(prefix.length);
        steps[step] = (steps[step] ?? 0) + entry.duration;
        if (step === 'worker answer') answered = Math.max(answered, entry.startTime + entry.duration);
      }
      steps['after the answer (render, paint)'] = from + total - answered;
      resolve({ total, steps });
    };
    const check = () => {
      if (t0 !== null && shows()) {
        const from = t0;
        setTimeout(() => finish(from), 0);
      } else if (performance.now() - armed > 120_000) reject(new Error(`the page did not show ${JSON.stringify(shown)}`));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
