// A probe run by hand (not part of `npm run bench`): what the window's writing of import.bench.ts's
// import costs, part by part, with nothing else in the page (test/bench/pages/importWrites.ts). Main's
// pipeline runs once under Node to make the batches it would send; they are carried into the page
// once, then each variant writes them into a fresh database, the variants taking turns:
//   npx tsx test/bench/importWrites.probe.ts [docs] [runs] [variant…]
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { importFiles } from '../../electron/library/importFiles';
import { inProcessExtractor } from '../../electron/extract/extractor';
import type { ImportedDocument } from '../../shared/ipc';
import { openBenchPage } from './benchPages';
import { importProbeCorpus } from './importProbeCorpus';
import { median } from './benchmark';
import type { WriteVariant } from './pages/importWrites';

const [docs = 1000, runs = 5] = process.argv.slice(2, 4).map(Number);
const ALL_VARIANTS: WriteVariant[] = [
  'floor',
  'app batches',
  'app one batch',
  'documents + texts',
  'documents only',
  'texts only',
  'build change',
  'documents indexed id',
  'documents indexed id, &sha256',
  'documents indexed id, sha256',
  'documents indexed id, &sha256, order',
  'documents indexed id, &sha256, order, title',
];
const chosen = process.argv.slice(4) as WriteVariant[];
const VARIANTS = chosen.length > 0 ? chosen : ALL_VARIANTS;
const { paths, dataParent, remove } = importProbeCorpus(docs);

try {
  const batches: ImportedDocument[][] = [];
  await importFiles(
    { jobId: crypto.randomUUID(), paths, knownSha256: [] },
    { libraryDir: join(mkdtempSync(join(dataParent, 'run-')), 'library'), extractor: inProcessExtractor, onProgress: () => {}, onBatch: (b) => batches.push(b.documents) },
  );
  const bench = await openBenchPage('import-writes');
  try {
    await bench.page.evaluate((b) => void (window.importDocs = b), batches);
    const times = new Map<WriteVariant, number[]>(VARIANTS.map((v) => [v, []]));
    for (let run = 0; run < runs; run++) {
      for (const variant of VARIANTS) times.get(variant)!.push(await bench.page.evaluate((v) => window.writeImport(v), variant));
    }
    console.log(`${docs} documents in ${batches.length} batches (${batches.map((b) => b.length).join(', ')}), ${runs} runs; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    for (const [variant, values] of times) console.log(`${variant.padEnd(46)} ${median(values).toFixed(0).padStart(6)} ms   (${values.map((v) => v.toFixed(0)).join(', ')})`);
  } finally {
    await bench.close();
  }
} finally {
  remove();
}
