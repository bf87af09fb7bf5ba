// Watching a bench window's frames while it is used (backup.bench.ts, keyFrames.probe.ts): every gap
// between frames (requestAnimationFrame) over 20 ms, and what blocked the window's thread: Chromium's
// long animation frames (over 50 ms), each with the scripts that ran in it (entry point, source, and
// the style and layout they forced), the longtask API's successor. Stop by setting __gaps.running false.
import type { Page } from 'playwright-core';

export interface LongFrame {
  start: number;
  duration: number;
  blocking: number;
  /** Style and layout at the frame's end, in ms. */
  styleAndLayout: number;
  scripts: string[];
}

export type FrameWindow = {
  __gaps: { last: number; longest: number; running: boolean; gaps: Array<[number, number]> };
  __longFrames: LongFrame[];
  __longFramesObserver?: PerformanceObserver;
};

type LongAnimationFrame = PerformanceEntry & {
  blockingDuration: number;
  styleAndLayoutStart: number;
  scripts: Array<{ duration: number; invoker: string; sourceFunctionName: string; sourceURL: string; sourceCharPosition: number; forcedStyleAndLayoutDuration: number }>;
};

/** Starts watching (again: an earlier watch's records and observer are dropped); scripts under `minScriptMs` are left out. */
export async function watchFrames(page: Page, minScriptMs = 5): Promise<void> {
  await page.evaluate((minScriptMs) => {
    const w = window as unknown as FrameWindow;
    w.__gaps = { last: performance.now(), longest: 0, running: true, gaps: [] };
    const beat = () => {
      const now = performance.now();
      w.__gaps.longest = Math.max(w.__gaps.longest, now - w.__gaps.last);
      if (now - w.__gaps.last > 20) w.__gaps.gaps.push([w.__gaps.last, now]);
      w.__gaps.last = now;
      if (w.__gaps.running) requestAnimationFrame(beat);
    };
    requestAnimationFrame(beat);
    w.__longFrames = [];
    w.__longFramesObserver?.disconnect();
    w.__longFramesObserver = new PerformanceObserver((list) => {
      if (!w.__gaps.running) return;
      for (const entry of list.getEntries() as unknown as LongAnimationFrame[]) {
        const end = entry.startTime + entry.duration;
        w.__longFrames.push({
          start: entry.startTime,
          duration: entry.duration,
          blocking: entry.blockingDuration,
          styleAndLayout: end - (entry.styleAndLayoutStart || end),
          scripts: entry.scripts
            .filter((s) => s.duration >= minScriptMs)
            .map((s) => `${s.duration.toFixed(0)} ms ${s.invoker} ${s.sourceFunctionName || '(anonymous)'} ${s.sourceURL.split('/').at(-1)}:${s.sourceCharPosition}${s.forcedStyleAndLayoutDuration >= 1 ? ` (forced style/layout ${s.forcedStyleAndLayoutDuration.toFixed(0)} ms)` : ''}`),
        });
      }
    });
    w.__longFramesObserver.observe({ type: 'long-animation-frame', buffered: false });
  }, minScriptMs);
}
