// What a backup of the benchmark's project (backup.bench.ts: 1,000 documents, 100,000 codings, a log
// entry per coding) spends its bytes and time on, table by table and step by step, with every row
// written out (format 2) and with what the other rows hold left out (format 3, rowCompaction.ts).
// Not part of the test suite; run it by hand, at rest:
//
//   npx tsx test/bench/backupBytes.ts [documents] [codings] [runs]
import { deflateSync } from 'fflate';
import { loadavg } from 'node:os';
import { RowCompactor } from '../../shared/projectFile/rowCompaction';
import { TABLE_NAMES, type TableName } from '../../shared/projectFile/projectTables';
import { writeProjectFile } from '../../shared/projectFile/writeProjectFile';
import { largeProject } from '../shared/projectFile/largeProject';
import { median } from './benchmark';

const [documents = 1000, codings = 100_000, runs = 3] = process.argv.slice(2).map(Number);
const tables = largeProject(documents, codings);
const header = { projectId: 'p', projectName: 'Large', appVersion: 'bench', schemaVersion: 4, writtenAt: new Date().toISOString(), writtenBy: null };
const encoder = new TextEncoder();
const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;

function encodeTables(compact: boolean): Map<TableName, Uint8Array<ArrayBuffer>> {
  const compactor = new RowCompactor();
  const out = new Map<TableName, Uint8Array<ArrayBuffer>>();
  for (const table of TABLE_NAMES) {
    let lines = '';
    for (const row of tables[table] as unknown[]) lines += JSON.stringify(compact ? compactor.compact(table, row) : row) + '\n';
    out.set(table, encoder.encode(lines));
  }
  return out;
}

async function time<T>(step: () => T | Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await step();
  return [performance.now() - t0, value];
}

console.log(`${documents} documents, ${codings} codings, ${tables.operations.length} log entries; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const quoteChars = tables.codings.reduce((n, c) => n + c.quote.length, 0);
const textChars = tables.texts.reduce((n, t) => n + t.text.length, 0);
console.log(`quotes: ${(quoteChars / 1e6).toFixed(1)} M characters in the codings (and as many in the log), ${(quoteChars / textChars).toFixed(1)}× the texts' ${(textChars / 1e6).toFixed(1)} M`);

for (const [name, compact] of [['format 2 (every row written out)', false], ['format 3 (rowCompaction.ts)', true]] as const) {
  const steps: Record<string, number[]> = { 'encode (JSON lines, UTF-8)': [], 'SHA-256 (WebCrypto)': [], 'deflate level 1 (fflate)': [] };
  let encoded = new Map<TableName, Uint8Array<ArrayBuffer>>();
  let deflated = 0;
  for (let run = 0; run < runs; run++) {
    const [encode, bytes] = await time(() => encodeTables(compact));
    encoded = bytes;
    steps['encode (JSON lines, UTF-8)']!.push(encode);
    steps['SHA-256 (WebCrypto)']!.push((await time(() => Promise.all([...bytes.values()].map((b) => crypto.subtle.digest('SHA-256', b)))))[0]);
    const [deflate, sizes] = await time(() => [...bytes.values()].map((b) => deflateSync(b, { level: 1 }).length));
    steps['deflate level 1 (fflate)']!.push(deflate);
    deflated = sizes.reduce((a, b) => a + b, 0);
  }
  console.log(`\n${name}: ${mib([...encoded.values()].reduce((n, b) => n + b.length, 0))} of rows, ${mib(deflated)} deflated`);
  for (const table of TABLE_NAMES) console.log(`  ${table.padEnd(22)} ${mib(encoded.get(table)!.length).padStart(10)}`);
  for (const [step, times] of Object.entries(steps)) console.log(`  ${step.padEnd(30)} ${median(times).toFixed(0).padStart(6)} ms (median of ${runs})`);
}

const writes: number[] = [];
let size = 0;
for (let run = 0; run < runs; run++) {
  const [ms, file] = await time(() => writeProjectFile({ header, tables }));
  writes.push(ms);
  size = file.bytes.length;
}
console.log(`\nwriteProjectFile, today's writer (synchronous SHA-256): ${median(writes).toFixed(0)} ms, ${mib(size)}; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
