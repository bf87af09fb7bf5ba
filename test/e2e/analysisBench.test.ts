// The analysis benchmark's code, run at a tiny scale as a test (not timed: nothing here depends on the
// machine's speed), so that it cannot rot between benchmark runs. Each measurement waits for what the
// screen must show (the Compare table's `criticism` × `right` count and the search's hits, both
// computed by the benchmark from the rows it wrote), so a run that ends has seen them right.
import { expect, test } from 'vitest';
import { measureAnalysis } from '../bench/analysis.bench';

test('the analysis benchmark seeds its project and measures Compare and a corpus search, at a tiny scale', async () => {
  const figures = await measureAnalysis({ scale: { docs: 6, words: 300, codings: 400 }, runs: 1, pattern: '\\b(bail|victim)s?\\b' }, () => {});
  expect(figures.compare).toHaveLength(1);
  expect(figures.compareRead).toHaveLength(1);
  expect(figures.search).toHaveLength(1);
  expect(figures.searchBaseline).toHaveLength(1);
  expect(figures.cell).toBeGreaterThan(0);
  expect(figures.hits).toBeGreaterThan(0);
  expect(figures.pageErrors).toEqual([]);
});
