// Measures writing and reading a project file of 1,000 documents and 100,000 codings at deflate
// levels 0, 1 and 6, against a baseline measured in the same runs: encoding every row as JSON (about
// what reading every table costs at least) plus writing that many bytes to disk. Each run measures
// the baseline and every level in turn, so that the machine's load weighs on all alike; prints
// medians. Not part of the test suite (no timed assertions); run it by hand:
//
//   npx tsx --expose-gc test/shared/projectFile/measureProjectFile.ts [documents] [codings] [runs]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readProjectFile } from '../../../shared/projectFile/readProjectFile';
import { writeProjectFile, type CompressionLevel } from '../../../shared/projectFile/writeProjectFile';
import { TABLE_NAMES } from '../../../shared/projectFile/projectTables';
import { largeProject } from './largeProject';

const [documents = 1000, codings = 100_000, runs = 5] = process.argv.slice(2).map(Number);
const tables = largeProject(documents, codings);
const header = { projectId: 'p', projectName: 'Large', appVersion: '0.1.0', schemaVersion: 4, writtenAt: new Date().toISOString(), writtenBy: null };
const dir = mkdtempSync(join(tmpdir(), 'framewise-measure-'));
const levels: CompressionLevel[] = [0, 1, 6];
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void): number {
  collect();
  const start = performance.now();
  run();
  return performance.now() - start;
}

const baseline: number[] = [];
const writes = new Map<CompressionLevel, number[]>(levels.map((l) => [l, []]));
const ratios = new Map<CompressionLevel, number[]>(levels.map((l) => [l, []]));
const reads = new Map<CompressionLevel, number[]>(levels.map((l) => [l, []]));
const sizes = new Map<CompressionLevel, number>();
let rawBytes = 0;
for (let run = 0; run < runs; run++) {
  const base = time(() => {
    const encoder = new TextEncoder();
    const parts = TABLE_NAMES.map((t) => encoder.encode((tables[t] as unknown[]).map((r) => JSON.stringify(r) + '\n').join('')));
    rawBytes = parts.reduce((n, p) => n + p.length, 0);
    for (const [i, part] of parts.entries()) writeFileSync(join(dir, `baseline-${i}`), part);
  });
  baseline.push(base);
  for (const level of levels) {
    let bytes: Uint8Array = new Uint8Array();
    const write = time(() => {
      bytes = writeProjectFile({ header, tables, compression: level }).bytes;
      writeFileSync(join(dir, `level-${level}.framewise`), bytes);
    });
    writes.get(level)!.push(write);
    ratios.get(level)!.push(write / base);
    sizes.set(level, bytes.length);
    reads.get(level)!.push(
      time(() => {
        const result = readProjectFile(bytes);
        if (!result.ok) throw new Error(result.problems[0]!.message);
      }),
    );
  }
}
const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;
console.log(`${documents} documents, ${codings} codings, ${tables.operations.length} operations; ${runs} runs, medians`);
console.log(`baseline (every row as JSON + writing the bytes): ${median(baseline).toFixed(0)} ms, ${mib(rawBytes)}`);
for (const level of levels) {
  console.log(`level ${level}: write ${median(writes.get(level)!).toFixed(0)} ms (${median(ratios.get(level)!).toFixed(2)}× baseline), read ${median(reads.get(level)!).toFixed(0)} ms, ${mib(sizes.get(level)!)}`);
}
rmSync(dir, { recursive: true, force: true });
