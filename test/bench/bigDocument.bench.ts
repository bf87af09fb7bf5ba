// Big documents (coding workspace issue, item 7): a 150,000-word document with 5,000 codings.
//   1. Time to first highlighted paint: from clicking the document in the list to the first frame
//      painted with its highlights (all 5,000 codings loaded, those near the screen drawn: see
//      renderer/features/coding/useVisibleTextWindow.ts); baseline: plain Lexical showing the same
//      text with no highlights (test/bench/pages/plain-lexical), in the same Chromium. Goal ≤ 1.5×.
//   2. Latency of applying one code: from the key press (1) to the first frame painted with the new
//      highlight, p50 and p95 over 100 applications. Goal: p95 < 50 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchApp } from '../e2e/app';
import { writeCorpus } from '../fixtures/corpusGenerator';
import { importThroughDialog } from '../e2e/actions';
import { canonicalTextOf } from '../e2e/corpus';
import { describeReads, windowReadsOf } from './windowReads';
import { median, ms, percentile, ratio, type Benchmark } from './benchmark';
import { openBenchPage } from './benchPages';

const WORDS = 150_000;
const CODINGS = 5_000;
const OPEN_RUNS = 9;
// Chromium compiles a page's scripts lazily and caches the code over its first loads: both sides get
// this many unmeasured opens first, so that the figures compare the work of opening, not compiling.
const WARM_UP_RUNS = 2;
const APPLICATIONS = 100;

export default (async () => {
  const corpus = mkdtempSync(join(tmpdir(), 'fw-bench-big-'));
  writeCorpus(corpus, { docs: 1, words: WORDS });
  const file = join(corpus, 'doc-1.txt');
  const text = canonicalTextOf(file);

  const app = await launchApp();
  try {
    await importThroughDialog(app, [file]);
    await seedCodings(app.page, CODINGS);

    // The two sides take turns, one opening each per round: this machine's speed drifts over a minute
    // (plain Lexical alone has moved 1.7× within one run), and turns put the same drift on both sides.
    const baseline = await openBenchPage('plain-lexical');
    const opens: number[] = [];
    const plain: number[] = [];
    for (let run = -WARM_UP_RUNS; run < OPEN_RUNS; run++) {
      await app.page.reload();
      await app.page.getByRole('navigation', { name: /Documents/ }).getByRole('row', { name: /^doc-1/ }).waitFor();
      const time = await timeOpen(app.page, 'doc-1', CODINGS);
      await baseline.page.reload();
      const plainTime = await baseline.page.evaluate((t) => window.renderPlain(t), text);
      if (run < 0) continue;
      opens.push(time);
      plain.push(plainTime);
      console.log(`  open ${run + 1}: ${time.toFixed(0)} ms; plain Lexical ${plainTime.toFixed(0)} ms`);
    }
    await baseline.close();

    const latencies = await timeApplications(app.page, APPLICATIONS, CODINGS);
    const oneMore = await windowReadsOf(app.page, () => timeApplications(app.page, 1, CODINGS + APPLICATIONS, APPLICATIONS));
    const heap = await heapAcrossOpening(app.page, 'doc-1', CODINGS + APPLICATIONS + 1);
    const heapGrowth = (heap.after - heap.before) / 2 ** 20;
    const openRatio = median(opens) / median(plain);
    const p95 = percentile(latencies, 95);
    return {
      title: `Big document: ${WORDS.toLocaleString('en')} words, ${CODINGS.toLocaleString('en')} codings`,
      figures: [
        { name: 'open to first highlighted paint (Framewise)', value: ms(median(opens)), note: `median of ${OPEN_RUNS} (after ${WARM_UP_RUNS} unmeasured): ${opens.map((v) => v.toFixed(0)).join(', ')}` },
        { name: 'open to first paint (plain Lexical, no highlights)', value: ms(median(plain)), note: `median of ${OPEN_RUNS} (after ${WARM_UP_RUNS} unmeasured), each right after one of Framewise's: ${plain.map((v) => v.toFixed(0)).join(', ')}` },
        { name: 'ratio to baseline', value: ratio(openRatio), note: 'goal ≤ 1.50×' },
        { name: 'apply one code, p50', value: ms(median(latencies)), note: `${APPLICATIONS} applications, key press to painted highlight` },
        { name: 'apply one code, p95', value: ms(p95), note: 'goal < 50 ms' },
        {
          name: 'read from IndexedDB in the window after one more application',
          value: `${oneMore.reads.reduce((sum, r) => sum + r.rows, 0)} rows`,
          note: `${describeReads(oneMore.reads)}; long animation frames (the script longest in each): ${oneMore.longFrameScripts.slice(0, 3).join('; ') || 'none'}`,
        },
        {
          name: 'heap after closing the document, less before opening it',
          value: `${heapGrowth.toFixed(2)} MB`,
          note: `JS heap after a full garbage collection, on the Library screen: ${(heap.before / 2 ** 20).toFixed(1)} MB before, ${(heap.after / 2 ** 20).toFixed(1)} MB after; goal ≤ 2 MB`,
        },
      ],
      verdict: `Opening: ${ratio(openRatio)} the baseline (goal ≤ 1.5×: ${openRatio <= 1.5 ? 'met' : 'NOT met'}). Applying a code: p95 ${ms(p95)} (goal < 50 ms: ${p95 < 50 ? 'met' : 'NOT met'}).`,
    };
  } finally {
    await app.dispose();
    rmSync(corpus, { recursive: true, force: true });
  }
}) satisfies Benchmark;

