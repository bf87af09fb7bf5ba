// A probe run by hand (not part of `npm run bench`): the big-document benchmark's application latency
// (key press to the painted highlight, 150,000 words, 5,000 codings) for several builds in the same
// run, one window per build, taking turns in blocks of 10 applications so that the machine's drift
// and the other jobs' load fall on every build alike:
//   FW_AB_BUILDS=/tmp/build-a,/tmp/build-b npx tsx test/bench/applyAB.probe.ts [rounds]
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp, type App } from '../e2e/app';
import { writeCorpus } from '../fixtures/corpusGenerator';
import { importThroughDialog } from '../e2e/actions';
import { seedCodings, timeApplications, timeOpen } from './bigDocument.bench';
import { median, percentile } from './benchmark';

const rounds = Number(process.argv[2] ?? 6);
const builds = process.env.FW_AB_BUILDS!.split(',');
const corpus = mkdtempSync(join(tmpdir(), 'fw-ab-big-'));
writeCorpus(corpus, { docs: 1, words: 150_000 });
const file = join(corpus, 'doc-1.txt');
const apps: App[] = [];
for (const build of builds) {
  process.env.FW_BUILD_DIR = build;
  const app = await launchApp();
  await importThroughDialog(app, [file]);
  await seedCodings(app.page, 5000);
  await app.page.reload();
  await app.page.getByRole('navigation', { name: /Documents/ }).getByRole('row', { name: /^doc-1/ }).waitFor();
  await timeOpen(app.page, 'doc-1', 5000);
  apps.push(app);
}
const latencies: number[][] = builds.map(() => []);
try {
  for (let r = 0; r < rounds; r++) {
    for (let b = 0; b < builds.length; b++) {
      const done = latencies[b]!.length;
      latencies[b]!.push(...(await timeApplications(apps[b]!.page, 10, 5000 + done, done)));
    }
    console.log(`round ${r + 1}, load ${loadavg()[0]!.toFixed(2)}`);
  }
  builds.forEach((build, b) => {
    const l = latencies[b]!;
    console.log(`${build}: ${l.length} applications; p50 ${median(l).toFixed(1)} ms, p95 ${percentile(l, 95).toFixed(1)} ms, max ${Math.max(...l).toFixed(1)} ms`);
  });
} finally {
  for (const app of apps) await app.close();
}
