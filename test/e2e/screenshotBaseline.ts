// Compares the window with a committed baseline picture (test/e2e/screenshots/NAME.png) with a small
// pixel tolerance; `UPDATE_SCREENSHOTS=1` rewrites the baseline after an intended change. Shared by
// the baselines of the places (screenshots.test.ts) and of the analysis places (analysisScreenshots.test.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

const DIR = join(import.meta.dirname, 'screenshots');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
/** Pixels may differ by anti-aliasing (pixelmatch's threshold), and at most this share of them otherwise. */
const MAX_DIFFERENT_SHARE = 0.002;

/** The mouse parked outside every control, no animation, no caret; `mask` hides what a clock draws. */
export async function matchesBaseline(page: Page, name: string, mask: Locator[] = []): Promise<void> {
  await page.mouse.move(1279, 799);
  const shot = await page.screenshot({ animations: 'disabled', caret: 'hide', mask, maskColor: '#808080' });
  const path = join(DIR, `${name}.png`);
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) throw new Error(`No baseline ${path}: run with UPDATE_SCREENSHOTS=1 and commit it.`);
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path, shot);
    return;
  }
  const expected = PNG.sync.read(readFileSync(path));
  const actual = PNG.sync.read(shot);
  expect({ width: actual.width, height: actual.height }, name).toEqual({ width: expected.width, height: expected.height });
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  if (different / (actual.width * actual.height) > MAX_DIFFERENT_SHARE) {
    writeFileSync(join(DIR, `${name}.actual.png`), shot);
    writeFileSync(join(DIR, `${name}.diff.png`), PNG.sync.write(diff));
  }
  expect(different / (actual.width * actual.height), `${name}: ${different} pixels differ (see ${name}.diff.png)`).toBeLessThanOrEqual(MAX_DIFFERENT_SHARE);
}
