// What the window reads from IndexedDB after a write (issue 14, step 1): every request made on the
// window's thread (object stores and indexes: get, getAll, getAllKeys, count, cursors) is recorded with
// its store, index and the rows it returned, and the long animation frames are kept, while `act` runs
// and until the window is idle again. A live query that re-runs after a write shows here as the
// requests of its read; one whose read covers the whole project shows as thousands of rows. Workers
// are not watched: what they read does not block the window.
import type { Page } from 'playwright-core';

export interface StoreReads {
  /** "codings", or "codings[docId+start]" for an index of it. */
  source: string;
  requests: number;
  rows: number;
}

export interface WindowReads {
  reads: StoreReads[];
  /** Durations (ms) of the long animation frames (over 50 ms) seen meanwhile, longest first. */
  longFrames: number[];
  /** Per long frame, longest first: its duration and the script that ran longest in it ("Worker.onmessage 240 ms"). */
  longFrameScripts: string[];
}

/** Starts recording in the page; idempotent. */
export async function watchWindowReads(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Recorder = { on: boolean; reads: Map<string, { requests: number; rows: number }>; frames: number[]; scripts: Array<[number, string]> };
    const w = window as unknown as { __fwReads?: Recorder };
    if (w.__fwReads) return;
    const recorder: Recorder = { on: false, reads: new Map(), frames: [], scripts: [] };
    w.__fwReads = recorder;
    const note = (source: string, request: IDBRequest, cursor: boolean) => {
      if (!recorder.on) return;
      const entry = recorder.reads.get(source) ?? { requests: 0, rows: 0 };
      entry.requests++;
      recorder.reads.set(source, entry);
      request.addEventListener('success', () => {
        const result: unknown = request.result;
        if (cursor) entry.rows += result ? 1 : 0;
        else if (Array.isArray(result)) entry.rows += result.length;
        else if (result !== undefined) entry.rows += 1;
      });
    };
    const wrap = (proto: IDBObjectStore | IDBIndex, name: 'get' | 'getAll' | 'getAllKeys' | 'count' | 'openCursor' | 'openKeyCursor', sourceOf: (self: IDBObjectStore & IDBIndex) => string) => {
      const original = (proto as unknown as Record<string, (...args: unknown[]) => IDBRequest>)[name]!;
      (proto as unknown as Record<string, unknown>)[name] = function (this: IDBObjectStore & IDBIndex, ...args: unknown[]) {
        const request = original.apply(this, args);
        note(sourceOf(this), request, name === 'openCursor' || name === 'openKeyCursor');
        return request;
      };
    };
    for (const method of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor'] as const) {
      wrap(IDBObjectStore.prototype, method, (store) => store.name);
      wrap(IDBIndex.prototype, method, (index) => `${index.objectStore.name}[${index.name}]`);
    }
    // A cursor's every step is a success of the same request: count the rows as it continues.
    new PerformanceObserver((list) => {
      if (!recorder.on) return;
      for (const entry of list.getEntries()) {
        recorder.frames.push(entry.duration);
        // The entry's `scripts` is a FrozenArray: sorted in place it throws, and the observer loses the frame.
        const scripts = (entry as unknown as { scripts?: ReadonlyArray<{ invoker: string; duration: number; sourceFunctionName: string }> }).scripts ?? [];
        const top = [...scripts].sort((a, b) => b.duration - a.duration)[0];
        recorder.scripts.push([entry.duration, `${entry.duration.toFixed(0)} ms: ${top ? `${top.invoker}${top.sourceFunctionName ? ` (${top.sourceFunctionName})` : ''} ${top.duration.toFixed(0)} ms` : 'no script'}`]);
      }
    }).observe({ type: 'long-animation-frame', buffered: false });
  });
}

/**
 * Records what the window reads while `act` runs and until it is idle again. It starts recording once
 * the window has settled: what an earlier act started (a write the screen showed before it was
 * stored, and the read of its count that follows) is not counted as this act's.
 */
export async function windowReadsOf(page: Page, act: () => Promise<unknown>): Promise<WindowReads> {
  await watchWindowReads(page);
  await settled(page);
  await page.evaluate(() => {
    const r = (window as unknown as { __fwReads: { on: boolean; reads: Map<string, unknown>; frames: number[]; scripts: unknown[] } }).__fwReads;
    r.reads.clear();
    r.frames.length = 0;
    r.scripts.length = 0;
    r.on = true;
  });
  await act();
  await settled(page);
  return page.evaluate(() => {
    const r = (window as unknown as { __fwReads: { on: boolean; reads: Map<string, { requests: number; rows: number }>; frames: number[]; scripts: Array<[number, string]> } }).__fwReads;
    r.on = false;
    const reads = [...r.reads].map(([source, { requests, rows }]) => ({ source, requests, rows })).sort((a, b) => b.rows - a.rows);
    return { reads, longFrames: [...r.frames].sort((a, b) => b - a), longFrameScripts: [...r.scripts].sort((a, b) => b[0] - a[0]).map(([, text]) => text) };
  });
}

/** Two idle periods with a pause between: a live query re-runs from a timer after a write. */
async function settled(page: Page): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await page.waitForTimeout(300);
    await page.evaluate(() => new Promise((idle) => requestIdleCallback(() => idle(null), { timeout: 5000 })));
  }
}

/** "codingCounts 1 request, 12000 rows; codings[docId+start] 1 request, 101 rows". */
export function describeReads(reads: readonly StoreReads[]): string {
  if (reads.length === 0) return 'nothing read';
  return reads.map((r) => `${r.source} ${r.requests} request${r.requests === 1 ? '' : 's'}, ${r.rows} row${r.rows === 1 ? '' : 's'}`).join('; ');
}
