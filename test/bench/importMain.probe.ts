// A probe run by hand (not part of `npm run bench`): main's share of an import, under Node, without
// the window or the harness. The 1,000 documents import.bench.ts imports, through the app's own
// pipeline (importFiles.ts with the worker pool of this run's build), into a fresh library folder
// under the home folder as the bench's; then each step alone, on the same files, for comparison:
//   npm run build && npx tsx test/bench/importMain.probe.ts [docs] [runs]
// With `--cpu-prof` before the script, Node writes main's profile of the whole run.
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ExtractorPool } from '../../electron/extract/workerPool';
import { extractDocument } from '../../electron/extract/extractor';
import { formatOfFileName } from '../../electron/extract/formats';
import { importFiles } from '../../electron/library/importFiles';
import { sha256Hex, storeOriginalSync } from '../../electron/originals/originalStore';
import type { ImportBatch } from '../../shared/ipc';
import { importProbeCorpus } from './importProbeCorpus';
import { buildDir } from '../e2e/app';
import { workerInBuild } from '../electron/extract/workerBuild';
import { median } from './benchmark';

const [docs = 1000, runs = 5] = process.argv.slice(2).map(Number);
const { paths, dataParent, remove } = importProbeCorpus(docs);

const workerPath = await workerInBuild(buildDir());
const pool = new ExtractorPool({ workerPath });
const spans: Record<string, number[]> = {};
const note = (name: string, ms: number) => (spans[name] ??= []).push(ms);

try {
  for (let run = 0; run < runs; run++) {
    // A fresh pool, as each launch of the app has: its worker starts and loads its readers during the import.
    const cold = new ExtractorPool({ workerPath });
    let t0 = performance.now();
    await importFiles({ jobId: crypto.randomUUID(), paths, knownSha256: [] }, { libraryDir: join(mkdtempSync(join(dataParent, 'cold-')), 'library'), extractor: cold, onProgress: () => {}, onBatch: () => {} });
    note('importFiles, fresh pool', performance.now() - t0);
    await cold.close();

    // A fresh pool whose worker has started and read one small file of each format before the import.
    const started = new ExtractorPool({ workerPath });
    for (const [fileName, format] of [['a.txt', 'txt'], ['a.md', 'md'], ['a.html', 'html']] as const) await started.extract({ fileName, format, bytes: new TextEncoder().encode('# A\n\n<p>word</p>') });
    t0 = performance.now();
    await importFiles({ jobId: crypto.randomUUID(), paths, knownSha256: [] }, { libraryDir: join(mkdtempSync(join(dataParent, 'started-')), 'library'), extractor: started, onProgress: () => {}, onBatch: () => {} });
    note('importFiles, fresh pool, readers loaded', performance.now() - t0);
    await started.close();

    const libraryDir = join(mkdtempSync(join(dataParent, 'run-')), 'library');
    let firstBatch = NaN;
    let batches = 0;
    let cloned = 0;
    t0 = performance.now();
    const report = await importFiles(
      { jobId: crypto.randomUUID(), paths, knownSha256: [] },
      {
        libraryDir,
        extractor: pool,
        onProgress: () => {},
        // What Electron's IPC does with a batch on main's side: a structured clone.
        onBatch: (batch: ImportBatch) => {
          const c0 = performance.now();
          structuredClone(batch);
          cloned += performance.now() - c0;
          if (batches++ === 0) firstBatch = performance.now() - t0;
        },
      },
    );
    note('importFiles, warm pool', performance.now() - t0);
    note('  first batch sent after', firstBatch);
    note('  batches cloned (as IPC would)', cloned);
    if (report.documents !== docs) throw new Error(`imported ${report.documents} of ${docs}`);

    // Each step alone, on the same files, in this thread.
    let t = performance.now();
    const bytes = await Promise.all(paths.map((p) => readFile(p)));
    note('read all (Promise.all)', performance.now() - t);
    t = performance.now();
    const shas = bytes.map((b) => sha256Hex(b));
    note('hash all', performance.now() - t);
    t = performance.now();
    for (const [i, path] of paths.entries()) await extractDocument({ fileName: path, format: formatOfFileName(path)!, bytes: bytes[i]! });
    note('extract + count words, in this thread', performance.now() - t);
    const storeDir = join(mkdtempSync(join(dataParent, 'store-')), 'library');
    t = performance.now();
    for (const [i, b] of bytes.entries()) storeOriginalSync(storeDir, shas[i]!, 'txt', b);
    note('store originals (sync, one thread)', performance.now() - t);
  }
} finally {
  await pool.close();
  remove();
}

console.log(`${docs} documents, ${runs} runs, pool of ${pool.parallelism}; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const [name, values] of Object.entries(spans)) console.log(`${name.padEnd(42)} ${median(values).toFixed(0).padStart(6)} ms   (${values.map((v) => v.toFixed(0)).join(', ')})`);
