// The analysis benchmark's code, run at a tiny scale as a test (not timed: nothing here depends on the
// machine's speed), so that it cannot rot between benchmark runs. Each measurement waits for what the
// screen must show (Compare's `criticism` × `right` count and its interval, the co-occurrence of
// `criticism` with the next code, the words counted on each side of distinctive words, the search's
// hits, all computed by the benchmark from the rows it wrote), so a run that ends has seen them right.
import { expect, test } from 'vitest';
import { measureAnalysis } from '../bench/analysis.bench';

test('the analysis benchmark seeds its project and measures Compare, intervals, co-occurrence, distinctive words and a corpus search, at a tiny scale', async () => {
  const figures = await measureAnalysis({ scale: { docs: 6, words: 300, codings: 400 }, runs: 1, pattern: '\\b(bail|victim)s?\\b' }, () => {});
  expect(figures.compare).toHaveLength(1);
  expect(figures.compareRead).toHaveLength(1);
  expect(figures.search).toHaveLength(1);
  expect(figures.searchBaseline).toHaveLength(1);
  expect(figures.intervals).toHaveLength(1);
  expect(figures.intervalsOff).toHaveLength(1);
  expect(figures.cooccurrence).toHaveLength(1);
  expect(figures.cooccurrenceRead).toHaveLength(1);
  expect(figures.words?.later).toHaveLength(1);
  expect(figures.words?.passages).toBeGreaterThan(0);
  expect(figures.cell).toBeGreaterThan(0);
  expect(figures.hits).toBeGreaterThan(0);
  // The app's own measures of where Compare's time went reached the benchmark.
  expect(Object.keys(figures.compare[0]!.steps)).toEqual(expect.arrayContaining(['read', 'worker load', 'worker answer']));
  expect(figures.pageErrors).toEqual([]);
});
