// The benchmarks' probe of what the window reads and of its long animation frames
// (test/bench/windowReads.ts) must not throw in the page: a thrown error is logged among the page's
// errors (the scale benchmark reported it as the app's) and loses the frame it was describing.
import { expect, test } from 'vitest';
import { launchApp } from './app';
import { windowReadsOf } from '../bench/windowReads';

test('a long frame of several scripts is described by its longest, and the page logs no error', async () => {
  const app = await launchApp();
  const { page } = app;
  // One frame of two scripts of 40 ms each, however fast the machine: a click listener, and the
  // animation frame callback it asks for.
  await page.evaluate(() => {
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    document.addEventListener(
      'click',
      () => {
        busy(40);
        requestAnimationFrame(() => busy(40));
      },
      { once: true },
    );
  });

  const reads = await windowReadsOf(page, () => page.getByRole('heading', { name: /^Documents/ }).click());

  expect(reads.longFrames.length).toBeGreaterThan(0);
  expect(reads.longFrameScripts).toHaveLength(reads.longFrames.length);
  expect(reads.longFrameScripts.some((frame) => /: .+ \d+ ms$/u.test(frame) && !frame.endsWith('no script'))).toBe(true);
  expect(app.pageErrors).toEqual([]);
});