/**
 * The window's JS heap after a full garbage collection, on the Library screen, before the document
 * is opened in Code and after it is closed again (back to the Library): what opening it leaves
 * behind. Measured around the second opening of the window's life (see below).
 */
export async function heapAcrossOpening(page: Page, title: string, codings: number): Promise<{ before: number; after: number }> {
  const cdp = await page.context().newCDPSession(page);
  const view = page.getByRole('navigation', { name: 'Places' });
  const heap = async () => {
    // Twice: objects freed by the first collection's finalizers go in the second.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const openAndClose = async () => {
    await view.getByRole('button', { name: 'Code' }).click();
    await page.getByRole('navigation', { name: /Documents/ }).getByRole('row', { name: new RegExp(`^${title}\\b`) }).click();
    await page.getByRole('heading', { name: `Coded passages (${codings})` }).waitFor({ timeout: 60_000 });
    await view.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('grid', { name: 'Documents' }).waitFor();
  };
  await page.reload();
  // Once unmeasured: the code that opening runs is compiled (and kept) the first time, which is not
  // what a document leaves behind.
  await openAndClose();
  const before = await heap();
  await openAndClose();
  const after = await heap();
  await cdp.detach();
  return { before, after };
}

/**
 * Writes codings straight into the open project's IndexedDB, overlapping, spread over the text, with
 * the count rows the app keeps beside them (renderer/db/codingCounts.ts).
 */
export async function seedCodings(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
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
    const projectId = settings.find((s) => s.key === 'currentProjectId')!.value as string;
    const db = await open(`framewise-project-${projectId}`);
    const [doc] = await all<{ id: string }>(db, 'documents');
    const text = (await all<{ text: string }>(db, 'texts'))[0]!.text;
    const codes = await all<{ id: string }>(db, 'codes');
    const [coder] = await all<{ id: string }>(db, 'coders');
    const tx = db.transaction(['codings', 'codingCounts'], 'readwrite');
    const store = tx.objectStore('codings');
    const createdAt = new Date().toISOString();
    const perCode = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const codeId = codes[i % codes.length]!.id;
      perCode.set(codeId, (perCode.get(codeId) ?? 0) + 1);
      const start = Math.floor((i * (text.length - 1000)) / n);
      const end = start + 40 + ((i * 37) % 600);
      store.put({
        id: crypto.randomUUID(),
        docId: doc!.id,
        codeId,
        start,
        end,
        quote: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(end, end + 32),
        coderId: coder!.id,
        createdAt,
      });
    }
    for (const [codeId, count] of perCode) tx.objectStore('codingCounts').put({ codeId, docId: doc!.id, coderId: coder!.id, count });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    registry.close();
  }, count);
}

/**
 * Clicks the document in the list and waits for the first frame painted with its highlights: all
 * `expected` codings loaded (the list says so) and the highlights near the screen registered.
 */
export function timeOpen(page: Page, title: string, expected: number): Promise<number> {
  return page.evaluate(
    ({ title, expected }) =>
      new Promise<number>((resolve) => {
        const row = [...document.querySelectorAll<HTMLElement>('nav [role="row"]')].find((r) => r.getAttribute('aria-label')?.startsWith(title));
        if (!row) throw new Error(`no document ${title} in the list`);
        const t0 = performance.now();
        row.click();
        const done = () => resolve(performance.now() - t0);
        const check = (inFrame: boolean) => {
          const ranges = document.querySelectorAll('.highlight-layer > .hl').length;
          const listed = document.getElementById('passages-heading')?.textContent?.includes(`(${expected})`);
          // As in the baseline: the first task after the frame that paints it (inside a frame callback,
          // that frame's layout and paint come next; outside one, the next frame's).
          if (ranges > 0 && listed) {
            if (inFrame) setTimeout(done, 0);
            else requestAnimationFrame(() => setTimeout(done, 0));
          } else requestAnimationFrame(() => check(true));
        };
        check(false);
      }),
    { title, expected },
  );
}

