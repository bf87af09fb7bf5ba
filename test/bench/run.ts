// `npm run bench`: runs every test/bench/*.bench.ts in turn, prints its figures, and appends them to
// test/bench/RESULTS.md with the machine and the date. A benchmark measures its baseline in the same
// run and reports the ratio: these machines are shared and noisy, ratios travel, absolute times don't.
//
//   npm run bench                 every benchmark
//   npm run bench -- import       only those whose file name contains "import"
import { appendFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Benchmark, BenchResult } from './benchmark';

const here = import.meta.dirname;
const resultsFile = join(here, 'RESULTS.md');
const filters = process.argv.slice(2);

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((filter) => f.includes(filter)))
  .sort();

if (files.length === 0) {
  console.error(`No benchmark matches ${filters.join(', ') || '(none found)'}`);
  process.exit(1);
}

const machine = `${osType()} ${release()}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

if (!existsSync(resultsFile)) {
  writeFileSync(resultsFile, '# Benchmark results\n\nAppended by `npm run bench`; newest last. Times are medians of the runs stated.\n');
}

let failed = false;
for (const file of files) {
  const module = (await import(pathToFileURL(join(here, file)).href)) as { default: Benchmark };
  console.log(`\n▶ ${file}`);
  let result: BenchResult;
  try {
    result = await module.default();
  } catch (error) {
    failed = true;
    console.error(`✗ ${file} failed:`, error);
    continue;
  }
  const section = renderResult(result);
  console.log(section);
  appendFileSync(resultsFile, `\n## ${result.title}\n\n${date} · ${machine}\n\n${section}\n`);
}
// exitCode, not exit(): exit() would cut off output still on its way down a pipe.
process.exitCode = failed ? 1 : 0;

function renderResult(result: BenchResult): string {
  const rows = result.figures.map((f) => `| ${f.name} | ${f.value} | ${f.note ?? ''} |`);
  const lines = ['| figure | value | note |', '| --- | --- | --- |', ...rows];
  if (result.verdict) lines.push('', result.verdict);
  return lines.join('\n');
}
