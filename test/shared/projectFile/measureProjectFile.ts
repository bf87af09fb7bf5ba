// Measures writing and reading a project file of 1,000 documents and 100,000 codings at deflate
// levels 0, 1 and 6, against a baseline measured in the same run: encoding every row as JSON (what
// reading every table costs at least) plus writing that many bytes to disk. Prints medians.
//
//   npx tsx test/shared/projectFile/measureProjectFile.ts [documents] [codings] [runs]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readProjectFile } from '../../../shared/projectFile/readProjectFile';
import { writeProjectFile, type CompressionLevel } from '../../../shared/projectFile/writeProjectFile';
import { TABLE_NAMES } from '../../../shared/projectFile/projectTables';
import { largeProject } from './largeProject';

const [documents = 1000, codings = 100_000, runs = 3] = process.argv.slice(2).map(Number);
const tables = largeProject(documents, codings);
const header = { projectId: 'p', projectName: 'Large', appVersion: '0.1.0', schemaVersion: 4, writtenAt: new Date().toISOString(), writtenBy: null };
const dir = mkdtempSync(join(tmpdir(), 'framewise-measure-'));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const baseline: number[] = [];
let rawBytes = 0;
for (let i = 0; i < runs; i++) {
  baseline.push(
    time(() => {
      const encoder = new TextEncoder();
      const parts = TABLE_NAMES.map((t) => encoder.encode((tables[t] as unknown[]).map((r) => JSON.stringify(r)).join('\n')));
      rawBytes = parts.reduce((n, p) => n + p.length, 0);
      for (const [i, part] of parts.entries()) writeFileSync(join(dir, `baseline-${i}`), part);
    }),
  );
}
console.log(`${documents} documents, ${codings} codings, ${tables.operations.length} operations; ${runs} runs, medians`);
console.log(`baseline (every row as JSON + writing the bytes): ${median(baseline).toFixed(0)} ms, ${(rawBytes / 2 ** 20).toFixed(1)} MiB`);
for (const level of [0, 1, 6] as CompressionLevel[]) {
  const writes: number[] = [];
  const reads: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    let bytes = new Uint8Array();
    writes.push(
      time(() => {
        bytes = writeProjectFile({ header, tables, compression: level }).bytes;
        writeFileSync(join(dir, `level-${level}.framewise`), bytes);
      }),
    );
    size = bytes.length;
    reads.push(
      time(() => {
        const result = readProjectFile(bytes);
        if (!result.ok) throw new Error(result.problems[0]!.message);
      }),
    );
  }
  const write = median(writes);
  console.log(`level ${level}: write ${write.toFixed(0)} ms (${(write / median(baseline)).toFixed(2)}× baseline), read ${median(reads).toFixed(0)} ms, ${(size / 2 ** 20).toFixed(1)} MiB`);
}
rmSync(dir, { recursive: true, force: true });