/** Selects a fresh passage, presses 1, and times the key press to the frame with the new highlight. */
/** `first`: the index of the first application (each codes its own place), for a run after another. */
export async function timeApplications(page: Page, count: number, alreadyCoded: number, first = 0): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    // Latency of one application, as a researcher meets it: the previous one has settled (its live
    // queries re-read, the screen idle) before the next key is pressed.
    await page.waitForTimeout(250);
    await page.evaluate(() => new Promise((idle) => requestIdleCallback(() => idle(null), { timeout: 2000 })));
    await page.evaluate(async (k) => {
      const root = document.querySelector<HTMLElement>('[role="document"]')!;
      // The k-th passage: the start of paragraph (k·29) mod P, 25 + k mod 20 characters long; when that
      // passage is coded already (an earlier application chose it: on short documents the choices come
      // round again), the same length in the next paragraph that is free. Passages this window chose
      // are remembered across calls; one coded otherwise shows as drawn once scrolled to.
      const w = window as unknown as { __applied?: Promise<number>; __chosenPassages?: Set<string> };
      const chosen = (w.__chosenPassages ??= new Set());
      // The text's paragraphs (Lexical draws each as a <p>, whatever holds them).
      const paragraphElements = root.querySelectorAll('p');
      const paragraphs = paragraphElements.length;
      let textNode: Text | null;
      let range: Range | null = null;
      // The passage as the app codes it (without the spaces it ends with), whose boxes a new highlight draws.
      let wanted: Range | null = null;
      const near = (a: DOMRect, b: DOMRect) => Math.abs(a.left - b.left) < 1 && Math.abs(a.top - b.top) < 1 && Math.abs(a.right - b.right) < 1;
      const drawn = () => {
        const lines = [...wanted!.getClientRects()].filter((line) => line.width > 0);
        if (lines.length === 0) return false;
        for (const group of document.querySelectorAll('.highlight-layer > .hl')) {
          const boxes = [...group.children].map((box) => box.getBoundingClientRect());
          if (boxes.length === lines.length && boxes.every((box, i) => near(box, lines[i]!))) return true;
        }
        return false;
      };
      for (let step = 0; step < paragraphs; step++) {
        const at = (k * 29 + step) % paragraphs;
        const paragraph = paragraphElements[at]!;
        textNode = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
        if (!textNode) continue;
        const end = Math.min(textNode.data.length, 25 + (k % 20));
        if (chosen.has(`${at}:${end}`)) continue;
        range = document.createRange();
        range.setStart(textNode, 0);
        range.setEnd(textNode, end);
        wanted = range.cloneRange();
        wanted.setEnd(textNode, range.toString().trimEnd().length);
        paragraph.scrollIntoView({ block: 'center' });
        // Let the scroll settle (the drawn window follows it) before the passage is checked and the key pressed.
        await new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled)));
        chosen.add(`${at}:${end}`);
        if (!drawn()) break;
        range = null;
      }
      if (!range) throw new Error(`no paragraph has an uncoded passage for application ${k + 1}`);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      root.focus({ preventScroll: true });
      w.__applied = new Promise<number>((resolve) => {
        window.addEventListener(
          'keydown',
          () => {
            const t0 = performance.now();
            // Until the first task after the frame that paints the new highlight (see timeOpen).
            const done = () => resolve(performance.now() - t0);
            const check = (inFrame: boolean) => {
              if (!drawn()) requestAnimationFrame(() => check(true));
              else if (inFrame) setTimeout(done, 0);
              else requestAnimationFrame(() => setTimeout(done, 0));
            };
            check(false);
          },
          { capture: true, once: true },
        );
      });
    }, first + i);
    await page.keyboard.press('1');
    const latency = await Promise.race([
      page.evaluate(() => (window as unknown as { __applied: Promise<number> }).__applied),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 15_000)),
    ]);
    if (latency === null) {
      const status = await page.getByRole('status', { name: 'Status' }).innerText();
      throw new Error(`application ${i + 1} drew no new highlight within 15 s; the status bar says “${status}”`);
    }
    latencies.push(latency);
    if (i % 20 === 0) console.log(`  application ${i + 1}: ${latency.toFixed(1)} ms`);
  }
  // Every application was stored: the list (which follows a moment after the highlight) counts them all.
  const expected = alreadyCoded + count;
  const heading = page.getByRole('heading', { name: /^Coded passages/ });
  await heading.filter({ hasText: `(${expected})` }).waitFor({ timeout: 10_000 }).catch(async () => {
    throw new Error(`expected ${expected} codings after the run, the screen says “${await heading.innerText()}”`);
  });
  return latencies;
}
