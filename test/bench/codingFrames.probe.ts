// A probe run by hand (not part of `npm run bench`): the frames of a burst of coding keys in a project
// of many codings, and what the window reads meanwhile. For comparing two builds at the same load,
// alternated:
//   FW_BUILD_DIR=/tmp/build-a npx tsx test/bench/codingFrames.probe.ts [docs] [codings] [keys]
// Prints the longest animation frames (with the script that ran longest in each), the longest gap
// between frames, and the rows read per store.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp } from '../e2e/app';
import { importThroughDialog } from '../e2e/actions';
import { writeCorpus } from '../fixtures/corpusGenerator';
import { openProjectId, projectRows } from '../e2e/projectRows';
import { seedProject } from './scale.bench';
import { describeReads, windowReadsOf } from './windowReads';

const [docs = 300, codings = 30_000, keys = 40] = process.argv.slice(2).map(Number);
const corpus = mkdtempSync(join(tmpdir(), 'fw-probe-frames-'));
writeCorpus(corpus, { docs, words: 800 });
const paths = readdirSync(corpus)
  .filter((f) => f !== 'manifest.json')
  .sort()
  .map((f) => join(corpus, f));
const app = await launchApp();
try {
  const { page } = app;
  await importThroughDialog(app, paths);
  await page.getByRole('heading', { name: `Documents (${paths.length})` }).waitFor({ timeout: 600_000 });
  const seeded = await seedProject(page, codings, 100);
  await page.reload({ waitUntil: 'commit' });
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Code' }).click();
  await page.getByRole('navigation', { name: /Documents/ }).getByRole('row', { name: new RegExp(`^${seeded.opened}\\b`) }).click();
  const text = page.getByRole('document', { name: `Text of ${seeded.opened}` });
  await page.getByRole('heading', { name: /Coded passages \(100\)/ }).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(2000);
  await text.focus();
  await page.keyboard.press('Control+Home');
  // The longest gap between frames during the burst, as the backup benchmark measures it.
  await page.evaluate(() => {
    const w = window as unknown as { __gap: { max: number; on: boolean } };
    w.__gap = { max: 0, on: true };
    let last = performance.now();
    const frame = (now: number) => {
      w.__gap.max = Math.max(w.__gap.max, now - last);
      last = now;
      if (w.__gap.on) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const load = loadavg()[0]!.toFixed(2);
  const reads = await windowReadsOf(page, async () => {
    for (let i = 0; i < keys; i++) {
      await page.keyboard.press('Control+Shift+ArrowRight');
      await page.keyboard.press(String((i % 4) + 1));
      await page.keyboard.press('ArrowRight');
    }
  });
  const gap = await page.evaluate(() => {
    const w = window as unknown as { __gap: { max: number; on: boolean } };
    w.__gap.on = false;
    return w.__gap.max;
  });
  console.log(`build ${process.env.FW_BUILD_DIR ?? 'dist'}; ${docs} documents, ${codings} codings, ${keys} applications in a burst; load ${load} → ${loadavg()[0]!.toFixed(2)}`);
  console.log(`longest gap between frames ${gap.toFixed(0)} ms; long frames: ${reads.longFrames.length}, sum ${reads.longFrames.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
  console.log(`longest: ${reads.longFrameScripts.slice(0, 5).join('; ') || 'none'}`);
  console.log(`read: ${describeReads(reads.reads)}`);
  // The screen agrees with the database once the burst has settled.
  const rows = await projectRows(page, await openProjectId(page));
  const docId = rows.documents.find((d) => d.title === seeded.opened)!.id;
  const listed = await page.locator('#passages-heading').textContent();
  console.log(`${listed}; stored ${rows.codings.filter((c) => c.docId === docId).length}`);
  if (app.pageErrors.length) console.log(`page errors: ${app.pageErrors.join('; ')}`);
} finally {
  await app.dispose();
  rmSync(corpus, { recursive: true, force: true });
}
