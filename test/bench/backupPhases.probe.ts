// A probe run by hand (not part of `npm run bench`): where a backup's snapshot spends its time, phase by
// phase, in a worker of the same Chromium as the app (test/bench/pages/backupPhasesWorker.ts). The
// project is backup.bench.ts's (1,000 documents, 100,000 codings, a log entry per coding). Prints, per
// phase, the median and every sample of `runs` runs, with the machine's load before and after:
//   npx tsx test/bench/backupPhases.probe.ts [runs] [documents] [codings] [deflate]
// `deflate`: only the snapshot, with the platform's deflate (platformDeflateEntry.ts), WebAssembly's
// at levels 1 and 2 (wasmDeflateEntry.ts) and fflate's (level 1), in turn in each run, each run in
// another order (an A/B in one page).
import { loadavg } from 'node:os';
import { openBenchPage } from './benchPages';
import { median } from './benchmark';

const deflateOnly = process.argv.includes('deflate');
const [runs = 3, documents = 1000, codings = 100_000] = process.argv.slice(2).filter((a) => a !== 'deflate').map(Number);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

console.log(`load at the start: ${load()}`);
const bench = await openBenchPage('backup-phases');
try {
  const { page } = bench;
  page.on('console', (message) => console.log(`  page: ${message.text()}`));
  const loaded = await page.evaluate(([d, c]) => window.backupPhases.load(d, c), [documents, codings] as const);
  console.log(`project loaded in ${(loaded.ms / 1000).toFixed(1)} s; load ${load()}`);
  const samples: Record<string, number[]> = {};
  for (let run = 0; run < runs; run++) {
    const figures = await page.evaluate((deflateOnly) => (deflateOnly ? window.backupPhases.deflateAB() : window.backupPhases.phases()), deflateOnly);
    for (const [name, value] of Object.entries(figures)) (samples[name] ??= []).push(value);
    console.log(`run ${run + 1} done; load ${load()}`);
  }
  for (const [name, values] of Object.entries(samples)) {
    const unit = name.endsWith('MiB') ? '' : ' ms';
    console.log(`| ${name} | ${median(values).toFixed(name.endsWith('MiB') ? 1 : 0)}${unit} | ${values.map((v) => v.toFixed(name.endsWith('MiB') ? 1 : 0)).join(', ')} |`);
  }
} finally {
  await bench.close();
}
console.log(`load at the end: ${load()}`);
