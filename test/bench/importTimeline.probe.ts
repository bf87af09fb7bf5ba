// A probe run by hand (not part of `npm run bench`): where the time of import.bench.ts's import goes,
// as the window sees it. The 1,000 documents are imported as the bench does (Code screen, data folder
// under the home folder); the page notes when each call to main leaves and its answer comes back,
// when each batch arrives and is written, and when the report shows:
//   npm run build && npx tsx test/bench/importTimeline.probe.ts [docs] [runs] [profile]
// `profile`: the window's CPU profile over each import, summed by function (readable names need an
// unminified build, made as applyProfile.probe.ts says, and FW_BUILD_DIR); each run's whole profile
// is kept in /tmp/fw-import-<run>.cpuprofile.
import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launchApp } from '../e2e/app';
import { importProbeCorpus } from './importProbeCorpus';
import { IMPORT_BATCH_MEASURE } from '../../renderer/features/library/importTiming';
import { summariseProfile, type CpuProfile } from './cpuProfile';

const [docs = 1000, runs = 3] = process.argv.slice(2, 4).map(Number);
const profiling = process.argv.includes('profile');
const { paths, dataParent, remove } = importProbeCorpus(docs);

interface Line {
  at: number;
  what: string;
}

try {
  for (let run = 0; run < runs; run++) {
    const app = await launchApp({ dataDir: await mkdtemp(join(dataParent, 'fw-data-')) });
    try {
      const { page } = app;
      await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Code' }).click();
      app.dialog.willOpen(paths);
      const cdp = profiling ? await page.context().newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const lines = await page.evaluate(timeline, IMPORT_BATCH_MEASURE);
      const profile = cdp ? ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile : null;
      console.log(`run ${run + 1}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
      for (const { at, what } of lines) console.log(`${at.toFixed(0).padStart(6)} ms  ${what}`);
      if (profile) {
        writeFileSync(`/tmp/fw-import-${run + 1}.cpuprofile`, JSON.stringify(profile));
        summariseProfile(profile, 1, 'import');
      }
    } finally {
      await app.dispose();
    }
  }
} finally {
  remove();
}

function timeline(batchMeasure: string): Promise<Line[]> {
  type Bridge = { __framewiseIpc(channel: string, args: unknown): Promise<unknown>; framewise: { on(event: string, listener: (payload: unknown) => void): () => void } };
  const w = window as unknown as Bridge;
  const lines: Line[] = [];
  let t0 = 0;
  const note = (what: string, at = performance.now()) => lines.push({ at: at - t0, what });
  const ipc = w.__framewiseIpc.bind(window);
  w.__framewiseIpc = async (channel, args) => {
    note(`→ ${channel}`);
    const result = await ipc(channel, args);
    note(`← ${channel}`);
    return result;
  };
  w.framewise.on('importBatch', (batch) => note(`batch ${(batch as { index: number }).index} arrived (${(batch as { documents: unknown[] }).documents.length} documents)`));
  let progressEvents = 0;
  w.framewise.on('importProgress', () => progressEvents++);
  const written = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === batchMeasure) note(`  batch written in ${entry.duration.toFixed(0)} ms`, entry.startTime + entry.duration);
  });
  written.observe({ type: 'measure' });
  return new Promise((resolve) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Import documents…' || b.getAttribute('aria-label') === 'Import documents…')!;
    const done = new MutationObserver(() => {
      if (!document.querySelector('[aria-label="Import report"]')) return;
      done.disconnect();
      note('report shown');
      requestAnimationFrame(() => {
        note(`report painted (${progressEvents} progress events)`);
        written.disconnect();
        resolve(lines.sort((a, b) => a.at - b.at));
      });
    });
    done.observe(document.body, { childList: true, subtree: true });
    t0 = performance.now();
    note('click');
    button.click();
  });
}
