// Issue 14's aggregate: what the counts table (renderer/db/codingCounts.ts) costs per coding write.
// In Chromium, in a project database of the app's schema, the app's own write path for applying a
// code (the coding, its log entry and its count row in one transaction) alternates with the same
// coding row and log entry written without the count row; in a project of 300 codings and in one of
// 100,000 (1,000 documents, 4 codes, 3 coders), to show how the cost grows with the project.
import { median, ms, percentile, type Benchmark, type BenchFigure } from './benchmark';
import { openBenchPage } from './benchPages';

const SIZES = [300, 100_000];
const WRITES = 300;

export default (async () => {
  const bench = await openBenchPage('coding-writes');
  const figures: BenchFigure[] = [];
  const extras: number[] = [];
  try {
    for (const seeded of SIZES) {
      const times = await bench.page.evaluate(([s, w]) => window.timeCodingWrites(s, w), [seeded, WRITES] as const);
      const withCounts = median(times.withCounts);
      const without = median(times.withoutCounts);
      extras.push(withCounts - without);
      const size = seeded.toLocaleString('en');
      figures.push(
        { name: `applying a code, the app's write (with its count row), ${size} codings`, value: ms(withCounts), note: `median of ${WRITES}; p95 ${ms(percentile(times.withCounts, 95))}; ${times.countRows.toLocaleString('en')} count rows` },
        { name: `the same coding and log rows without the count row, ${size} codings`, value: ms(without), note: `median of ${WRITES}, alternating with the above; p95 ${ms(percentile(times.withoutCounts, 95))}` },
        { name: `what the count row adds per write, ${size} codings`, value: ms(withCounts - without), note: `${((withCounts / without - 1) * 100).toFixed(0)}% of the write without it` },
      );
    }
  } finally {
    await bench.close();
  }
  return {
    title: 'Coding writes: what the counts table costs per write',
    figures,
    verdict: `The count row (a bulkGet and a bulkPut of one row in the write's own transaction) adds ${extras.map(ms).join(' and ')} per application at ${SIZES.map((s) => s.toLocaleString('en')).join(' and ')} codings.`,
  };
}) satisfies Benchmark;
